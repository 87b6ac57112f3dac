using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Rules.FundManagement;

/// <summary>Whether a name written in the file is the alliance itself or a part of it: a member, a consortium or a body.</summary>
internal static class Insiders
{
    // How an agreement refers to the alliance without its name.
    private static readonly string[] AllianceItself = ["联盟", "本联盟", "该联盟", "alliance", "the alliance", "this alliance"];

    /// <summary>The part of the alliance a name stands for, named for a message; null when it stands for none.</summary>
    public static LocalizedText? Named(
        string written, Alliance alliance, Roster roster, IEnumerable<Consortium> consortia, IEnumerable<Body> bodies)
    {
        var name = Normalised.Of(written);
        if (Is(name, alliance.Name, alliance.LocalName) || AllianceItself.Any(a => Is(name, a)))
        {
            return RuleWords.Insider.Alliance.Format(written.Trim());
        }

        if (roster.Members.FirstOrDefault(m => Is(name, m.Id, m.Name, m.LocalName)) is { } member)
        {
            return RuleWords.Insider.Member.Format(Names.Of(member));
        }

        if (consortia.FirstOrDefault(c => Is(name, c.Id, c.Name, c.LocalName)) is { } consortium)
        {
            return RuleWords.Insider.Consortium.Format(Names.Of(consortium));
        }

        return bodies.FirstOrDefault(b => Is(name, b.Id, b.Name)) is { } body ? RuleWords.Insider.Body.Format(Names.Of(body)) : null;
    }

    // Compared as the rule set compares names (Normalised: no spaces or punctuation, any case), as SameEntity does.
    private static bool Is(string? name, params string?[] candidates) =>
        name is not null && candidates.Any(c => Normalised.Of(c) == name);
}
