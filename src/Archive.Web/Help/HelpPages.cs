using Markdig;

namespace Archive.Web.Help;

/// <summary>Help pages rendered once from the Markdown files in docs/ (copied beside the site).</summary>
public sealed class HelpPages
{
    // Raw HTML in the Markdown is shown as text: the docs are content, not markup.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    private readonly Dictionary<string, string> pages = new(StringComparer.Ordinal);

    public HelpPages()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "docs");
        foreach (var name in new[] { "search", "about" })
        {
            var path = Path.Combine(folder, name + ".md");
            pages[name] = Markdown.ToHtml(File.ReadAllText(path), Pipeline);
        }
    }

    public string? Html(string name) => pages.GetValueOrDefault(name);
}
