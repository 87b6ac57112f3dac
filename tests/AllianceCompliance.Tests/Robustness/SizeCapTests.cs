using AllianceCompliance.Findings;
using AllianceCompliance.Loading;

namespace AllianceCompliance.Tests.Robustness;

/// <summary>A file far over the size cap is refused without being read into memory.</summary>
public sealed class SizeCapTests
{
    private const long Gigabyte = 1024L * 1024 * 1024;

    [Test]
    public void CheckFile_SparseFileOfOneGigabyte_IsRefusedWithoutReadingIt()
    {
        var directory = Directory.CreateTempSubdirectory("alliance-size-");
        try
        {
            var path = Path.Combine(directory.FullName, "huge.yaml");
            using (var file = new FileStream(path, FileMode.CreateNew))
            {
                file.SetLength(Gigabyte);
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            var report = Agreements.Checker.CheckFile(path);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            report.Verdict.ShouldBe(Verdict.Invalid);
            var error = report.Findings.ShouldHaveSingleItem();
            (error.RuleId, error.Location.Line, error.Location.Column).ShouldBe(("AC003", 1, 1));
            error.Message.English.ShouldContain(Gigabyte.ToString(System.Globalization.CultureInfo.InvariantCulture));
            allocated.ShouldBeLessThan(1024 * 1024, "the file must not be read");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Check_EndlessStreamThatCannotSeek_ReadsLittleMoreThanTheLimit()
    {
        var limits = new LoadLimits { MaxBytes = 1024 * 1024 };
        var checker = new AgreementChecker(Agreements.Checker.Rules, limits);
        using var endless = new EndlessStream();

        var report = Bounded.Run(() => checker.Check(endless, "-"), TimeSpan.FromSeconds(60), "Checking an endless stream");

        report.Verdict.ShouldBe(Verdict.Invalid);
        report.Findings.ShouldHaveSingleItem().RuleId.ShouldBe("AC003");
        endless.BytesRead.ShouldBeLessThanOrEqualTo(limits.MaxBytes + (128 * 1024));
    }

    [Test]
    public void Check_SeekableStreamOverTheLimit_IsRefusedBeforeAnyRead()
    {
        using var stream = new CountingStream(new MemoryStream(new byte[2 * 1024 * 1024]));

        var report = new AgreementChecker(Agreements.Checker.Rules, new LoadLimits { MaxBytes = 1024 * 1024 }).Check(stream, "big.yaml");

        report.Findings.ShouldHaveSingleItem().RuleId.ShouldBe("AC003");
        stream.BytesRead.ShouldBe(0);
    }
}
