namespace Archive.Web;

/// <summary>
/// Marker for the interface texts. Keys are the Vietnamese texts themselves (the site's first
/// language, shown when no translation applies); Resources/SharedResource.en.resx holds the English.
/// </summary>
public sealed class SharedResource;
