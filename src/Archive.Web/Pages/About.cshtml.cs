using Archive.Web.Help;

namespace Archive.Web.Pages;

public sealed class AboutModel(HelpPages help) : PageModel
{
    public string Html { get; } = help.Html("about")!;
}
