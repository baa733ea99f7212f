using System.Text;
using Grain.Core.Content;
using Grain.Judge.Sql;
using static Grain.Web.Pages.Html;

namespace Grain.Web.Pages;

/// <summary>The comparison rules of a SQL problem as the judge reads them, as an HTML list.</summary>
public static class ComparisonRules
{
    /// <summary>One list item per rule line from <see cref="SqlJudge.DescribeRules"/>.</summary>
    public static string Html(Problem problem)
    {
        var html = new StringBuilder("<ul class=\"rules\">");
        foreach (var line in SqlJudge.DescribeRules(problem))
        {
            html.Append("<li>").Append(E(line)).Append("</li>");
        }
        return html.Append("</ul>").ToString();
    }
}
