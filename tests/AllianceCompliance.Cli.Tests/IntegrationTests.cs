using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace AllianceCompliance.Cli.Tests;

/// <summary>
/// The integrations in the repository: the pre-commit hook's command line runs as pre-commit runs it
/// (pre-commit itself is not installed here; .ci/run runs the command line too), and the GitHub
/// Action's step is the script .ci/run runs.
/// </summary>
public sealed class IntegrationTests
{
    [Test]
    public void PreCommitHook_EntryWithTheFilesItSelects_ChecksThem()
    {
        var hook = (YamlMappingNode)((YamlSequenceNode)LoadNode(".pre-commit-hooks.yaml")).Children.Single();
        string Value(string key) => ((YamlScalarNode)hook[key]).Value!;
        Value("id").ShouldBe("alliance-check");
        Value("language").ShouldBe("system");
        var files = new Regex(Value("files"), RegexOptions.None, TimeSpan.FromSeconds(1));
        string[] candidates = ["agreements/a.yaml", "b.yml", "notes.json", "a.yaml.bak"];
        candidates.Where(c => files.IsMatch(c)).ShouldBe(["agreements/a.yaml", "b.yml"]);
        var entry = Value("entry").Split(' ');
        entry[0].ShouldBe("alliance-check");

        using var agreements = new Agreements();
        var compliant = agreements.Write("compliant.yaml", Agreement.Compliant);
        var failing = agreements.Write("led-by-university.yml", Agreements.LedByUniversity);
        var (passed, _, _) = Cli.Run([.. entry[1..], compliant]);
        var (failed, output, _) = Cli.Run([.. entry[1..], compliant, failing]);

        passed.ShouldBe(0);
        failed.ShouldBe(1);
        output.ShouldContain("led-by-university.yml:10:5: error AC208");
    }

    [Test]
    public void GithubAction_IsCompositeAndItsStepIsTheScriptCiRuns()
    {
        var action = Load("action.yml");
        var runs = (YamlMappingNode)action["runs"];
        ((YamlScalarNode)runs["using"]).Value.ShouldBe("composite");
        var step = ((YamlSequenceNode)runs["steps"]).Cast<YamlMappingNode>().Single(s => s.Children.ContainsKey("run"));
        var script = ((YamlScalarNode)step["run"]).Value!.Replace("\"", string.Empty, StringComparison.Ordinal).Replace("$GITHUB_ACTION_PATH/", string.Empty, StringComparison.Ordinal);
        var text = File.ReadAllText(Path.Combine(Repository.Root, script));
        foreach (var variable in ((YamlMappingNode)step["env"]).Children.Keys.Cast<YamlScalarNode>())
        {
            text.ShouldContain(variable.Value!, customMessage: "the script reads each input the action passes");
        }

        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(Path.Combine(Repository.Root, script)).HasFlag(UnixFileMode.UserExecute).ShouldBeTrue();
        }

        File.ReadAllText(Path.Combine(Repository.Root, ".ci", "run")).ShouldContain(script);
    }

    private static YamlMappingNode Load(string name) => (YamlMappingNode)LoadNode(name);

    private static YamlNode LoadNode(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Root, name))));
        return stream.Documents[0].RootNode;
    }
}
