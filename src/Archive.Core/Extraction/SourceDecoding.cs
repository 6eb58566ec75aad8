using System.Buffers;
using System.Text;

namespace Archive.Extraction;

/// <summary>
/// Turns a source file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or legacy
/// Windows-1258. A UTF-8 file with some lines in a legacy code page is read line by line, and the
/// lines that were not UTF-8 are named in <see cref="Decoded.Damage"/>.
/// </summary>
public static class SourceDecoding
{
    public const string Utf8 = "utf-8";
    public const string Windows1258 = "windows-1258";

    private static readonly UTF8Encoding StrictUtf8 = new(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true);

    static SourceDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public sealed record Decoded(string Text, string Encoding)
    {
        /// <summary>
        /// What was not in <see cref="Encoding"/>: "line 12: 3 bytes not UTF-8, read as windows-1258".
        /// </summary>
        public IReadOnlyList<string> Damage { get; init; } = [];
    }

    /// <summary>The text, or null with the reason it is not a readable text file.</summary>
    public static (Decoded? Decoded, string? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        Decoded decoded;
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
                decoded = LineByLine(bytes);
            }
        }

        if (string.IsNullOrWhiteSpace(decoded.Text))
            return (null, bytes.Length == 0 ? "empty file" : "only whitespace");
        if (LooksBinary(decoded.Text))
            return (null, $"not a text file (control characters; read as {decoded.Encoding})");
        return (decoded, null);
    }

    /// <summary>
    /// Some bytes are not UTF-8. A file with no UTF-8 letters at all is a legacy file; one that has
    /// some was damaged (pasted or concatenated from two sources), so each line is read by itself and
    /// only the lines that are not UTF-8 are read as Windows-1258.
    /// </summary>
    private static Decoded LineByLine(ReadOnlySpan<byte> bytes)
    {
        var legacy = Encoding.GetEncoding(1258);
        var lines = new List<string>();
        var damage = new List<string>();
        var hasUtf8Letters = false;
        var number = 0;
        foreach (var range in bytes.Split((byte)'\n'))
        {
            number++;
            var line = bytes[range];
            var invalid = InvalidUtf8Bytes(line);
            if (invalid == 0)
            {
                hasUtf8Letters |= line.ContainsAnyExceptInRange((byte)0, (byte)0x7F);
                lines.Add(StrictUtf8.GetString(line));
            }
            else
            {
                // Legacy Vietnamese code page: tone marks come out as combining characters, so NFC follows.
                lines.Add(legacy.GetString(line));
                var unit = invalid == 1 ? "byte" : "bytes";
                damage.Add($"line {number}: {invalid} {unit} not UTF-8, read as {Windows1258}");
            }
        }
        if (!hasUtf8Letters) return new(legacy.GetString(bytes), Windows1258);
        return new(string.Join('\n', lines), Utf8) { Damage = damage };
    }

    private static int InvalidUtf8Bytes(ReadOnlySpan<byte> line)
    {
        var invalid = 0;
        while (!line.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(line, out _, out var consumed);
            if (status != OperationStatus.Done) invalid += consumed;
            line = line[consumed..];
        }
        return invalid;
    }

    private static bool LooksBinary(string text)
    {
        var controls = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        return controls > 0 && controls * 100 >= text.Length;
    }
}
