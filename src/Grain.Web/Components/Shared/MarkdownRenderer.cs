using System.Collections.Concurrent;
using Markdig;

namespace Grain.Web.Components.Shared;

/// <summary>Markdown to HTML with raw HTML disabled, so content can never inject markup; only <see cref="TrustedMarkdownHtml"/> emits its output.</summary>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    // Content is immutable once loaded, so each text is rendered once and cached (bounded).
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> InlineCache = new(StringComparer.Ordinal);

    /// <summary>A Markdown text as HTML blocks.</summary>
    public static string ToHtml(string? markdown)
    {
        markdown ??= "";
        if (Cache.TryGetValue(markdown, out var html))
        {
            return html;
        }
        html = ScrollInOwnBox(Markdown.ToHtml(markdown, Pipeline));
        if (Cache.Count < 20_000)
        {
            Cache[markdown] = html;
        }
        return html;
    }

    // Code blocks and tables scroll sideways inside their own box (never the page) and take the keyboard focus, so a
    // keyboard can scroll them. Raw HTML is disabled, so every such tag here is Markdig's own.
    private static string ScrollInOwnBox(string html) => html
        .Replace("<pre>", "<pre tabindex=\"0\">", StringComparison.Ordinal)
        .Replace("<table>", "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"><table>", StringComparison.Ordinal)
        .Replace("</table>", "</table></div>", StringComparison.Ordinal);

    /// <summary>One line of Markdown without the surrounding paragraph.</summary>
    public static string ToInlineHtml(string? markdown)
    {
        markdown ??= "";
        if (InlineCache.TryGetValue(markdown, out var inline))
        {
            return inline;
        }
        var html = ToHtml(markdown).Trim();
        inline = html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;
        if (InlineCache.Count < 20_000)
        {
            InlineCache[markdown] = inline;
        }
        return inline;
    }
}
