using Grain.Core.Content;
using YamlDotNet.RepresentationModel;

namespace Grain.Web.Pages;

/// <summary>The comparison rules of a SQL problem, read from its tests.yaml and said in words.</summary>
public static class ComparisonRules
{
    private static readonly string[] SectionNames = ["compare", "comparison", "rules"];

    /// <summary>The rules in words, one sentence each; defaults where the problem states nothing.</summary>
    public static IReadOnlyList<string> Describe(Problem problem)
    {
        var rules = Read(problem);
        var lines = new List<string>
        {
            rules.GetValueOrDefault("order") is "strict" or "ordered" or "true"
                ? "Row order matters: sort as the statement asks."
                : "Row order does not matter.",
            rules.GetValueOrDefault("columns") is "names" or "by-name" or "name"
                ? "Columns are matched by name: use the names the statement gives."
                : "Columns are compared by position; their names are ignored.",
        };
        var tolerance = rules.GetValueOrDefault("float_tolerance") ?? rules.GetValueOrDefault("tolerance") ?? rules.GetValueOrDefault("float");
        lines.Add(tolerance is { Length: > 0 } t ? $"Numbers are equal within {t}." : "Numbers are equal within a small tolerance (1e-6).");
        lines.Add("NULL equals NULL when rows are compared.");
        foreach (var (key, value) in rules.Where(r => r.Key is not ("order" or "columns" or "float_tolerance" or "tolerance" or "float" or "nulls")))
        {
            lines.Add($"{key.Replace('_', ' ')}: {value}");
        }
        return lines;
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
