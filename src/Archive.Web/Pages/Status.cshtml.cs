using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace Archive.Web.Pages;

/// <summary>
/// The site's own page for an error status (404, 400, ...), re-executed by the status-code middleware.
/// </summary>
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public IActionResult OnGet(int code)
    {
        // Only the status-code middleware may show this page; asked for directly it would answer any
        // code a client names (/status/500, a broken /status/0), so it is simply not there.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not { } reExecuted)
            return NotFound();
        Code = code;
        Response.StatusCode = code;
        // The API's errors are problem details, whatever middleware answered them.
        if (reExecuted.WasApi())
            return new ObjectResult(new ProblemDetails { Status = code, Title = ReasonPhrases.GetReasonPhrase(code) })
            {
                StatusCode = code,
                ContentTypes = { "application/problem+json" },
            };
        return Page();
    }
}
