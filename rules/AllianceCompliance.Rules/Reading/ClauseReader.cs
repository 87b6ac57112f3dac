using AllianceCompliance.Model;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Rules.Reading;

/// <summary>
/// Reads the free-text values the rules rely on into <see cref="ClauseReading"/> facts: the fund
/// measures and oversight (Art. 8(4)), the IP terms, revenue sharing and breach liability (8(5)),
/// the openness provisions (8(6)), withdrawal, dissolution and liquidation, the dispute clause
/// (method, forum and text together), members' standing and expertise (8(1)), the tasks' work,
/// the legal representatives and signatories (8(2)), the decision bodies' quorum and majority (8(3)), the general clauses, the grants' supervising
/// authority and the annexes' titles.
/// </summary>
internal static class ClauseReader
{
    /// <summary>The readings of a document's clause values, to insert with its facts.</summary>
    public static IEnumerable<object> Read(AgreementDocument document) => Read(document, Vocabulary.Instance);

    public static List<object> Read(AgreementDocument document, Vocabulary vocabulary)
    {
        var readings = new List<object>();
        var source = new SourceText(document.Source);

        // An annex whose title says it is still to be drawn up (待定, 另行制定) is not there to settle a term.
        var annexTitles = new List<(Annex Annex, ClauseReading? Title)>();
        foreach (var annex in document.Agreement?.Annexes ?? [])
        {
            var title = annex.Title is null ? null
                : ClauseReader.Of(vocabulary, source, new Annexes([]), Duty.Annex, annex.At("title"), annex.Title, document.Agreement!.Clause);
            annexTitles.Add((annex, title));
            if (title is not null)
            {
                readings.Add(title);
            }
        }

        var annexes = new Annexes(annexTitles.Where(a => a.Title?.Unsettled is null).Select(a => AnnexLabel.OfId(a.Annex.Id ?? string.Empty, vocabulary)));
        ClauseReading Of(Duty duty, SourceLocation at, string? text, string? clause) => ClauseReader.Of(vocabulary, source, annexes, duty, at, text, clause);
        void Value(Duty duty, Node owner, string key, string? text, string? clause)
        {
            if (text is not null)
            {
                readings.Add(Of(duty, owner.At(key), text, clause));
            }
        }

        void Provision(Duty duty, Node section, string key, ClauseText? provision, string? sectionClause)
        {
            if (provision is not null)
            {
                var at = provision.FieldLocations.ContainsKey("text") ? provision.At("text") : section.At(key);
                if (provision.Text is not null)
                {
                    readings.Add(Of(duty, at, provision.Text, provision.Clause ?? sectionClause));
                }
            }
        }

        foreach (var member in document.Members)
        {
            // Every legal person's representative is read, written or not: a placeholder names no one.
            if (member.LegalPerson is { } legalPerson)
            {
                readings.Add(Of(Duty.Representative, legalPerson.At("representative"), legalPerson.Representative, member.Clause) with { Member = member });
            }

            if (member.Kind == MemberKind.Enterprise || member.Standing is not null)
            {
                readings.Add(Of(Duty.Standing, member.At("standing"), member.Standing, member.Clause) with { Member = member });
            }

            if (member.Kind is MemberKind.University or MemberKind.ResearchInstitute || member.Expertise is not null)
            {
                readings.Add(Of(Duty.Expertise, member.At("expertise"), member.Expertise, member.Clause) with { Member = member });
            }
        }

        foreach (var body in document.Governance?.Bodies ?? [])
        {
            if (body.Role == BodyRole.Decision && body.DecisionRule is { } rule)
            {
                var clause = rule.Clause ?? body.Clause ?? document.Governance!.Clause;
                Value(Duty.DecisionRule, rule, "quorum", rule.Quorum, clause);
                Value(Duty.DecisionRule, rule, "majority", rule.Majority, clause);
            }
        }

        if (document.Funds is { } funds)
        {
            if (funds.ManagementMeasures is { } measures)
            {
                Value(Duty.FundMeasures, measures, "document", measures.Document, measures.Clause ?? funds.Clause);
                Value(Duty.FundReporting, measures, "reportedTo", measures.ReportedTo, measures.Clause ?? funds.Clause);
            }

            if (funds.Oversight is { } oversight)
            {
                Value(Duty.FundOversight, oversight, "mechanism", oversight.Mechanism, oversight.Clause ?? funds.Clause);
            }

            foreach (var grant in funds.Sources.Where(s => s.Kind == FundSourceKind.GovernmentGrant))
            {
                Value(Duty.GrantSupervisor, grant, "supervisedBy", grant.SupervisedBy, grant.Clause ?? funds.Clause);
            }
        }

        if (document.IntellectualProperty is { } ip)
        {
            Value(Duty.BackgroundIp, ip, "background", ip.Background, ip.Clause);
            Value(Duty.Ownership, ip, "ownership", ip.Ownership, ip.Clause);
            Value(Duty.Licensing, ip, "licensing", ip.Licensing, ip.Clause);
            if (ip.RevenueSharing is { } sharing)
            {
                if (sharing.Text is not null)
                {
                    readings.Add(Of(Duty.RevenueSharing, sharing.At("text"), sharing.Text, sharing.Clause ?? ip.Clause) with { SharesListed = !sharing.Shares.IsEmpty });
                }

                // Where the rest of the revenue goes, beside shares that do not make the whole: the
                // shares settle only their part, so a remainder left open is a distribution left open.
                Value(Duty.RevenueSharing, sharing, "remainder", sharing.Remainder, sharing.Clause ?? ip.Clause);
            }
        }

        if (document.Openness is { } openness)
        {
            Provision(Duty.Admission, openness, "admission", openness.Admission, openness.Clause);
            Provision(Duty.ExternalCooperation, openness, "externalCooperation", openness.ExternalCooperation, openness.Clause);
            Provision(Duty.Dissemination, openness, "dissemination", openness.Dissemination, openness.Clause);
            Provision(Duty.GovernmentFundedSharing, openness, "governmentFundedSharing", openness.GovernmentFundedSharing, openness.Clause);
        }

        if (document.Agreement is { } agreement)
        {
            foreach (var goal in agreement.Goals)
            {
                Value(Duty.Goal, goal, "statement", goal.Statement, goal.Clause ?? agreement.Clause);
                Value(Duty.Goal, goal, "measure", goal.Measure, goal.Clause ?? agreement.Clause);
            }

            // Every task is read, with or without its work: a task that names no work still assigns
            // its member to a goal, and counts as settled when the member's other tasks are weighed.
            foreach (var task in agreement.Tasks)
            {
                readings.Add(Of(Duty.Task, task.At("work"), task.Work, task.Clause ?? agreement.Clause) with { Task = task });
            }

            foreach (var signature in agreement.Signatures)
            {
                readings.Add(Of(Duty.Signatory, signature.At("signatory"), signature.Signatory, signature.Clause ?? agreement.Clause) with { Signature = signature });
            }

            // The title is read for a declaration that the agreement binds no one (…合作意向书（不具法律约束力）).
            Value(Duty.Title, agreement, "title", agreement.Title, agreement.Clause);
            Value(Duty.GoverningLaw, agreement, "governingLaw", agreement.GoverningLaw, agreement.Clause);
            Provision(Duty.BreachLiability, agreement, "breachLiability", agreement.BreachLiability, null);
            Provision(Duty.ForceMajeure, agreement, "forceMajeure", agreement.ForceMajeure, null);
            Provision(Duty.Amendment, agreement, "amendment", agreement.Amendment, null);
            Provision(Duty.Notices, agreement, "notices", agreement.Notices, null);
            if (agreement.Withdrawal is { } withdrawal)
            {
                Value(Duty.Withdrawal, withdrawal, "text", withdrawal.Text, withdrawal.Clause);
                Value(Duty.FundedProjects, withdrawal, "fundedProjects", withdrawal.FundedProjects, withdrawal.Clause);
            }

            if (agreement.Dissolution is { } dissolution)
            {
                Value(Duty.Dissolution, dissolution, "conditions", dissolution.Conditions, dissolution.Clause);
                Value(Duty.Dissolution, dissolution, "procedure", dissolution.Procedure, dissolution.Clause);
                Value(Duty.Liquidation, dissolution, "liquidation", dissolution.Liquidation, dissolution.Clause);
                Value(Duty.FundedProjects, dissolution, "fundedProjects", dissolution.FundedProjects, dissolution.Clause);
            }

            if (agreement.DisputeResolution is { } dispute)
            {
                readings.Add(Dispute(vocabulary, source, annexes, dispute));
            }
        }

        return readings;
    }

    /// <summary>The reading of a text as the value of a duty, located nowhere (the corpus tests read texts this way).</summary>
    public static ClauseReading ReadText(Duty duty, string text) =>
        Of(Vocabulary.Instance, new SourceText(null), new Annexes([]), duty, SourceLocation.Root, text, null);

    /// <summary>The reading of a dispute clause, located nowhere.</summary>
    public static ClauseReading ReadDispute(DisputeResolution dispute) => Dispute(Vocabulary.Instance, new SourceText(null), new Annexes([]), dispute);

    /// <summary>The reading of one value.</summary>
    private static ClauseReading Of(Vocabulary vocabulary, SourceText source, Annexes annexes, Duty duty, SourceLocation at, string? text, string? clause)
    {
        var reading = new ClauseReading(duty, at, clause, text) { DutyName = vocabulary.NameOf(duty), DutyFix = vocabulary.FixOf(duty) };
        if (string.IsNullOrWhiteSpace(text))
        {
            return reading with { SaysNothing = true };
        }

        var hits = PhraseReader.Read(vocabulary, text, duty, out var principle);
        // A reference to an annex the agreement lists is a term settled there; one to an annex not
        // listed leaves the term open. An annex's own title names the annex: it is no reference.
        hits.RemoveAll(h => h.Category == PhraseCategory.Annex && (duty == Duty.Annex || annexes.Has(h.Label)));
        PhraseHit? Hit(Func<RawHit, bool> which) =>
            hits.FirstOrDefault(which) is { Entry: not null } raw ? Located(source, at, text, raw) : null;

        var unsettled = Hit(h => h.Category is PhraseCategory.Open or PhraseCategory.Deferred or PhraseCategory.Annex || (h.Category == PhraseCategory.DetailsDeferred && !principle));
        var refusal = Hit(h => h.Category == PhraseCategory.Refusal);
        var saysNothing = hits.Any(h => h.Category == PhraseCategory.Open && h.Whole);
        return reading with
        {
            Unsettled = unsettled,
            DetailsDeferral = unsettled is null ? Hit(h => h.Category == PhraseCategory.DetailsDeferred) : null,
            Refusal = refusal,
            NotBinding = Hit(h => h.Category == PhraseCategory.NotBinding),
            Arbitration = Hit(h => h.Category == PhraseCategory.Arbitration),
            Litigation = Hit(h => h.Category == PhraseCategory.Litigation),
            SaysNothing = saysNothing,
            Uncommitted = unsettled is null && refusal is null && !saysNothing && vocabulary.HasCommitments(duty)
                && !hits.Any(h => h.Category == PhraseCategory.Commitment),
        };
    }

    /// <summary>The dispute clause read as one: the methods named, then the forum and the text.</summary>
    private static ClauseReading Dispute(Vocabulary vocabulary, SourceText source, Annexes annexes, DisputeResolution dispute)
    {
        var forum = dispute.Forum is null ? null : Of(vocabulary, source, annexes, Duty.Dispute, dispute.At("forum"), dispute.Forum, dispute.Clause);
        var text = dispute.Text is null ? null : Of(vocabulary, source, annexes, Duty.Dispute, dispute.At("text"), dispute.Text, dispute.Clause);
        PhraseHit? Method(DisputeMethod method, PhraseCategory category) =>
            dispute.Methods.Contains(method)
                ? new PhraseHit(category, method.ToString().ToLowerInvariant(), "method", 0, dispute.At("method"))
                {
                    FromMethod = true,
                    Said = new(method.ToString().ToLowerInvariant(), Words.Review.Of(method).Chinese),
                }
                : null;

        var arbitrationWritten = forum?.Arbitration ?? text?.Arbitration;
        var litigationWritten = forum?.Litigation ?? text?.Litigation;
        var arbitration = Method(DisputeMethod.Arbitration, PhraseCategory.Arbitration) ?? arbitrationWritten;
        var litigation = Method(DisputeMethod.Litigation, PhraseCategory.Litigation) ?? litigationWritten;
        var methodArbitration = dispute.Methods.Contains(DisputeMethod.Arbitration);
        var methodLitigation = dispute.Methods.Contains(DisputeMethod.Litigation);
        // The phrase to point at is the way the text adds to the method named (the court beside an
        // arbitration, the arbitration beside a court); with no method, the court. Both in `method` is AC711's.
        var bothWays = arbitration is null || litigation is null || (methodArbitration && methodLitigation) ? null
            : methodArbitration ? litigationWritten
            : methodLitigation ? arbitrationWritten
            : litigationWritten;
        return new ClauseReading(Duty.Dispute, dispute.Location, dispute.Clause, dispute.Text ?? dispute.Forum)
        {
            DutyName = vocabulary.NameOf(Duty.Dispute),
            DutyFix = vocabulary.FixOf(Duty.Dispute),
            Unsettled = forum?.Unsettled ?? text?.Unsettled,
            DetailsDeferral = (forum?.Unsettled ?? text?.Unsettled) is null ? forum?.DetailsDeferral ?? text?.DetailsDeferral : null,
            Arbitration = arbitration,
            Litigation = litigation,
            BothWays = bothWays,
            NotBinding = forum?.NotBinding ?? text?.NotBinding,
        };
    }

    private static PhraseHit Located(SourceText source, SourceLocation value, string text, RawHit hit) =>
        new(hit.Category, text[hit.Start..hit.End].ReplaceLineEndings(" "), hit.Entry, hit.Start, source.Locate(value, text, hit.Start));

    /// <summary>The labels of the annexes the agreement lists.</summary>
    private sealed class Annexes(IEnumerable<string>? labels)
    {
        private readonly HashSet<string> listed = [.. labels ?? []];

        /// <summary>Whether a reference to the annex labelled so is to an annex that is there (an unnumbered one: any annex listed).</summary>
        public bool Has(string label) => label.Length == 0 ? listed.Count > 0 : listed.Contains(label);
    }
}
