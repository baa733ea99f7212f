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
        html = Markdown.ToHtml(markdown, Pipeline);
        if (Cache.Count < 20_000)
        {
            Cache[markdown] = html;
        }
        return html;
    }

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
