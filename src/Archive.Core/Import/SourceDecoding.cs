using System.Text;

namespace Archive.Import;

/// <summary>Turns a source file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or legacy Windows-1258.</summary>
public static class SourceDecoding
{
    public const string Utf8 = "utf-8";
    public const string Windows1258 = "windows-1258";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SourceDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public sealed record Decoded(string Text, string Encoding);

    /// <summary>The text, or null with the reason it is not a readable text file.</summary>
    public static (Decoded? Decoded, string? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        Decoded decoded;
        // Not "\xEF\xBB\xBF"u8: a u8 literal UTF-8-encodes the characters U+00EF..., which is not the BOM.
        if (bytes.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]))
            bytes = bytes[3..];

        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]))
            decoded = new(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        else if (bytes.StartsWith([(byte)0xFE, (byte)0xFF]))
            decoded = new(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        else
        {
            try
            {
                decoded = new(StrictUtf8.GetString(bytes), Utf8);
            }
            catch (DecoderFallbackException)
            {
                // Legacy Vietnamese code page: tone marks come out as combining characters, so NFC follows.
                decoded = new(Encoding.GetEncoding(1258).GetString(bytes), Windows1258);
            }
        }

        if (string.IsNullOrWhiteSpace(decoded.Text))
            return (null, bytes.Length == 0 ? "empty file" : "only whitespace");
        if (LooksBinary(decoded.Text))
            return (null, $"not a text file (control characters; read as {decoded.Encoding})");
        return (decoded, null);
    }

    private static bool LooksBinary(string text)
    {
        var controls = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        return controls > 0 && controls * 100 >= text.Length;
    }
}
