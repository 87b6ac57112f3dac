using System.Collections.Immutable;

namespace AllianceCompliance.Rules.Reading;

/// <summary>The phrases a rule reacts to, for its descriptor (the rule catalogue lists them).</summary>
internal static class Reacts
{
    /// <summary>Phrases that leave a term open or put it off.</summary>
    public static ImmutableArray<string> ToUnsettled(params Duty[] duties) =>
        Vocabulary.Instance.Phrases([PhraseCategory.Open, PhraseCategory.Deferred, PhraseCategory.DetailsDeferred], duties);

    /// <summary>Phrases that leave the details to project contracts or later rules.</summary>
    public static ImmutableArray<string> ToDetailsDeferred(params Duty[] duties) =>
        Vocabulary.Instance.Phrases([PhraseCategory.DetailsDeferred], duties);

    /// <summary>Phrases that refuse the duty.</summary>
    public static ImmutableArray<string> ToRefusal(params Duty[] duties) =>
        Vocabulary.Instance.Phrases([PhraseCategory.Refusal], duties);

    /// <summary>Phrases that declare the agreement not binding.</summary>
    public static ImmutableArray<string> ToNotBinding() =>
        Vocabulary.Instance.Phrases([PhraseCategory.NotBinding], [Duty.Title]);

    /// <summary>Phrases that say nothing when they are all a value holds.</summary>
    public static ImmutableArray<string> ToNothing(params Duty[] duties) =>
        Vocabulary.Instance.Phrases([PhraseCategory.Open], duties);

    /// <summary>Phrases by which a text takes on the duty (the rule reacts when none is there).</summary>
    public static ImmutableArray<string> ToNoCommitment(params Duty[] duties) =>
        Vocabulary.Instance.Phrases([PhraseCategory.Commitment], duties);

    /// <summary>Phrases that send a dispute to arbitration or to a court.</summary>
    public static ImmutableArray<string> ToForums() =>
        Vocabulary.Instance.Phrases([PhraseCategory.Arbitration, PhraseCategory.Litigation], [Duty.Dispute]);
}
