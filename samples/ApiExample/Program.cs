// Checks one agreement file through the public API of AllianceCompliance and prints the verdict
// and the findings. Usage: dotnet run --project samples/ApiExample -- agreement.yaml
using AllianceCompliance;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: ApiExample <agreement.yaml>");
    return 2;
}

var checker = new AgreementChecker(GuidingOpinions.RuleSet);   // compile once, share across threads
var result = checker.CheckFile(args[0]);

Console.WriteLine($"{result.Path}: {result.Verdict} ({result.Alliance ?? "unnamed alliance"})");
foreach (var condition in result.Conditions)
{
    Console.WriteLine($"  {condition.Condition.Id,-8} {condition.Status,-16} {condition.Condition.Title.English}");
}

foreach (var finding in result.Findings)
{
    Console.WriteLine($"{finding.Location.Line}:{finding.Location.Column} {finding.Severity} {finding.RuleId} {finding.Message.English}");
    Console.WriteLine($"    cites: {finding.Rule.Citation.English}; fix: {finding.Rule.Remediation.English}");
}

return result.Verdict switch
{
    Verdict.Compliant or Verdict.CompliantWithWarnings => 0,
    Verdict.NonCompliant => 1,
    _ => 2,
};
