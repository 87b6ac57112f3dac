using System.Collections.Immutable;
using AllianceCompliance.Model;
using AllianceCompliance.Rules.Reading;
using YamlDotNet.RepresentationModel;

namespace AllianceCompliance.Rules.Tests.Reading;

/// <summary>
/// The labelled corpus (<c>Reading/corpus.yaml</c>): over 200 clause texts in Chinese and English,
/// about 40 % of which must not be flagged, each read as the value of its duty and compared with
/// its label: what the reading finds, and the phrase it quotes.
/// </summary>
public sealed class ReadingCorpusTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Reading", "corpus.yaml"))));
        var cases = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("cases")];
        var number = 0;
        foreach (YamlMappingNode item in cases)
        {
            number++;
            string? Field(string key) => item.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value : null;
            var methods = item.Children.TryGetValue(new YamlScalarNode("method"), out var m)
                ? ((YamlSequenceNode)m).Children.Select(c => Enum.Parse<DisputeMethod>(((YamlScalarNode)c).Value!, ignoreCase: true)).ToImmutableArray()
                : [];
            var corpusCase = new CorpusCase(Field("duty")!, Field("text"), Field("forum"), methods, Field("expect")!, Field("phrase"));
            yield return new TestCaseData(corpusCase).SetName($"Corpus {number:000} {corpusCase.Expect}: {corpusCase.Text ?? corpusCase.Forum}");
        }
    }

    [Test]
    public void Corpus_IsLargeEnough_AndAbout40PercentMustNotBeFlagged()
    {
        var cases = Cases().Select(c => (CorpusCase)c.Arguments[0]!).ToList();

        cases.Count.ShouldBeGreaterThanOrEqualTo(200);
        ((double)cases.Count(c => c.Expect == "none") / cases.Count).ShouldBeInRange(0.35, 0.5);
        cases.ShouldContain(c => (c.Text ?? c.Forum)!.Any(ch => ch >= '\u4e00'));
        cases.ShouldContain(c => (c.Text ?? c.Forum)!.All(ch => ch < '\u0250'));
    }

    [TestCaseSource(nameof(Cases))]
    public void Reading_IsAsLabelled(CorpusCase corpusCase)
    {
        var reading = corpusCase.Read();

        var found = new Dictionary<string, PhraseHit?>
        {
            ["unsettled"] = reading.Unsettled,
            ["details"] = reading.DetailsDeferral,
            ["refusal"] = reading.Refusal,
            ["both-ways"] = reading.BothWays,
            ["not-binding"] = reading.NotBinding,
        };
        var flagged = found.Where(f => f.Value is not null).Select(f => f.Key).ToList();
        if (reading.Duty is Duty.Standing or Duty.Expertise && reading.SaysNothing)
        {
            flagged = ["nothing"];
        }

        if (reading.Uncommitted)
        {
            flagged.Add("uncommitted");
        }

        flagged.ShouldBe(corpusCase.Expect == "none" ? [] : [corpusCase.Expect], reading.Explain().English);
        if (corpusCase.Phrase is not null)
        {
            found[corpusCase.Expect]!.Phrase.ShouldBe(corpusCase.Phrase, reading.Explain().English);
        }
    }

    /// <summary>A labelled case of the corpus.</summary>
    public sealed record CorpusCase(string Duty, string? Text, string? Forum, ImmutableArray<DisputeMethod> Methods, string Expect, string? Phrase)
    {
        internal ClauseReading Read()
        {
            var duty = Enum.Parse<Duty>(Duty.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
            return duty == Rules.Reading.Duty.Dispute
                ? ClauseReader.ReadDispute(new DisputeResolution(null, Methods, Forum) { Text = Text })
                : ClauseReader.ReadText(duty, Text!);
        }

        public override string ToString() => Text ?? Forum ?? string.Empty;
    }
}
