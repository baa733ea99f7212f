using System.Text;
using static Grain.Web.Pages.Html;

namespace Grain.Web.Pages;

/// <summary>The page shell: head, navigation, main, footer.</summary>
public static class Layout
{
    private static readonly (string Key, string Href, string Label)[] Nav =
    [
        ("dashboard", "/", "Dashboard"),
        ("library", "/library", "Library"),
        ("review", "/review", "Review"),
        ("problems", "/problems", "Problems"),
        ("practice", "/practice", "Practice"),
        ("plan", "/plan", "Plan"),
        ("mock", "/mock", "Mock loop"),
        ("progress", "/progress", "Progress"),
        ("guides", "/guides", "Guides"),
    ];

    private static readonly string AssetVersion = ComputeAssetVersion();

    /// <summary>A full HTML page; <paramref name="section"/> marks the current navigation entry.</summary>
    public static IResult Page(string title, string body, string section = "", int status = 200, string mainClass = "")
    {
        var html = new StringBuilder(body.Length + 3000)
            .Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"color-scheme\" content=\"light\">")
            .Append(Security.FormToken.Meta())
            .Append("<title>").Append(E(title)).Append(" · Grain</title>")
            .Append("<link rel=\"icon\" href=\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='4' fill='%238a4b00'/%3E%3C/svg%3E\">")
            .Append($"<link rel=\"stylesheet\" href=\"/dist/style.css?v={AssetVersion}\">")
            .Append($"<script defer src=\"/dist/app.js?v={AssetVersion}\"></script>")
            .Append("</head><body><a class=\"skip\" href=\"#main\">Skip to content</a>")
            .Append("<header class=\"top\"><div class=\"top-inner\">")
            .Append("<a class=\"brand\" href=\"/\"><span class=\"brand-mark\" aria-hidden=\"true\">G</span>Grain</a>")
            .Append("<button class=\"nav-toggle btn-quiet\" type=\"button\" data-nav-toggle aria-expanded=\"false\" aria-controls=\"nav\">Menu</button>")
            .Append("<nav id=\"nav\" class=\"nav\" aria-label=\"Main\">");
        foreach (var (key, href, label) in Nav)
        {
            var current = key == section ? " aria-current=\"page\"" : "";
            html.Append($"<a href=\"{href}\"{current}>{label}</a>");
        }
        html.Append("</nav></div></header>")
            .Append($"<main id=\"main\" class=\"{mainClass}\" tabindex=\"-1\">").Append(body).Append("</main>")
            .Append("<footer class=\"foot\">Grain · practice for data-engineering interviews · runs on your machine, offline</footer>")
            .Append("</body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>An HTML fragment for htmx swaps.</summary>
    public static IResult Fragment(string html, int status = 200) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);

    private static string ComputeAssetVersion()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "wwwroot", "dist", "app.js");
        return File.Exists(file) ? File.GetLastWriteTimeUtc(file).Ticks.ToString("x", System.Globalization.CultureInfo.InvariantCulture) : "0";
    }
}
