namespace Archive.Web.Pages;

/// <summary>
/// A page that lists a long list <see cref="ListPages.Size"/> at a time (`?page=N`); a page past the end is
/// a 404.
/// </summary>
public abstract class ListPageModel<T> : PageModel
{
    public ListPage<T> List { get; private set; } = null!;

    /// <summary>The whole list, in the order it is shown.</summary>
    protected abstract IReadOnlyList<T> All();

    public IActionResult OnGet()
    {
        if (ListPages.Of(All(), Request) is not { } page) return NotFound();
        List = page;
        return Page();
    }
}
