using Grain.Core.Judging;
using Spectre.Console;

namespace Grain.Cli.Commands;

/// <summary>Renders a judge report for the terminal: groups, a verdict per test, the first difference, scale in words.</summary>
internal static class JudgeReportView
{
    public static void Render(CliEnvironment env, JudgeReport report)
    {
        var console = env.Console;
        foreach (var note in report.Notes ?? [])
        {
            if (note.StartsWith("WARNING", StringComparison.Ordinal))
            {
                env.Error.WriteLine(note);
            }
        }
        var colour = report.Status switch { JudgeStatus.Pass => "green", JudgeStatus.Fail => "red", _ => "yellow" };
        console.MarkupLine($"[bold]{Markup.Escape(report.Problem)}[/] ({report.Language}): [bold {colour}]{report.Status.ToUpperInvariant()}[/]");
        if (report.Message is { } message)
        {
            console.MarkupLine($"  {Markup.Escape(message)}");
        }
        foreach (var group in report.Tests.GroupBy(t => t.Group))
        {
            console.MarkupLine($"[bold]{Markup.Escape(group.Key)}[/]");
            foreach (var test in group)
            {
                var mark = test.Verdict == Verdict.AC ? "[green]AC[/]" : $"[red]{test.Verdict}[/]";
                console.MarkupLine($"  {mark}  {Markup.Escape(test.Name)} [grey]({test.CpuMs} ms cpu, {test.PeakKb / 1024.0:0.#} MB)[/]");
                if (test.Message is { } m && (test.Verdict != Verdict.AC || test.Group == TestGroup.Scale))
                {
                    console.MarkupLine($"      {Markup.Escape(m)}");
                }
                if (test.Output is { } output && test.Verdict != Verdict.AC)
                {
                    console.MarkupLine($"      [grey]stdout: {Markup.Escape(output.ReplaceLineEndings(" ⏎ "))}[/]");
                }
            }
        }
        if (report.Scale is { } scale && scale.Sizes.Count > 0)
        {
            console.MarkupLine($"[bold]scale[/] sizes {string.Join(", ", scale.Sizes.Select(s => s.ToString("N0")))}: time exponent {scale.TimeExponent:0.00} "
                + $"(reference {scale.ReferenceTimeExponent:0.00}), memory {scale.MemoryBytesPerItem:0} bytes/item (reference {scale.ReferenceMemoryBytesPerItem:0})");
        }
        foreach (var note in (report.Notes ?? []).Where(n => !n.StartsWith("WARNING", StringComparison.Ordinal)))
        {
            console.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
        }
    }
}
