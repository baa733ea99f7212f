using System.Text;
using Grain.Content;
using static Grain.Web.Pages.Html;

namespace Grain.Web.Pages;

/// <summary>The dashboard: today's work at a glance.</summary>
public static class DashboardPages
{
    public static void MapDashboardPages(this WebApplication app)
    {
        app.MapGet("/", (ContentLibrary library) => Dashboard(library));
    }

    private static IResult Dashboard(ContentLibrary library)
    {
        var body = new StringBuilder()
            .Append("<div class=\"hero\"><h1>Today</h1><p class=\"lead\">A little every day: review what is due, solve one problem, practise one round.</p></div>")
            .Append("<div class=\"grid\">")
            .Append($"<a class=\"card\" href=\"/library?kind=card\"><div class=\"stat\">{library.Cards.Count}</div><div class=\"stat-label\">concept cards</div></a>")
            .Append($"<a class=\"card\" href=\"/problems\"><div class=\"stat\">{library.Problems.Count}</div><div class=\"stat-label\">problems</div></a>")
            .Append($"<a class=\"card\" href=\"/practice\"><div class=\"stat\">{library.Designs.Count + library.Modeling.Count + library.Behavioral.Count}</div><div class=\"stat-label\">practice exercises</div></a>")
            .Append("</div>");
        return Layout.Page("Dashboard", body.ToString(), "dashboard");
    }
}
