namespace Archive.Web.Citing;

/// <summary>
/// A format a document or a search can be taken away in: its name (`format=`), how pages label it, its
/// media type (what `Accept` may ask for) and its file extension.
/// </summary>
public sealed record FileFormat(string Name, string Label, string MediaType, string Extension)
{
    /// <summary>
    /// The format a request asks for among these, by `format=` (whatever it names, so that a wrong name
    /// can be refused) or else by `Accept`; null when it asks for none.
    /// </summary>
    public static string? Asked(HttpRequest request, IEnumerable<FileFormat> formats)
    {
        if (request.Query["format"].ToString() is { Length: > 0 } named) return named;
        var accept = request.Headers.Accept.ToString();
        return formats.FirstOrDefault(f => accept.Contains(f.MediaType, StringComparison.OrdinalIgnoreCase))?.Name;
    }
}
