using AllianceCompliance.Loading;
using AllianceCompliance.Model;

namespace AllianceCompliance.Rules.Tests.Support;

/// <summary>Agreements written as YAML: the compliant one (<c>Support/compliant.yaml</c>) with a part of its text changed, loaded.</summary>
internal static class Yaml
{
    /// <summary>The text of the compliant agreement.</summary>
    public static string Compliant => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Support", "compliant.yaml"));

    /// <summary>The compliant agreement with each <c>(old, new)</c> text replaced, loaded; it must load without errors.</summary>
    public static AgreementDocument With(params (string Old, string New)[] changes)
    {
        var text = Compliant;
        foreach (var (old, @new) in changes)
        {
            text.ShouldContain(old);
            text = text.Replace(old, @new, StringComparison.Ordinal);
        }

        return Load(text);
    }

    /// <summary>Loads an agreement that must load without errors.</summary>
    public static AgreementDocument Load(string text)
    {
        var loaded = new AgreementLoader().Load(text);
        loaded.Errors.Select(e => $"{e.RuleId} {e.Location.Path} {e.Message.English}").ShouldBeEmpty();
        return loaded.Document!;
    }
}
