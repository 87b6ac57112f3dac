using System.Globalization;
using AllianceCompliance.Model;

namespace AllianceCompliance.Rules.Reading;

/// <summary>A phrase of the vocabulary found in a clause value.</summary>
/// <param name="Category">What the phrase says about the duty.</param>
/// <param name="Phrase">The phrase as the value writes it.</param>
/// <param name="Entry">The vocabulary's phrase it matched (<c>具体…项目合同</c>).</param>
/// <param name="Offset">Where it starts in the value, from 0.</param>
/// <param name="Location">Where it stands in the file: the value's path, the phrase's line and column.</param>
internal sealed record PhraseHit(PhraseCategory Category, string Phrase, string Entry, int Offset, SourceLocation Location)
{
    /// <summary>Whether it is not a phrase of the text but the value of <c>method</c> (arbitration or litigation).</summary>
    public bool FromMethod { get; init; }

    /// <summary>
    /// The phrase as a message quotes it: the words of the text as written; a <c>method</c> value as
    /// typed in English and in words in Chinese (<c>arbitration</c>, <c>仲裁</c>).
    /// </summary>
    public Findings.LocalizedText Said
    {
        get => said ?? new(Phrase, Phrase);
        init => said = value;
    }

    private readonly Findings.LocalizedText? said;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Category} '{Phrase}' at {Location.Line}:{Location.Column}");
}
