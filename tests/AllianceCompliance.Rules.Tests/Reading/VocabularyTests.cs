using AllianceCompliance.Rules.Reading;

namespace AllianceCompliance.Rules.Tests.Reading;

public sealed class VocabularyTests
{
    [Test]
    public void Instance_LoadsTheEmbeddedFiles_WithPhrasesOfEveryCategory()
    {
        var vocabulary = Vocabulary.Instance;

        vocabulary.Entries.Select(e => e.Category).Distinct().Order().ShouldBe(Enum.GetValues<PhraseCategory>());
        vocabulary.NameOf(Duty.RevenueSharing).Chinese.ShouldBe("成果转化收益分配");
        vocabulary.NameOf(Duty.RevenueSharing).English.ShouldBe("distribution of revenue from the results");
    }

    [Test]
    public void EveryDuty_HasANameAndAFix_InBothLanguages()
    {
        foreach (var duty in Enum.GetValues<Duty>())
        {
            var name = Vocabulary.Instance.NameOf(duty);
            var fix = Vocabulary.Instance.FixOf(duty);
            new[] { name.English, name.Chinese, fix.English, fix.Chinese }.ShouldAllBe(t => t.Length > 0 && t != duty.ToString(), duty.ToString());
        }
    }

    [Test]
    public void ChineseVocabulary_IsWrittenInSimplifiedCharacters_SoTheTraditionalTableFoldsOntoIt()
    {
        var folding = Vocabulary.Instance.Folding;
        var phrases = Vocabulary.Instance.Entries.SelectMany(e => e.Phrases.Concat(e.CancelledBy)).Select(p => p.Written);

        phrases.Where(p => p.Any(c => folding[c] != c && c > '\u2e7f' && c < '\uff00')).ShouldBeEmpty();
    }

    [TestCase("許可條件另行約定", "许可条件另行约定")]
    [TestCase("Ｔｏ ｂｅ ａｇｒｅｅｄ，", "to be agreed,")]
    public void Folding_MapsTraditionalAndFullWidthOneCharacterForOne(string written, string folded) =>
        new string([.. written.Select(c => Vocabulary.Instance.Folding[c])]).ShouldBe(folded);

    [Test]
    public void Read_AHugeValueFullOfPhrases_ReadsItInOnePass()
    {
        // Every 具体 pairs with the next 另行约定 and every hit looks for its cancelling phrases: with
        // a search per pair this text would take hours; read in one pass it is quick. (No timing here:
        // the test finishes, and the reading is the one expected.)
        var text = string.Concat(Enumerable.Repeat("具体比例另行约定；", 50_000)) + new string('具', 100_000) + "另行约定";

        var reading = ClauseReader.ReadText(Duty.RevenueSharing, text);

        reading.DetailsDeferral.ShouldBeNull();
        reading.Unsettled!.Phrase.ShouldBe("具体比例另行约定");
    }
}
