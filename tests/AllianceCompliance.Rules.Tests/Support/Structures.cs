namespace AllianceCompliance.Rules.Tests.Support;

/// <summary>YAML fragments of the compliant agreement and their variants with a second execution body or technology consortia.</summary>
internal static class Structures
{
    /// <summary>The compliant agreement's execution body.</summary>
    public const string Secretariat = "    - { id: secretariat, role: execution, name: Secretariat, hostedBy: lighthouse, fullTimeStaff: 3 }";

    /// <summary>The secretariat followed by a project office with the execution role, neither staffed nor hosted.</summary>
    public const string TwoExecutionBodies = Secretariat + "\n    - { id: project-office, role: execution, name: Project Office }";

    /// <summary>A technology consortium of both members, appended to the agreement.</summary>
    public const string Consortium = """
        consortia:
          - { id: waterborne, name: Waterborne Coatings Consortium, localName: 水性涂料联合体, lead: lighthouse, members: [lighthouse, university], goals: [G1], clause: 第六条 }

        """;
}
