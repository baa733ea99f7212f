using System.Net;
using System.Text;
using Markdig;

namespace Grain.Web.Pages;

/// <summary>Small helpers for server-rendered HTML: encoding, Markdown and the page layout.</summary>
public static class Html
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>Markdown to HTML with raw HTML disabled, so content can never inject markup.</summary>
    public static string Md(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    public static IResult Page(string title, string body, int status = 200)
    {
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append(" · Grain</title>")
            .Append("<style>").Append(Style).Append("</style></head><body>")
            .Append("<header class=\"top\"><a class=\"brand\" href=\"/\">Grain</a><nav><a href=\"/library\">Library</a></nav></header>")
            .Append("<main>").Append(body).Append("</main></body></html>")
            .ToString();
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private const string Style = """
        :root{--fg:#1d2330;--muted:#5b6475;--bg:#fbfaf7;--card:#fff;--line:#e4e1d8;--accent:#8a5a00}
        *{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
        .top{display:flex;gap:1.5rem;align-items:center;padding:.8rem 1.2rem;border-bottom:1px solid var(--line);background:var(--card)}
        .brand{font-weight:700;color:var(--accent);text-decoration:none;font-size:1.2rem}nav a{color:var(--fg);margin-right:1rem}
        main{max-width:60rem;margin:0 auto;padding:1.2rem}h1{font-size:1.6rem}.muted{color:var(--muted)}
        ul.cards{list-style:none;padding:0}ul.cards li{padding:.5rem .7rem;border:1px solid var(--line);border-radius:8px;margin:.4rem 0;background:var(--card)}
        section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:.4rem 1rem;margin:1rem 0}
        a{color:#174ea6}code,pre{background:#f1efe9;border-radius:4px}pre{padding:.6rem;overflow:auto}
        """;
}
