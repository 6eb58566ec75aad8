using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Archive.Storage;

/// <summary>
/// The JSON files kept beside the index, read and written as streams. Going through one string instead
/// rents a buffer the size of the file from the shared array pool, which keeps it for the life of the
/// site: at 100k documents, hundreds of megabytes after reading the catalog.
/// </summary>
public static class JsonFile
{
    /// <summary>
    /// JSON as stored and served: camelCase, Vietnamese letters unescaped, HTML-sensitive characters escaped.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    internal static T? Read<T>(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        return JsonSerializer.Deserialize<T>(stream, JsonFile.Options);
    }

    internal static void Write<T>(string path, T value)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
        JsonSerializer.Serialize(stream, value, JsonFile.Options);
    }
}
