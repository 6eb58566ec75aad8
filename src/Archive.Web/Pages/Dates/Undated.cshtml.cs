using Archive.Browse;
using Archive.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Dates;

/// <summary>Documents with neither a meeting nor a publication date: listed, never hidden.</summary>
public sealed class UndatedModel(ArchiveHost archive) : PageModel
{
    public IReadOnlyList<DocumentSummary> Documents { get; } = archive.Index.Catalog.Undated.ToList();
}
