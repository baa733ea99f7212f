using System.Text;
using Grain.Core.Content;
using YamlDotNet.RepresentationModel;
using static Grain.Web.Pages.Html;

namespace Grain.Web.Pages;

/// <summary>The comparison rules of a SQL problem, read from its tests.yaml and said in words.</summary>
public static class ComparisonRules
{
    private static readonly string[] SectionNames = ["compare", "comparison", "rules"];

    /// <summary>The rules as an HTML list; defaults where the problem states nothing.</summary>
    public static string Html(Problem problem)
    {
        var rules = Read(problem);
        var html = new StringBuilder("<ul class=\"rules\">");
        html.Append("<li>").Append(rules.GetValueOrDefault("order") is "strict" or "ordered" or "true"
            ? "Row order <strong>matters</strong>: sort as the statement asks."
            : "Row order does not matter.").Append("</li>");
        html.Append("<li>").Append(rules.GetValueOrDefault("columns") is "names" or "by-name" or "name"
            ? "Columns are matched <strong>by name</strong>: use the names the statement gives."
            : "Columns are compared by position; their names are ignored.").Append("</li>");
        var tolerance = rules.GetValueOrDefault("float_tolerance") ?? rules.GetValueOrDefault("tolerance") ?? rules.GetValueOrDefault("float");
        html.Append("<li>").Append(tolerance is { Length: > 0 } t ? $"Numbers are equal within {E(t)}." : "Numbers are equal within a small tolerance (1e-6).").Append("</li>");
        html.Append("<li>NULL equals NULL when rows are compared.</li>");
        foreach (var (key, value) in rules.Where(r => r.Key is not ("order" or "columns" or "float_tolerance" or "tolerance" or "float" or "nulls")))
        {
            html.Append($"<li>{E(key.Replace('_', ' '))}: {E(value)}</li>");
        }
        return html.Append("</ul>").ToString();
    }

    private static Dictionary<string, string> Read(Problem problem)
    {
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Path.Combine(problem.Directory, "tests.yaml");
        if (!File.Exists(path))
        {
            return rules;
        }
        try
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(path);
            stream.Load(reader);
            if (stream.Documents.FirstOrDefault()?.RootNode is not YamlMappingNode root)
            {
                return rules;
            }
            foreach (var (key, value) in root.Children)
            {
                if (key is YamlScalarNode { Value: { } name } && SectionNames.Contains(name) && value is YamlMappingNode section)
                {
                    foreach (var (k, v) in section.Children)
                    {
                        if (k is YamlScalarNode { Value: { } rk } && v is YamlScalarNode { Value: { } rv })
                        {
                            rules[rk] = rv;
                        }
                    }
                }
            }
        }
        catch (YamlDotNet.Core.YamlException)
        {
            // A broken tests.yaml is reported by `grain content check`; the page shows the defaults.
        }
        return rules;
    }
}
