using Archive.Web.Help;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

public sealed class AboutModel(HelpPages help) : PageModel
{
    public string Html { get; } = help.Html("about")!;
}
