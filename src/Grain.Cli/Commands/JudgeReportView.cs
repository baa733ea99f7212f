using System.Text.Json.Nodes;
using Grain.Core.Judging;
using Grain.Core.Judging.Details;
using Spectre.Console;

namespace Grain.Cli.Commands;

/// <summary>Prints a judge report in the terminal: one line per test, the differences and plans of failing ones.</summary>
internal static class JudgeReportView
{
    public static void Write(CliEnvironment env, JudgeReport report)
    {
        var console = env.Console;
        foreach (var warning in (report.Notes ?? []).Where(n => n.StartsWith("WARNING", StringComparison.Ordinal)))
        {
            env.Error.WriteLine(warning);
        }
        var colour = report.Status switch { JudgeStatus.Pass => "green", JudgeStatus.Fail => "red", _ => "yellow" };
        console.MarkupLine($"[bold {colour}]{report.Status.ToUpperInvariant()}[/] {Markup.Escape(report.Problem)}"
            + (report.Message is { } m ? " — " + Markup.Escape(m) : ""));
        foreach (var test in report.Tests)
        {
            var mark = test.Verdict == Verdict.AC ? "[green]AC [/]" : $"[red]{test.Verdict,-3}[/]";
            console.MarkupLine($"  {mark} {Markup.Escape(test.Group)} · {Markup.Escape(test.Name)} [grey]({test.WallMs} ms)[/]");
            if (test.Verdict == Verdict.AC)
            {
                if (test.Group == TestGroup.Scale && test.Message is { } scaleWords)
                {
                    console.MarkupLine($"      [grey]{Markup.Escape(scaleWords)}[/]");
                }
                continue;
            }
            if (test.Message is { } message)
            {
                console.MarkupLine($"      {Markup.Escape(message)}");
            }
            switch (test.Details)
            {
                case RowDiffDetails rows:
                    Rows(console, "missing", rows.Missing);
                    Rows(console, "unexpected", rows.Extra);
                    if (rows.FirstDifference is { } first)
                    {
                        console.MarkupLine($"      first difference at row {first.Row}: expected {Markup.Escape(RowText(first.Expected))}, got {Markup.Escape(RowText(first.Actual))}");
                    }
                    Plan(console, "your plan", rows.Plan);
                    Plan(console, "reference plan", rows.ReferencePlan);
                    break;
                case PlanDetails plans:
                    Plan(console, "your plan", plans.Plan);
                    Plan(console, "reference plan", plans.ReferencePlan);
                    break;
                case ValueDiffDetails value:
                    console.MarkupLine($"      expected: {Markup.Escape(value.Expected)}");
                    console.MarkupLine($"      got:      {Markup.Escape(value.Got)}");
                    break;
            }
        }
        if (report.Scale is { Sizes.Count: > 0 } scale)
        {
            console.MarkupLine($"  [grey]scale: sizes {string.Join(", ", scale.Sizes.Select(s => s.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))}; "
                + $"time exponent {scale.TimeExponent:0.00} (reference {scale.ReferenceTimeExponent:0.00}); "
                + $"memory {scale.MemoryBytesPerItem:0} bytes per item (reference {scale.ReferenceMemoryBytesPerItem:0})[/]");
        }
        foreach (var note in (report.Notes ?? []).Where(n => !n.StartsWith("WARNING", StringComparison.Ordinal)))
        {
            console.MarkupLine($"[grey]  {Markup.Escape(note)}[/]");
        }
    }

    private static string RowText(IReadOnlyList<JsonNode?>? row) =>
        row is null ? "none" : "[" + string.Join(",", row.Select(c => c?.ToJsonString() ?? "null")) + "]";

    private static void Rows(IAnsiConsole console, string label, IReadOnlyList<IReadOnlyList<JsonNode?>> rows)
    {
        if (rows.Count > 0)
        {
            console.MarkupLine($"      {label}:");
            foreach (var row in rows)
            {
                console.MarkupLine($"        {Markup.Escape(RowText(row))}");
            }
        }
    }

    private static void Plan(IAnsiConsole console, string label, IReadOnlyList<string>? lines)
    {
        if (lines is { Count: > 0 })
        {
            console.MarkupLine($"      [grey]{label}:[/]");
            foreach (var line in lines)
            {
                console.MarkupLine($"        [grey]{Markup.Escape(line)}[/]");
            }
        }
    }
}
