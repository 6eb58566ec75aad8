using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary>The site's own page for an error status (404, 400, ...), re-executed by the status-code middleware.</summary>
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code)
    {
        Code = code;
        Response.StatusCode = code;
    }
}
