using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Rules.Reading;

/// <summary>
/// What one clause value says about its duty, as read by <see cref="ClauseReader"/>: a fact of the
/// rule engine, one per value read (the dispute clause's method, forum and text are read together).
/// Each phrase it reports is the first of its kind in the value, with its line and column.
/// </summary>
/// <param name="Duty">The duty the value bears.</param>
/// <param name="Location">Where the value stands (the key's location when the value is absent).</param>
/// <param name="Clause">The article of the signed agreement the value summarises, where the file names one.</param>
/// <param name="Text">The value as written; null when absent.</param>
internal sealed record ClauseReading(Duty Duty, SourceLocation Location, string? Clause, string? Text) : IExplainedFact
{
    /// <summary>What the duty is called, in each language.</summary>
    public LocalizedText DutyName { get; init; } = LocalizedText.Empty;

    /// <summary>What a text that settles the duty states, in each language (from the vocabulary): what a finding on it asks to write.</summary>
    public LocalizedText DutyFix { get; init; } = LocalizedText.Empty;

    /// <summary>For revenue sharing: whether <c>shares</c> lists each member's percentage, which settles the distribution whatever the text defers.</summary>
    public bool SharesListed { get; init; }

    /// <summary>The member whose value it is (standing and expertise), else null.</summary>
    public Member? Member { get; init; }

    /// <summary>The task whose work it is, else null.</summary>
    public TaskAssignment? Task { get; init; }

    /// <summary>A task whose work is left open or put off (待定, 另行安排, to be assigned).</summary>
    public bool IsTaskLeftOpen => Duty == Duty.Task && Task != null && Unsettled != null;

    /// <summary>A task that gives its member a share of the work: its work stated, or no work written (it still assigns the member to a goal).</summary>
    public bool IsTaskSettled => Duty == Duty.Task && Task != null && Unsettled == null;

    /// <summary>The signature whose signatory it is, else null.</summary>
    public Signature? Signature { get; init; }

    /// <summary>Whether the value names nothing: absent, blank, a placeholder, or left to be settled later (a name or an authority).</summary>
    public bool NamesNothing => SaysNothing || Unsettled != null;

    /// <summary>
    /// The term is left open or put off: a placeholder (待定, TBD, a whole value of 无), a deferral to
    /// a later agreement (另行约定), or details left to later documents where nothing else in the
    /// value states the principle.
    /// </summary>
    public PhraseHit? Unsettled { get; init; }

    /// <summary>The principle is stated and only its details are left to project contracts or later rules (when nothing is <see cref="Unsettled"/>).</summary>
    public PhraseHit? DetailsDeferral { get; init; }

    /// <summary>The text refuses the duty.</summary>
    public PhraseHit? Refusal { get; init; }

    /// <summary>The text declares the agreement not binding (不具有法律约束力, 意向书, non-binding), whatever the value's duty.</summary>
    public PhraseHit? NotBinding { get; init; }

    /// <summary>
    /// For a duty the vocabulary has words of commitment for (the openness duties): the text says
    /// something, is not left open and refuses nothing, but none of those words is in it.
    /// </summary>
    public bool Uncommitted { get; init; }

    /// <summary>The value says nothing: absent, blank, or only a placeholder (无, 暂无, N/A, 待定).</summary>
    public bool SaysNothing { get; init; }

    /// <summary>For the dispute clause: the first phrase (or method) sending the dispute to arbitration.</summary>
    public PhraseHit? Arbitration { get; init; }

    /// <summary>For the dispute clause: the first phrase (or method) sending the dispute to a court.</summary>
    public PhraseHit? Litigation { get; init; }

    /// <summary>
    /// For the dispute clause that lets the dispute go to arbitration and to a court, where the text
    /// (not only <c>method</c>) says so: the phrase of the text to point at (the court, else the arbitration).
    /// </summary>
    public PhraseHit? BothWays { get; init; }

    /// <inheritdoc />
    public LocalizedText Explain()
    {
        var said = new List<LocalizedText>();
        void Add(LocalizedText what, PhraseHit? hit)
        {
            if (hit is not null)
            {
                said.Add(Words.Evidence.Hit.Format(what, hit.Phrase, hit.Location.Line, hit.Location.Column, hit.FromMethod ? Words.Evidence.FromMethod : LocalizedText.Empty));
            }
        }

        Add(Words.Evidence.LeftOpen, Unsettled);
        Add(Words.Evidence.DetailsDeferred, DetailsDeferral);
        Add(Words.Evidence.Refuses, Refusal);
        Add(Words.Evidence.NotBinding, NotBinding);
        Add(Words.Evidence.Arbitration, Arbitration);
        Add(Words.Evidence.Court, Litigation);
        var reading = said.Count > 0
            ? new LocalizedText(string.Concat(said.Select(s => s.English)), string.Concat(said.Select(s => s.Chinese)))
            : SaysNothing ? Words.Evidence.SaysNothing
            : Uncommitted ? Words.Evidence.Uncommitted
            : Words.Evidence.NothingFlagged;
        var clause = Clause is null ? LocalizedText.Empty : Words.Evidence.ReadingClause.Format(Clause);
        return Words.Evidence.Reading.Format(Location.Path, clause, DutyName, Location.Line, reading);
    }
}
