using System.Text.Json.Nodes;
using Grain.Core.Judging;
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
            if (test.Details is { } details)
            {
                Rows(console, "missing", details["missing"]);
                Rows(console, "unexpected", details["extra"]);
                if (details["first_difference"] is JsonObject first)
                {
                    console.MarkupLine($"      first difference at row {first["row"]}: expected {Markup.Escape(first["expected"]?.ToJsonString() ?? "none")}, got {Markup.Escape(first["actual"]?.ToJsonString() ?? "none")}");
                }
                Plan(console, "your plan", details["plan"]);
                Plan(console, "reference plan", details["reference_plan"]);
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

    private static void Rows(IAnsiConsole console, string label, JsonNode? rows)
    {
        if (rows is JsonArray { Count: > 0 } array)
        {
            console.MarkupLine($"      {label}:");
            foreach (var row in array)
            {
                console.MarkupLine($"        {Markup.Escape(row?.ToJsonString() ?? "")}");
            }
        }
    }

    private static void Plan(IAnsiConsole console, string label, JsonNode? lines)
    {
        if (lines is JsonArray { Count: > 0 } array)
        {
            console.MarkupLine($"      [grey]{label}:[/]");
            foreach (var line in array)
            {
                console.MarkupLine($"        [grey]{Markup.Escape(line?.GetValue<string>() ?? "")}[/]");
            }
        }
    }
}
