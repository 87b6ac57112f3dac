using AllianceCompliance.Model;

namespace AllianceCompliance.Tests.Loading;

/// <summary>Co-lead units, technology consortia, the named executive body and the article of every part, as a real alliance describes them.</summary>
public sealed class AllianceStructureTests
{
    private const string Alliance = """
        format: alliance-agreement/v1
        alliance:
          name: Example Energy Equipment Alliance
          leadMember: [nuclear-corp, wind-corp]
          clause: 第一条
        members:
          - { id: nuclear-corp, name: Nuclear Corp, kind: enterprise, clause: 第三条 }
          - { id: wind-corp, name: Wind Corp, kind: enterprise }
          - { id: uni, name: Example University, kind: university }
        agreement:
          term: { from: 2009-12-18, to: 2014-12-17, clause: 第四十条 }
          goals:
            - { id: G-NUC, statement: Reactor internals, clause: 第六条 }
            - { id: G-WIND, statement: Offshore turbine, clause: 第六条 }
          tasks:
            - { member: nuclear-corp, goal: G-NUC, consortium: nuclear, work: Design, clause: 第七条 }
            - { member: uni, goal: G-WIND, consortium: wind, work: Dynamics, clause: 第七条 }
          signatures:
            - { member: nuclear-corp, signatory: Zhang San, clause: 第四十二条 }
        consortia:
          - id: nuclear
            name: Nuclear Power Equipment Consortium
            localName: 核电装备联合体
            lead: nuclear-corp
            members: [nuclear-corp, uni]
            goals: [G-NUC]
            clause: 第六条
          - { id: wind, name: Wind Turbine Consortium, lead: wind-corp, members: [wind-corp, uni], goals: [G-WIND] }
        governance:
          executiveBody: committee
          bodies:
            - { id: council, role: decision, decisionRule: { quorum: 2/3, majority: 1/2, clause: 第十六条 } }
            - { id: committee, role: execution, name: Alliance Management Committee, fullTimeStaff: 6 }
        funds:
          sources:
            - { kind: member-contribution, from: nuclear-corp, amount: 100, clause: 第二十六条 }
        intellectualProperty:
          revenueSharing:
            clause: 第三十一条
            shares: [ { member: nuclear-corp, percent: 100, clause: 第三十一条 } ]
        application:
          submitted: 2010-01-01
          clause: 附件一
        """;

    [Test]
    public void Load_RealAllianceStructure_ReadsWithoutErrors()
    {
        var result = Load.Text(Alliance);

        result.Errors.Select(Load.Describe).ShouldBeEmpty();
        var document = result.Document!;
        document.Alliance!.LeadMembers.ShouldBe(["nuclear-corp", "wind-corp"]);
        document.Alliance.LeadAt(1).ShouldBe(new SourceLocation("$.alliance.leadMember[1]", 4, 30));
        document.Consortia.Select(c => (c.Id, c.Lead, c.Members.Length, c.Goals.Single())).ShouldBe(
            [("nuclear", "nuclear-corp", 2, "G-NUC"), ("wind", "wind-corp", 2, "G-WIND")]);
        document.Consortia[0].LocalName.ShouldBe("核电装备联合体");
        document.Agreement!.Tasks.Select(t => t.Consortium).ShouldBe(["nuclear", "wind"]);
        document.Governance!.ExecutiveBody.ShouldBe("committee");
    }

    [Test]
    public void Load_ClauseOnEveryArticle_IsRead()
    {
        var document = Load.Text(Alliance).Document!;

        string?[] clauses =
        [
            document.Alliance!.Clause, document.Members[0].Clause, document.Agreement!.Term!.Clause, document.Agreement.Goals[0].Clause,
            document.Agreement.Tasks[0].Clause, document.Agreement.Signatures[0].Clause, document.Consortia[0].Clause,
            document.Governance!.Bodies[0].DecisionRule!.Clause, document.Funds!.Sources[0].Clause,
            document.IntellectualProperty!.RevenueSharing!.Clause, document.IntellectualProperty.RevenueSharing.Shares[0].Clause,
            document.Application!.Clause,
        ];
        clauses.ShouldBe(["第一条", "第三条", "第四十条", "第六条", "第七条", "第四十二条", "第六条", "第十六条", "第二十六条", "第三十一条", "第三十一条", "附件一"]);
    }

    [Test]
    public void Load_OneLeadMember_IsAListOfOneAtTheKey()
    {
        var document = Load.Text(Alliance.Replace("leadMember: [nuclear-corp, wind-corp]", "leadMember: wind-corp", StringComparison.Ordinal)).Document!;

        document.Alliance!.LeadMembers.ShouldBe(["wind-corp"]);
        document.Alliance.LeadAt(0).ShouldBe(new SourceLocation("$.alliance.leadMember", 4, 15));
    }

    [TestCase("leadMember: [nuclear-corp, wind-corp]", "leadMember: [nuclear-corp, wnd-corp]", "AC017 4:30 $.alliance.leadMember[1]")]
    [TestCase("lead: wind-corp, members: [wind-corp, uni]", "lead: wind-corp, members: [wind-corp, unni]", "AC017 28:86 $.consortia[1].members[1]")]
    [TestCase("lead: wind-corp, members: [wind-corp, uni]", "lead: wind-crop, members: [wind-corp, uni]", "AC017 28:54 $.consortia[1].lead")]
    [TestCase("lead: wind-corp, members: [wind-corp, uni]", "lead: uni, members: [wind-corp]", "AC063 28:54 $.consortia[1].lead")]
    [TestCase("goals: [G-WIND] }", "goals: [G-WND] }", "AC061 28:100 $.consortia[1].goals[0]")]
    [TestCase("consortium: wind,", "consortium: wnd,", "AC060 17:48 $.agreement.tasks[1].consortium")]
    [TestCase("executiveBody: committee", "executiveBody: comittee", "AC062 30:18 $.governance.executiveBody")]
    public void Load_BrokenReference_IsOneLocatedError(string from, string to, string expected)
    {
        Alliance.ShouldContain(from);

        Load.Errors(Alliance.Replace(from, to, StringComparison.Ordinal)).ShouldBe([expected]);
    }

    [Test]
    public void Load_TwoConsortiaWithOneId_IsADuplicateId() =>
        Load.Errors(Alliance.Replace("  - { id: wind, name:", "  - { id: nuclear, name:", StringComparison.Ordinal)).ShouldContain("AC018 28:11 $.consortia[1].id");

    [Test]
    public void Load_UnknownConsortium_SuggestsTheIdMeant() =>
        Load.Text(Alliance.Replace("consortium: wind,", "consortium: wnd,", StringComparison.Ordinal))
            .Errors.Single().Message.English.ShouldBe("No consortium has the id 'wnd' (did you mean Wind Turbine Consortium ('wind')?).");

    [Test]
    public void Load_UnknownMember_SuggestsTheMemberMeantByItsNameWithItsId()
    {
        var message = Load.Text(Alliance.Replace("leadMember: [nuclear-corp, wind-corp]", "leadMember: [nuclear-corp, wnd-corp]", StringComparison.Ordinal))
            .Errors.Single().Message;

        message.English.ShouldBe("No member has the id 'wnd-corp' (did you mean Wind Corp ('wind-corp')?).");
        message.Chinese.ShouldBe("没有 id 为“wnd-corp”的成员（是否应为Wind Corp（wind-corp）？）。");
    }

    [Test]
    public void Load_UnknownBody_SuggestsTheBodyMeantByItsName() =>
        Load.Text(Alliance.Replace("executiveBody: committee", "executiveBody: comittee", StringComparison.Ordinal))
            .Errors.Single().Message.English.ShouldBe("No body has the id 'comittee' (did you mean Alliance Management Committee ('committee')?).");

    [Test]
    public void Load_ConsortiumLeadOutside_NamesTheLeadAndTheConsortiumByName()
    {
        var message = Load.Text(Alliance.Replace("lead: nuclear-corp\n    members: [nuclear-corp, uni]", "lead: wind-corp\n    members: [nuclear-corp, uni]", StringComparison.Ordinal))
            .Errors.Single().Message;

        message.English.ShouldBe("The lead Wind Corp ('wind-corp') of consortium Nuclear Power Equipment Consortium ('nuclear') is not among its members.");
        message.Chinese.ShouldBe("联合体核电装备联合体（nuclear）的牵头单位Wind Corp（wind-corp）不在该联合体的成员（members）之中。");
    }

    [Test]
    public void Load_MembersWrittenAsAMapping_IsOneErrorNotOnePerReference()
    {
        var text = Alliance.Replace("""
            members:
              - { id: nuclear-corp, name: Nuclear Corp, kind: enterprise, clause: 第三条 }
              - { id: wind-corp, name: Wind Corp, kind: enterprise }
              - { id: uni, name: Example University, kind: university }
            """, """
            members:
              nuclear-corp: { name: Nuclear Corp, kind: enterprise }
              wind-corp: { name: Wind Corp, kind: enterprise }
              uni: { name: Example University, kind: university }
            """, StringComparison.Ordinal);

        Load.Errors(text).ShouldBe(["AC012 7:3 $.members"]);
    }

    [Test]
    public void Load_MemberWrittenAsText_IsOneErrorNotOnePerReferenceToIt() =>
        Load.Errors(Alliance.Replace("  - { id: uni, name: Example University, kind: university }", "  - uni", StringComparison.Ordinal))
            .ShouldBe(["AC012 9:5 $.members[2]"]);

    [Test]
    public void Load_MemberWithoutId_IsOneErrorNotOnePerReferenceToIt() =>
        Load.Errors(Alliance.Replace("{ id: uni, name: Example University,", "{ name: Example University,", StringComparison.Ordinal))
            .ShouldBe(["AC013 9:5 $.members[2].id"]);

    [Test]
    public void Load_GoalsWrittenAsText_IsOneErrorNotOnePerConsortiumGoal() =>
        Load.Errors(Alliance.Replace("""
            goals:
                - { id: G-NUC, statement: Reactor internals, clause: 第六条 }
                - { id: G-WIND, statement: Offshore turbine, clause: 第六条 }
            """, "goals: G-NUC and G-WIND", StringComparison.Ordinal)).ShouldBe(["AC012 12:10 $.agreement.goals"]);

    [Test]
    public void Load_BodiesWrittenAsAMapping_IsOneErrorNotAlsoAnUnknownExecutiveBody() =>
        Load.Errors(Alliance
            .Replace("    - { id: council, role: decision,", "    council: { role: decision,", StringComparison.Ordinal)
            .Replace("    - { id: committee, role: execution,", "    committee: { role: execution,", StringComparison.Ordinal)).ShouldBe(["AC012 32:5 $.governance.bodies"]);

    [Test]
    public void Load_ConsortiaWrittenAsAMapping_IsOneErrorNotOnePerTask() =>
        Load.Errors(Alliance
            .Replace("consortia:\n  - id: nuclear\n", "consortia:\n  nuclear:\n", StringComparison.Ordinal)
            .Replace("  - { id: wind,", "  wind: {", StringComparison.Ordinal)).ShouldBe(["AC012 21:3 $.consortia"]);
}
