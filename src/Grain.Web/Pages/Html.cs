using System.Net;
using Markdig;

namespace Grain.Web.Pages;

/// <summary>Small helpers for server-rendered HTML: encoding, Markdown, chips.</summary>
public static class Html
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    /// <summary>HTML-encodes text (null becomes empty).</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>URL-encodes a query or path value.</summary>
    public static string U(string? text) => Uri.EscapeDataString(text ?? "");

    /// <summary>Markdown to HTML with raw HTML disabled, so content can never inject markup.</summary>
    /// Content is immutable once loaded, so each text is rendered once and cached (bounded).
    public static string Md(string markdown)
    {
        markdown ??= "";
        if (RenderCache.TryGetValue(markdown, out var html))
        {
            return html;
        }
        html = Markdown.ToHtml(markdown, Pipeline);
        if (RenderCache.Count < 20_000)
        {
            RenderCache[markdown] = html;
        }
        return html;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> RenderCache = new(StringComparer.Ordinal);

    /// <summary>One line of Markdown without the surrounding paragraph.</summary>
    public static string MdInline(string markdown)
    {
        var html = Md(markdown).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;
    }

    /// <summary>A bullet list of Markdown lines.</summary>
    public static string List(IEnumerable<string> items, string css = "") =>
        $"<ul class=\"{css}\">" + string.Concat(items.Select(i => $"<li>{MdInline(i)}</li>")) + "</ul>";

    /// <summary>A small rounded label.</summary>
    public static string Chip(string text, string css = "") => $"<span class=\"chip {css}\">{E(text)}</span>";

    /// <summary>An option element, selected when it matches the current value.</summary>
    public static string Option(string value, string label, string? current) =>
        $"<option value=\"{E(value)}\"{(string.Equals(value, current, StringComparison.Ordinal) ? " selected" : "")}>{E(label)}</option>";

    /// <summary>A level as users read it.</summary>
    public static string LevelText(Grain.Core.Content.Level level) => level.ToString().ToLowerInvariant();

    /// <summary>The page a content item lives on.</summary>
    public static string UrlOf(Grain.Core.Content.IContentItem item) => item.Kind switch
    {
        "card" => $"/cards/{U(item.Id)}",
        "problem" => $"/problems/{U(item.Id)}",
        _ => $"/practice/{U(item.Id)}",
    };

    /// <summary>The kind of an item as users read it.</summary>
    public static string KindText(string kind) => kind switch
    {
        "card" => "Concept card",
        "problem" => "Coding problem",
        "design" => "System design",
        "modeling" => "Data modelling",
        "behavioral" => "Behavioural",
        _ => kind,
    };

    /// <summary>A labelled filter select with an "All" choice.</summary>
    public static string FilterSelect(string name, string label, IEnumerable<(string Value, string Label)> options, string? current) =>
        $"<div class=\"field\"><label for=\"f-{name}\">{label}</label><select id=\"f-{name}\" name=\"{name}\"><option value=\"\">All</option>" +
        string.Concat(options.Select(o => Option(o.Value, o.Label, current))) + "</select></div>";
}
