using System.Diagnostics.CodeAnalysis;

namespace Archive.Storage;

/// <summary>
/// One copy of each equal string. Reading JSON gives every occurrence of a repeated name, title or
/// sentence its own copy; the files beside the index repeat them thousands of times.
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);

    [return: NotNullIfNotNull(nameof(text))]
    public string? One(string? text) => text is null ? null : strings.TryAdd(text, text) ? text : strings[text];
}
