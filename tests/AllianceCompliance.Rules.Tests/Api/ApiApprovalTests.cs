using PublicApiGenerator;

namespace AllianceCompliance.Rules.Tests.Api;

/// <summary>
/// Pins the public API of the AllianceCompliance.Rules package. After an intended change, re-approve:
/// run this test, then move the received file over the approved one
/// (<c>mv tests/AllianceCompliance.Rules.Tests/Api/ApiApprovalTests.PublicApi_AllianceComplianceRules_IsApproved.received.txt
/// tests/AllianceCompliance.Rules.Tests/Api/ApiApprovalTests.PublicApi_AllianceComplianceRules_IsApproved.approved.txt</c>).
/// </summary>
public sealed class ApiApprovalTests
{
    [Test]
    public void PublicApi_AllianceComplianceRules_IsApproved() =>
        typeof(GuidingOpinions).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"] })
            .ShouldMatchApproved(c => c.NoDiff().WithFileExtension(".txt"));
}
