using System.Text;
using Archive.Extraction;

namespace Archive.Tests.Extraction;

public sealed class SourceDecodingTests
{
    private const string Text = "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 26-KH/TU.";

    [Fact]
    public void StripsTheUtf8ByteOrderMark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Text)).ToArray();

        var (decoded, problem) = SourceDecoding.Decode(bytes);

        Assert.Null(problem);
        Assert.Equal(Text, decoded!.Text);
        Assert.Equal("utf-8", decoded.Encoding);
    }

    [Fact]
    public void ReadsUtf16WithByteOrderMark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Text)).ToArray();

        var (decoded, _) = SourceDecoding.Decode(bytes);

        Assert.Equal(Text, decoded!.Text);
        Assert.Equal("utf-16le", decoded.Encoding);
    }

    [Fact]
    public void FallsBackToWindows1258ForBytesThatAreNotUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1258).GetBytes("Tha\u0300nh u\u0309y Ha\u0300 Nô\u0323i");

        var (decoded, _) = SourceDecoding.Decode(bytes);

        Assert.Equal("windows-1258", decoded!.Encoding);
        Assert.Equal("Thành ủy Hà Nội", decoded.Text.Normalize(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0D, 0x0A, 0x09, 0x0A }, "whitespace")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x0A }, "whitespace")]
    [InlineData(
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 },
        "not a text file")]
    public void RefusesFilesWithoutText(byte[] bytes, string reason)
    {
        var (decoded, problem) = SourceDecoding.Decode(bytes);

        Assert.Null(decoded);
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void ReadsAFileMixingUtf8AndWindows1258LineByLineAndNamesTheDamage()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var legacy = Encoding.GetEncoding(1258).GetBytes("Tha\u0300nh u\u0309y");
        var bytes = Encoding.UTF8.GetBytes("Tỉnh ủy Nghệ An\n\n")
            .Concat(legacy)
            .Concat(Encoding.UTF8.GetBytes("\nHội nghị kết thúc."))
            .ToArray();

        var (decoded, _) = SourceDecoding.Decode(bytes);

        Assert.Equal("utf-8", decoded!.Encoding);
        Assert.Equal(
            "Tỉnh ủy Nghệ An\n\nThành ủy\nHội nghị kết thúc.",
            decoded.Text.Normalize(NormalizationForm.FormC));
        Assert.Equal(["line 3: 2 bytes not UTF-8, read as windows-1258"], decoded.Damage);
    }

    [Fact]
    public void NamesNoDamageInAWholeWindows1258File()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1258).GetBytes("Tha\u0300nh u\u0309y\nHa\u0300 Nô\u0323i");

        var (decoded, _) = SourceDecoding.Decode(bytes);

        Assert.Equal("windows-1258", decoded!.Encoding);
        Assert.Empty(decoded.Damage);
    }
}
