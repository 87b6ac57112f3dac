using AllianceCompliance.Model;

namespace AllianceCompliance.Rules.Tests.Support;

/// <summary>Ways to change one goal, signature or body of a section, for the Some.WithX builders.</summary>
internal static class SectionChanges
{
    /// <summary>A copy of the agreement with one member's signatures changed.</summary>
    public static Agreement WithSignature(this Agreement agreement, string member, Func<Signature, Signature> change) =>
        agreement with { Signatures = [.. agreement.Signatures.Select(s => s.Member == member ? change(s) : s)] };

    /// <summary>A copy of the agreement with one goal changed.</summary>
    public static Agreement WithGoal(this Agreement agreement, string id, Func<Goal, Goal> change) =>
        agreement with { Goals = [.. agreement.Goals.Select(g => g.Id == id ? change(g) : g)] };

    /// <summary>A copy of the governance with one body changed.</summary>
    public static Governance WithBody(this Governance governance, string id, Func<Body, Body> change) =>
        governance with { Bodies = [.. governance.Bodies.Select(b => b.Id == id ? change(b) : b)] };

    /// <summary>A copy of the document with one member's signatures changed, for changing a variant further.</summary>
    public static AgreementDocument WithSignature(this AgreementDocument document, string member, Func<Signature, Signature> change) =>
        document with { Agreement = document.Agreement!.WithSignature(member, change) };

    /// <summary>A copy of the document with one member changed, for changing a variant further.</summary>
    public static AgreementDocument WithMember(this AgreementDocument document, string id, Func<Member, Member> change) =>
        document with { Members = [.. document.Members.Select(m => m.Id == id ? change(m) : m)] };
}
