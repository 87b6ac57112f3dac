using System.Collections.Immutable;
using System.Globalization;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Model;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Reporting.Review;

/// <summary>One entry of what an agreement provides for a condition: its own article, what it is, and its value.</summary>
/// <param name="Clause">The agreement's own article, as the file names it; null when it names none.</param>
/// <param name="Label">What the entry is (a member, a body, the withdrawal clause...).</param>
/// <param name="Value">What the agreement says, in its own words; members and bodies by name.</param>
internal sealed record Provided(string? Clause, string Label, string Value);

/// <summary>A finding as a reviewer reads it: numbered, members by name, in one language.</summary>
/// <param name="Number">Its number in the memo (the appendix refers to it).</param>
/// <param name="Finding">The finding.</param>
/// <param name="Message">What is wrong, with members and bodies named by name.</param>
/// <param name="Where">Where in the draft: its article and the part, in a lawyer's words (<see cref="DraftParts.Where"/>).</param>
/// <param name="Fix">How to fix it, in a lawyer's words rather than the format's keys (<see cref="DraftParts.Fix"/>).</param>
internal sealed record ReviewedFinding(int Number, Finding Finding, string Message, string Where, string Fix);

/// <summary>A finding of the previous draft (<c>--baseline</c>) this run no longer has, as a reviewer reads it.</summary>
/// <param name="Title">What it was: its rule's title in the review's language (its id when this rule set lacks the rule).</param>
/// <param name="Where">The part of the draft it concerned, in a lawyer's words; null for the file as a whole.</param>
/// <param name="Message">What the previous review said, when it was written in the review's language.</param>
internal sealed record Resolved(string Title, string? Where, string? Message);

/// <summary>One condition of one document as the review memo presents it.</summary>
/// <param name="Result">Its status and count of findings.</param>
/// <param name="Provision">The provision it encodes, with its wording.</param>
/// <param name="Provides">What the agreement provides for it.</param>
/// <param name="Findings">Its findings, in file order.</param>
internal sealed record ReviewedCondition(ConditionResult Result, Provision Provision, ImmutableArray<Provided> Provides, ImmutableArray<ReviewedFinding> Findings)
{
    /// <summary>
    /// Why the condition was not assessed: the file was not read (or not loaded), or, for a file that
    /// was, the condition does not apply to it (no pilot application); null when it was assessed.
    /// </summary>
    public LocalizedText? NotAssessed { get; init; }
}

/// <summary>
/// What a review (the memo, the HTML report's sections) says about one checked document: the
/// alliance's names, each condition with the provision's wording and what the agreement provides,
/// and the findings grouped by condition, numbered in the order they are presented.
/// </summary>
/// <param name="Report">The document's result.</param>
/// <param name="Alliance">The alliance's name in the review's language (its local name in Chinese), when the file gives one.</param>
/// <param name="OtherName">Its name in the other language, when the file gives one.</param>
/// <param name="AgreementTitle">The agreement's title, when the file gives one.</param>
/// <param name="LoadErrors">The reasons the file could not be assessed (none when it was).</param>
/// <param name="Conditions">Each condition, in report order.</param>
/// <param name="Resolved">The findings of the previous draft this run no longer has; null without a baseline.</param>
internal sealed record DocumentReview(
    DocumentReport Report,
    string? Alliance,
    string? OtherName,
    string? AgreementTitle,
    ImmutableArray<ReviewedFinding> LoadErrors,
    ImmutableArray<ReviewedCondition> Conditions,
    ImmutableArray<Resolved>? Resolved)
{
    private const int ListedAtMost = 20;

    /// <summary>Every finding, in the order the review presents them (by number).</summary>
    public IEnumerable<ReviewedFinding> Findings => LoadErrors.Concat(Conditions.SelectMany(c => c.Findings));

    /// <summary>The review of a document, reading the agreement again from the text the options give (SHA-256 checked by the caller).</summary>
    public static DocumentReview Of(DocumentReport report, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        return Of(report, Load(options.SourceText?.Invoke(report)), options.Language);
    }

    /// <summary>The review of a document whose agreement is known (null when it could not be read).</summary>
    public static DocumentReview Of(DocumentReport report, AgreementDocument? agreement, Language language)
    {
        var names = new Names(agreement, language);
        var parts = new DraftParts(agreement, names, language);
        var number = 0;
        ReviewedFinding Review(Finding finding) => new(++number, finding, finding.Message.In(language, withIds: false), parts.Where(finding), parts.Fix(finding));

        var loadErrors = report.Findings.Where(f => f.Condition is null).Select(Review).ToImmutableArray();
        var conditions = report.Conditions.Select(result => new ReviewedCondition(
            result,
            Provision.Of(result.Condition.Id),
            agreement is null ? [] : [.. Provides(result.Condition.Id, agreement, names, language)],
            [.. report.Findings.Where(f => f.Condition == result.Condition.Id).Select(Review)])
        {
            NotAssessed = result.Status != ConditionStatus.NotAssessed ? null
                : report.Conditions.All(c => c.Status == ConditionStatus.NotAssessed) ? Words.Review.NotAssessedUnread
                : Words.Review.NotAssessedNotApplicable,
        }).ToImmutableArray();

        var alliance = agreement?.Alliance;
        var (local, english) = (alliance?.LocalName, alliance?.Name ?? report.Alliance);
        var (name, other) = language == Language.Chinese ? (local ?? english, local is null ? null : english) : (english ?? local, english is null ? null : local);
        other = other == name ? null : other;
        return new(report, name, other, agreement?.Agreement?.Title, loadErrors, conditions, report.Fixed?.Select(gone => Resolve(gone, names, language)).ToImmutableArray());
    }

    /// <summary>
    /// A finding of the previous draft, named by its rule and the part of the draft. Its path is read
    /// without this draft's lists (an index in the previous draft may be another member's now); the
    /// members and bodies its message names are named by name alone, as the previous report's subjects give them.
    /// </summary>
    private static Resolved Resolve(BaselineFinding gone, Names names, Language language)
    {
        var parts = new DraftParts(null, names, language);
        return new(gone.Rule?.Title.In(language) ?? gone.RuleId, parts.Part(gone.Path), gone.Language == language ? gone.MessageByName(language) : null);
    }

    /// <summary>The agreement as loaded from text already checked; null without text. The limits were enforced by the check.</summary>
    private static AgreementDocument? Load(string? text) =>
        text is null ? null : new AgreementLoader(new LoadLimits { MaxBytes = long.MaxValue, MaxDepth = LoadLimits.MaxDepthCap }).Load(text).Document;

    private static IEnumerable<Provided> Provides(string condition, AgreementDocument document, Names names, Language language) => condition switch
    {
        ConditionId.LegalEntities => LegalEntities(document, names, language),
        ConditionId.Agreement => BindingAgreement(document, names, language),
        ConditionId.Organisation => Organisation(document, names, language),
        ConditionId.Funds => Funds(document, names, language),
        ConditionId.Interests => Interests(document, names, language),
        ConditionId.Openness => Openness(document, language),
        ConditionId.Clauses => Clauses(document, language),
        ConditionId.Pilot => Pilot(document, language),
        _ => [],
    };

    private static IEnumerable<Provided> LegalEntities(AgreementDocument document, Names names, Language language)
    {
        foreach (var lead in document.Alliance?.LeadMembers ?? [])
        {
            yield return new(document.Alliance!.Clause, Words.Review.LeadMember.In(language), names.Of(lead));
        }

        foreach (var entry in Listed(document.Members, language, member => new Provided(
            null,
            Words.Review.Members.In(language),
            Join(language,
                names.Of(member.Id) + (member.Kind is { } kind ? Words.Parenthesised.Format(Words.Review.Of(kind)).In(language) : string.Empty),
                member.LegalPerson?.CreditCode is { } code ? Words.Review.CreditCode.Format(code).In(language) : null,
                member.LegalPerson?.Representative is { } person ? Words.Review.Representative.Format(person).In(language) : null))))
        {
            yield return entry;
        }
    }

    private static IEnumerable<Provided> BindingAgreement(AgreementDocument document, Names names, Language language)
    {
        if (document.Agreement is not { } agreement)
        {
            yield break;
        }

        if (agreement.Title is { } title)
        {
            yield return new(agreement.Clause, Words.Review.AgreementTitle.In(language), title);
        }

        if (agreement.GoverningLaw is { } law)
        {
            yield return new(null, Words.Review.GoverningLaw.In(language), law);
        }

        if (agreement.EffectiveFrom is { } effective)
        {
            yield return new(null, Words.Review.EffectiveFrom.In(language), Date(effective));
        }

        foreach (var entry in Listed(agreement.Goals, language, goal => new Provided(
            null,
            Words.Review.Goal.Format(goal.Id).In(language),
            Join(language,
                goal.Statement,
                goal.Measure is { } measure ? Words.Review.Measure.Format(measure).In(language) : null,
                goal.Due is { } due ? Words.Review.Due.Format(Date(due)).In(language) : null))))
        {
            yield return entry;
        }

        if (!agreement.Tasks.IsEmpty)
        {
            var members = agreement.Tasks.Select(t => t.Member).Distinct().Count();
            yield return new(null, Words.Review.Tasks.In(language), Words.Review.TaskCount.Format(agreement.Tasks.Length, members).In(language));
        }

        foreach (var entry in Listed(agreement.Signatures, language, signature => new Provided(
            null,
            Words.Review.Signature.In(language),
            Join(language,
                signature.Member is { } member ? names.Of(member) : null,
                signature.Signatory is { } who
                    ? Words.Review.SignedBy.Format(who).In(language) + (signature.Capacity is { } capacity ? Words.Parenthesised.Format(Words.Review.Of(capacity)).In(language) : string.Empty)
                    : null,
                signature.Date is { } date ? Date(date) : null,
                signature.Sealed == true ? Words.Review.Sealed.In(language) : null))))
        {
            yield return entry;
        }
    }

    private static IEnumerable<Provided> Organisation(AgreementDocument document, Names names, Language language)
    {
        if (document.Governance is not { } governance)
        {
            yield break;
        }

        foreach (var body in governance.Bodies)
        {
            yield return new(
                body.Clause ?? governance.Clause,
                body.Role is { } role ? Capital(Words.Review.Of(role).In(language)) : Words.Review.Body.In(language),
                Join(language,
                    body.Name ?? body.Id,
                    body.Members.IsEmpty ? null : Words.Review.SeatCount.Format(body.Members.Length).In(language),
                    body.DecisionRule is { } rule ? Words.Review.DecisionRule.Format(rule.Quorum ?? "-", rule.Majority ?? "-").In(language) : null,
                    body.HostedBy is { } host ? Words.Review.HostedBy.Format(names.Of(host)).In(language) : null,
                    body.FullTimeStaff is { } staff ? Words.Review.FullTimeStaff.Format(staff).In(language) : null));
        }

        if (governance.ExternalLiabilityEntity is { } entity)
        {
            yield return new(governance.Clause, Words.Review.ExternalLiability.In(language), names.Of(entity));
        }
    }

    private static IEnumerable<Provided> Funds(AgreementDocument document, Names names, Language language)
    {
        if (document.Funds is not { } funds)
        {
            yield break;
        }

        if (funds.ManagementMeasures is { } measures)
        {
            yield return new(measures.Clause ?? funds.Clause, Words.Review.FundMeasures.In(language), Join(language,
                measures.Document,
                measures.Covers.IsEmpty ? null : Words.Review.Covers.Format(List(language, measures.Covers.Select(t => Words.Review.Of(t).In(language)))).In(language)));
        }

        if (funds.Oversight is { Mechanism: { } mechanism } oversight)
        {
            yield return new(oversight.Clause ?? funds.Clause, Words.Review.Oversight.In(language), mechanism);
        }

        if (funds.Custodian is { } custodian)
        {
            yield return new(funds.Clause, Words.Review.Custodian.In(language), names.Of(custodian));
        }

        foreach (var entry in Listed(funds.Sources, language, source => new Provided(
            funds.Clause,
            Words.Review.FundSource.In(language),
            Join(language,
                source.Kind is { } kind ? Words.Review.Of(kind).In(language) : null,
                source.From is { } from ? names.Of(from) : null,
                source.Amount is { } amount ? Amount(amount, source.Currency, language) : null,
                source.SupervisedBy is { } supervisor ? Words.Review.SupervisedBy.Format(supervisor).In(language) : null))))
        {
            yield return entry;
        }
    }

    /// <summary>An amount with its currency: <c>3,000,000 CNY</c>, <c>人民币 3,000,000 元</c>; another currency by its code.</summary>
    private static string Amount(decimal amount, string currency, Language language)
    {
        var figure = amount.ToString("#,0.##", CultureInfo.InvariantCulture);
        return string.Equals(currency, "CNY", StringComparison.OrdinalIgnoreCase)
            ? Words.Review.AmountInYuan.Format(figure).In(language)
            : Words.Review.Amount.Format(figure, currency).In(language);
    }

    private static IEnumerable<Provided> Interests(AgreementDocument document, Names names, Language language)
    {
        if (document.IntellectualProperty is { } ip)
        {
            if (ip.Background is { } background)
            {
                yield return new(ip.Clause, Words.Review.Background.In(language), background);
            }

            if (ip.Ownership is { } ownership)
            {
                yield return new(ip.Clause, Words.Review.Ownership.In(language), ownership);
            }

            if (ip.Licensing is { } licensing)
            {
                yield return new(ip.Clause, Words.Review.Licensing.In(language), licensing);
            }

            if (ip.RevenueSharing is { } sharing)
            {
                var shares = sharing.Shares.Select(s =>
                {
                    var member = s.Member is { } m ? names.Of(m) : "-";
                    return string.Create(CultureInfo.InvariantCulture, $"{member} {s.Percent:0.##}%");
                });
                yield return new(ip.Clause, Words.Review.RevenueSharing.In(language), Join(language, sharing.Text, sharing.Shares.IsEmpty ? null : List(language, shares)));
            }
        }

        if (document.Agreement?.BreachLiability is { } breach)
        {
            yield return new(breach.Clause, Words.Review.BreachLiability.In(language), breach.Text ?? string.Empty);
        }
    }

    private static IEnumerable<Provided> Openness(AgreementDocument document, Language language)
    {
        if (document.Openness is not { } openness)
        {
            yield break;
        }

        (ClauseText? Text, LocalizedText Label)[] parts =
        [
            (openness.Admission, Words.Review.Admission), (openness.ExternalCooperation, Words.Review.ExternalCooperation),
            (openness.Dissemination, Words.Review.Dissemination), (openness.GovernmentFundedSharing, Words.Review.GovernmentFundedSharing),
        ];
        foreach (var (text, label) in parts)
        {
            if (text is not null)
            {
                yield return new(text.Clause ?? openness.Clause, label.In(language), text.Text ?? string.Empty);
            }
        }
    }

    private static IEnumerable<Provided> Clauses(AgreementDocument document, Language language)
    {
        if (document.Agreement is not { } agreement)
        {
            yield break;
        }

        if (agreement.Term is { } term)
        {
            var (from, to) = (term.From is { } start ? Date(start) : "?", term.To is { } end ? Date(end) : "?");
            yield return new(null, Words.Review.Term.In(language), $"{from} – {to}");
        }

        if (agreement.Withdrawal is { } withdrawal)
        {
            yield return new(withdrawal.Clause, Words.Review.Withdrawal.In(language), Join(language,
                withdrawal.NoticeDays is { } days ? Words.Review.NoticeDays.Format(days).In(language) : null, withdrawal.Text));
        }

        if (agreement.Dissolution is { } dissolution)
        {
            yield return new(dissolution.Clause, Words.Review.Dissolution.In(language), Join(language, dissolution.Conditions, dissolution.Procedure, dissolution.Liquidation));
        }

        if (agreement.DisputeResolution is { } dispute)
        {
            yield return new(dispute.Clause, Words.Review.DisputeResolution.In(language), Join(language,
                dispute.Methods.IsEmpty ? null : List(language, dispute.Methods.Select(m => Words.Review.Of(m).In(language))), dispute.Forum, dispute.Text));
        }
    }

    private static IEnumerable<Provided> Pilot(AgreementDocument document, Language language)
    {
        if (document.Application is not { } application)
        {
            yield break;
        }

        if (application.Submitted is { } submitted)
        {
            yield return new(null, Words.Review.PilotApplication.In(language), Date(submitted));
        }

        if (!application.Materials.IsEmpty)
        {
            yield return new(null, Words.Review.PilotMaterials.In(language), List(language, application.Materials.Select(m => Words.Review.Of(m).In(language))));
        }
    }

    /// <summary>The first entries of a long list, then one saying how many more there are.</summary>
    private static IEnumerable<Provided> Listed<T>(ImmutableArray<T> items, Language language, Func<T, Provided> entry)
    {
        foreach (var item in items.Take(ListedAtMost))
        {
            yield return entry(item);
        }

        if (items.Length > ListedAtMost)
        {
            var last = entry(items[0]);
            yield return new(null, last.Label, Words.Review.More.Format(items.Length - ListedAtMost).In(language));
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Join(Language language, params string?[] parts) =>
        string.Join(Words.Review.Separator.In(language), parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string List(Language language, IEnumerable<string> items) => string.Join(Words.ValueSeparator.In(language), items);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
