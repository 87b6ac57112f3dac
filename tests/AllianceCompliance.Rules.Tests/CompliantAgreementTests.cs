using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests;

public sealed class CompliantAgreementTests
{
    [Test]
    public void Evaluate_CompliantAgreement_FindsNothing() =>
        Some.Agreement().Findings().Select(f => $"{f.RuleId} {f.Message.English}").ShouldBeEmpty();
}
