using System.Text.RegularExpressions;

namespace Archive.Text;

/// <summary>The archive's one way of making a name into a URL segment.</summary>
public static partial class Slugs
{
    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NotSlug();

    /// <summary>"32-KL/TW" → "32-kl-tw"; "Ban Thường vụ Tỉnh ủy" → "ban-thuong-vu-tinh-uy".</summary>
    public static string Of(string name) => NotSlug().Replace(VietnameseText.Fold(name), "-").Trim('-');
}
