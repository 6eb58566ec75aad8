using Archive.Web.Help;

namespace Archive.Web.Pages.Help;

public sealed class SearchHelpModel(HelpPages help) : PageModel
{
    public string Html { get; } = help.Html("search")!;
}
