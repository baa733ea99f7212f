using System.Text.RegularExpressions;
using Grain.Judge.Sql.Suites;

namespace Grain.Judge.Sql.Plans;

/// <summary>Checks a query plan against a problem's plan rules, for SQLite and PostgreSQL plan text. Pure.</summary>
public static partial class PlanChecker
{
    /// <summary>What failed, one sentence each; empty when the plan passes.</summary>
    public static IReadOnlyList<string> Check(QueryPlan plan, PlanRules rules, IReadOnlyDictionary<string, string> aliases)
    {
        var failures = new List<string>();
        var steps = plan.Lines.Select(l => Parse(plan.Engine, l.Trim(), aliases)).OfType<PlanStep>().ToList();
        foreach (var index in rules.RequireIndex)
        {
            if (!steps.Any(s => string.Equals(s.Index, index, StringComparison.OrdinalIgnoreCase)))
            {
                failures.Add($"the plan does not use the index {index}");
            }
        }
        foreach (var table in rules.RequireIndexOn)
        {
            if (!steps.Any(s => s.Seeks && s.Table == table.ToUpperInvariant()))
            {
                failures.Add($"the plan reads {table} without looking rows up through an index");
            }
        }
        foreach (var table in rules.ForbidFullScan)
        {
            if (steps.FirstOrDefault(s => s.FullScan && s.Table == table.ToUpperInvariant()) is { } scan)
            {
                failures.Add($"the plan scans all of {table} ({scan.Text})");
            }
        }
        return failures;
    }

    private sealed record PlanStep(string Table, string? Index, bool FullScan, bool Seeks, string Text);

    private static PlanStep? Parse(string engine, string line, IReadOnlyDictionary<string, string> aliases)
    {
        if (engine == "sqlite")
        {
            var m = SqliteStep().Match(line);
            if (!m.Success)
            {
                return null;
            }
            var name = m.Groups["name"].Value.ToUpperInvariant();
            var table = aliases.TryGetValue(name, out var t) ? t : name;
            var index = m.Groups["index"].Success ? m.Groups["index"].Value : null;
            var search = m.Groups["op"].Value == "SEARCH";
            return new PlanStep(table, index, FullScan: !search, Seeks: search, line);
        }
        // "Bitmap Index Scan on idx" also contains "Index Scan on idx"; read it as the index it is, not as a table.
        var bitmap = PostgresBitmapIndex().Match(line);
        if (bitmap.Success)
        {
            return new PlanStep("", bitmap.Groups["index"].Value, false, false, line);
        }
        var pg = PostgresStep().Match(line);
        if (!pg.Success)
        {
            return null;
        }
        var kind = pg.Groups["kind"].Value;
        return new PlanStep(pg.Groups["table"].Value.ToUpperInvariant(),
            pg.Groups["index"].Success ? pg.Groups["index"].Value : null,
            FullScan: kind == "Seq Scan",
            Seeks: kind != "Seq Scan",
            line);
    }

    [GeneratedRegex(@"^(?<op>SCAN|SEARCH) (?:TABLE )?(?<name>[A-Za-z_][A-Za-z0-9_]*)(?: AS \w+)?(?: USING (?:COVERING |PRIMARY KEY|INTEGER PRIMARY KEY)?(?:INDEX (?<index>[A-Za-z0-9_]+))?)?")]
    private static partial Regex SqliteStep();

    [GeneratedRegex(@"(?<kind>Seq Scan|Index Scan|Index Only Scan|Bitmap Heap Scan)(?: Backward)?(?: using (?<index>\S+))? on (?<table>\w+)")]
    private static partial Regex PostgresStep();

    [GeneratedRegex(@"Bitmap Index Scan on (?<index>\w+)")]
    private static partial Regex PostgresBitmapIndex();
}
