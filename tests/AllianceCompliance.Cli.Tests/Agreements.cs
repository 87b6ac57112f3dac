namespace AllianceCompliance.Cli.Tests;

/// <summary>Agreement files written to a temporary folder for a test.</summary>
internal sealed class Agreements : IDisposable
{
    /// <summary>Loads cleanly, and is led by a university, so AC112 warns on line 4; uni has not signed (AC208, an error).</summary>
    public const string LedByUniversity = """
        format: alliance-agreement/v1
        alliance:
          name: Example <b>Alliance</b>
          leadMember: uni
        members:
          - id: corp
            name: Example Corp
            kind: enterprise
            legalPerson: { independent: true, creditCode: 914403001922038216 }
          - id: uni
            name: <script>alert(1)</script>
            kind: university
        agreement:
          effectiveFrom: 2012-08-29
          signatures:
            - { member: corp, signatory: Zhang San, sealed: true }
        """;

    public string Folder { get; } = Directory.CreateTempSubdirectory("alliance-check-tests-").FullName;

    public string Write(string name, string yaml)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
