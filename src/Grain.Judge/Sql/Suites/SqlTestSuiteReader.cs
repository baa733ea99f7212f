using System.Globalization;
using Grain.Judge.Sql.Comparison;
using Grain.Judge.SqlDatasets;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Grain.Judge.Sql.Suites;

/// <summary>Reads a SQL problem's tests.yaml; every mistake becomes a <see cref="SqlSuiteException"/> naming the file and line.</summary>
public static class SqlTestSuiteReader
{
    /// <summary>Reads <c>tests.yaml</c> of a problem folder.</summary>
    public static SqlTestSuite Read(string problemDirectory, string? datasetFromFrontMatter)
    {
        var path = Path.Combine(problemDirectory, "tests.yaml");
        if (!File.Exists(path))
        {
            throw new SqlSuiteException($"{path}:1: missing tests.yaml");
        }
        SuiteFile raw;
        try
        {
            raw = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
                .Deserialize<SuiteFile>(File.ReadAllText(path)) ?? new SuiteFile();
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new SqlSuiteException($"{path}:{ex.Start.Line}: {(ex.InnerException ?? ex).Message}");
        }
        var dataset = raw.Dataset ?? datasetFromFrontMatter ?? throw new SqlSuiteException($"{path}:1: no dataset named (front matter 'dataset' or 'dataset:' here)");
        var kind = raw.Kind switch
        {
            null or "query" => SqlProblemKind.Query,
            "script" => SqlProblemKind.Script,
            var other => throw new SqlSuiteException($"{path}:1: unknown kind '{other}' (query or script)"),
        };
        var rules = Rules(raw.Compare ?? new CompareFile(), raw.Columns ?? [], path);
        var setup = raw.Setup ?? [];
        var cases = raw.Cases.Select((c, i) => new SqlCase(
            c.Name ?? $"case {i + 1}",
            c.Group ?? (c.Size is null ? "example" : "hidden"),
            new DatasetRef(dataset, c.Size, c.Seed ?? i + 1, [.. setup, .. c.Setup ?? []]))).ToList();
        if (cases.Count == 0)
        {
            throw new SqlSuiteException($"{path}:1: no cases");
        }
        if (cases.FirstOrDefault(c => c.Group is not ("example" or "hidden")) is { } bad)
        {
            throw new SqlSuiteException($"{path}:1: case '{bad.Name}' has group '{bad.Group}' (example or hidden)");
        }
        var plan = raw.Plan is { } p ? new PlanRules(p.RequireIndex ?? [], p.RequireIndexOn ?? [], p.ForbidFullScan ?? [], p.Case) : PlanRules.None;
        if (plan.CaseName is { } planCase && cases.All(c => c.Name != planCase))
        {
            throw new SqlSuiteException($"{path}:1: plan case '{planCase}' is not a case of this problem");
        }
        ScriptRules? script = null;
        if (kind == SqlProblemKind.Script)
        {
            var s = raw.Script ?? throw new SqlSuiteException($"{path}:1: a script problem needs 'script:' with 'allow' and 'query'");
            script = new ScriptRules(s.Allow ?? [], s.Query ?? throw new SqlSuiteException($"{path}:1: script.query is missing"), s.MaxStatements ?? 5);
        }
        return new SqlTestSuite(dataset, kind, rules, raw.Columns ?? [], cases, plan, script,
            TimeSpan.FromMilliseconds(raw.Limits?.TimeoutMs ?? 3000), raw.Limits?.MaxRows ?? 200_000);
    }

    /// <summary>The <c>compare:</c> section as typed rules.</summary>
    private static ComparisonRules Rules(CompareFile compare, List<string> columns, string path)
    {
        (RowOrder order, List<OrderKey> keys) = compare.Order switch
        {
            null or "any" => (RowOrder.Any, new List<OrderKey>()),
            "strict" => (RowOrder.Strict, new List<OrderKey>()),
            List<object> list => (RowOrder.Strict, list.Select(item => OrderKey.Parse(item?.ToString() ?? "")
                ?? throw new SqlSuiteException($"{path}:1: order key '{item}' is not 'column [asc|desc] [nulls first|last]'")).ToList()),
            var other => throw new SqlSuiteException($"{path}:1: unknown order '{other}' (any, strict, or a list of sort keys such as [day, name desc])"),
        };
        if (keys.Count == 0 && order == RowOrder.Strict && compare.Order is List<object>)
        {
            throw new SqlSuiteException($"{path}:1: order lists no sort keys");
        }
        double tolerance = ComparisonRules.DefaultTolerance;
        if (compare.Tolerance is { } t && !double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out tolerance))
        {
            throw new SqlSuiteException($"{path}:1: tolerance '{t}' is not a number");
        }
        return new ComparisonRules
        {
            Order = order,
            SortKeys = keys,
            Nulls = compare.Nulls switch
            {
                null or "either" => NullsOrder.Either,
                "first" => NullsOrder.First,
                "last" => NullsOrder.Last,
                var other => throw new SqlSuiteException($"{path}:1: unknown nulls '{other}' (first, last or either)"),
            },
            Types = compare.Types switch
            {
                null or "loose" => TypeRule.Loose,
                "strict" => TypeRule.Strict,
                var other => throw new SqlSuiteException($"{path}:1: unknown types '{other}' (loose or strict)"),
            },
            ColumnNames = compare.ColumnNames,
            Columns = columns,
            Tolerance = tolerance,
            Round = compare.Round,
        };
    }

    private sealed class SuiteFile
    {
        public string? Dataset { get; set; }
        public string? Kind { get; set; }
        public CompareFile? Compare { get; set; }
        public List<string>? Columns { get; set; }
        public List<string>? Setup { get; set; }
        public LimitsFile? Limits { get; set; }
        public List<CaseFile> Cases { get; set; } = [];
        public PlanFile? Plan { get; set; }
        public ScriptFile? Script { get; set; }
    }

    private sealed class CompareFile
    {
        public object? Order { get; set; }
        public string? Nulls { get; set; }
        public string? Types { get; set; }
        public bool ColumnNames { get; set; }
        public string? Tolerance { get; set; }
        public int? Round { get; set; }
    }

    private sealed class LimitsFile
    {
        public int? TimeoutMs { get; set; }
        public int? MaxRows { get; set; }
    }

    private sealed class CaseFile
    {
        public string? Name { get; set; }
        public string? Group { get; set; }
        public long? Size { get; set; }
        public int? Seed { get; set; }
        public List<string>? Setup { get; set; }
    }

    private sealed class PlanFile
    {
        public List<string>? RequireIndex { get; set; }
        public List<string>? RequireIndexOn { get; set; }
        public List<string>? ForbidFullScan { get; set; }
        public string? Case { get; set; }
    }

    private sealed class ScriptFile
    {
        public List<string>? Allow { get; set; }
        public string? Query { get; set; }
        public int? MaxStatements { get; set; }
    }
}

/// <summary>A malformed tests.yaml, with file and line.</summary>
public sealed class SqlSuiteException(string message) : Exception(message);
