using AllianceCompliance.Engine;
using PublicApiGenerator;

namespace AllianceCompliance.Tests.Api;

/// <summary>
/// Pins the public API of the AllianceCompliance package. After an intended change, re-approve:
/// run this test, then move the received file over the approved one
/// (<c>mv tests/AllianceCompliance.Tests/Api/ApiApprovalTests.PublicApi_AllianceCompliance_IsApproved.received.txt
/// tests/AllianceCompliance.Tests/Api/ApiApprovalTests.PublicApi_AllianceCompliance_IsApproved.approved.txt</c>).
/// </summary>
public sealed class ApiApprovalTests
{
    [Test]
    public void PublicApi_AllianceCompliance_IsApproved() =>
        typeof(RuleSet).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"] })
            .ShouldMatchApproved(c => c.NoDiff().WithFileExtension(".txt"));
}
