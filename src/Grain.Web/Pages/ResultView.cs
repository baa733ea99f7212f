using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Grain.Core.Content;
using Grain.Core.Judging;
using static Grain.Web.Pages.Html;

namespace Grain.Web.Pages;

/// <summary>Renders a judge report: overall status, tests grouped by kind with verdict chips, diffs, SQL rows, plan, scale chart.</summary>
public static class ResultView
{
    private static readonly Dictionary<string, string> GroupTitles = new(StringComparer.Ordinal)
    {
        [TestGroup.Example] = "Examples",
        [TestGroup.Hidden] = "Hidden cases",
        [TestGroup.Fault] = "Messy data (faults)",
        [TestGroup.Scale] = "Scale",
        [TestGroup.Rerun] = "Re-runs and backfills",
        [TestGroup.Plan] = "Query plan",
    };

    /// <summary>The report as an HTML block; <paramref name="problem"/> adds the discussion after a pass.</summary>
    public static string Render(JudgeReport report, Problem? problem, bool examplesOnly)
    {
        var passed = report.Tests.Count(t => t.Verdict == Verdict.AC);
        var headline = report.Status switch
        {
            JudgeStatus.Pass => examplesOnly ? "Examples pass" : "Accepted",
            JudgeStatus.Fail => examplesOnly ? "Examples fail" : "Not yet",
            _ => "Could not grade",
        };
        var html = new StringBuilder($"<div class=\"card result\" data-status=\"{E(report.Status)}\">")
            .Append($"<div class=\"result-head\"><span class=\"result-status {E(report.Status)}\" data-testid=\"result-status\">{headline}</span>")
            .Append($"<span class=\"muted\">{passed} of {report.Tests.Count} checks passed{(examplesOnly ? " (examples only: Submit runs everything)" : "")}</span></div>");
        if (report.Message is { Length: > 0 } message)
        {
            html.Append($"<p class=\"{(report.Status == JudgeStatus.Error ? "error" : "")}\">{E(message)}</p>");
        }
        if (report.Notes is { Count: > 0 } notes)
        {
            html.Append("<ul class=\"notice small notes\" aria-label=\"How it was graded\">")
                .Append(string.Concat(notes.Select(n => $"<li>{E(n)}</li>"))).Append("</ul>");
        }
        foreach (var group in TestGroup.All.Concat(report.Tests.Select(t => t.Group).Distinct().Except(TestGroup.All)))
        {
            var tests = report.Tests.Where(t => t.Group == group).ToList();
            if (tests.Count == 0)
            {
                continue;
            }
            var worst = VerdictPriority.Worst(tests.Select(t => t.Verdict));
            html.Append($"<h3 class=\"row\">{E(GroupTitles.GetValueOrDefault(group, group))} {Chip($"{tests.Count(t => t.Verdict == Verdict.AC)}/{tests.Count}", "verdict-" + worst)}</h3>");
            foreach (var test in tests)
            {
                html.Append(Test(test));
            }
            if (group == TestGroup.Scale && report.Scale is { } scale)
            {
                html.Append(Scale(scale));
            }
        }
        if (report.Status == JudgeStatus.Pass && !examplesOnly && problem is not null)
        {
            html.Append($"<details class=\"prose\" open><summary><strong>Discussion</strong></summary>{Md(problem.Discussion)}<h3>Follow-ups</h3>{List(problem.FollowUps)}</details>");
        }
        return html.Append("</div>").ToString();
    }

    private static string Test(TestResult t)
    {
        var open = t.Verdict != Verdict.AC ? " open" : "";
        var html = new StringBuilder($"<details class=\"test\"{open}><summary>{Chip(t.Verdict.ToString(), "verdict-" + t.Verdict)}<span>{E(t.Name)}</span>")
            .Append($"<span class=\"muted small\">{(t.CpuMs > 0 ? t.CpuMs : t.WallMs)} ms{(t.PeakKb > 0 ? $" · {t.PeakKb / 1024.0:0.#} MB" : "")}</span></summary>");
        if (t.Message is { Length: > 0 } m)
        {
            html.Append($"<p class=\"message\">{E(m)}</p>");
        }
        if (t.Details is { } d)
        {
            html.Append(Details(d));
        }
        if (t.Output is { Length: > 0 } output)
        {
            html.Append($"<p class=\"small muted\">Printed output</p><pre>{E(output)}</pre>");
        }
        return html.Append("</details>").ToString();
    }

    /// <summary>Structured detail: expected vs got, SQL missing/extra rows and row counts, both query plans.</summary>
    private static string Details(JsonObject d)
    {
        var html = new StringBuilder();
        if (d["data"] is { } data)
        {
            html.Append($"<p class=\"small muted\">Data: {E(Text(data))}{(d["engine"] is { } engine ? $" · {E(Text(engine))}" : "")}</p>");
        }
        if (d["expected"] is { } expected && d["got"] is { } got)
        {
            html.Append(SideBySide("Expected", Text(expected), "Got", Text(got)));
        }
        if (d["first_difference"] is JsonObject first)
        {
            html.Append($"<p class=\"small muted\">First difference, row {E(Text(first["row"]))}</p>")
                .Append(SideBySide("Expected", first["expected"] is null ? "(no row)" : Text(first["expected"]), "Got", first["actual"] is null ? "(no row)" : Text(first["actual"])));
        }
        var expectedColumns = Strings(d["expected_columns"] ?? d["columns"]);
        var actualColumns = Strings(d["actual_columns"]) ?? expectedColumns;
        if (expectedColumns is not null && actualColumns is not null && !expectedColumns.SequenceEqual(actualColumns))
        {
            html.Append($"<p class=\"small\">Columns: expected <code>{E(string.Join(", ", expectedColumns))}</code>, got <code>{E(string.Join(", ", actualColumns))}</code>.</p>");
        }
        var expectedRows = d["expected_rows"];
        var actualRows = d["actual_rows"] ?? d["got_rows"];
        if (expectedRows is not null && actualRows is not null && Text(expectedRows) != Text(actualRows))
        {
            html.Append($"<p class=\"small\">Row count: expected {E(Text(expectedRows))}, got {E(Text(actualRows))}.</p>");
        }
        html.Append(Rows(d, "missing", "Missing rows (expected, not in your result)", expectedColumns))
            .Append(Rows(d, "extra", "Extra rows (in your result, not expected)", actualColumns));
        if (d["plan"] is { } plan)
        {
            html.Append(d["reference_plan"] is { } reference
                ? SideBySide("Your query plan", Plan(plan), "Reference plan", Plan(reference), "plan")
                : $"<p class=\"small muted\">Query plan</p><pre class=\"plan\">{E(Plan(plan))}</pre>");
        }
        return html.ToString();
    }

    private static string SideBySide(string leftTitle, string left, string rightTitle, string right, string css = "") =>
        $"<div class=\"diff\"><div><p class=\"small muted\">{E(leftTitle)}</p><pre class=\"expected {css}\">{E(left)}</pre></div>" +
        $"<div><p class=\"small muted\">{E(rightTitle)}</p><pre class=\"got {css}\">{E(right)}</pre></div></div>";

    private static string Rows(JsonObject d, string key, string title, IReadOnlyList<string>? columns)
    {
        if (d[key] is not JsonArray rows || rows.Count == 0)
        {
            return "";
        }
        var count = d[key + "_count"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : rows.Count;
        var html = new StringBuilder($"<p class=\"small muted\">{title}{(count > rows.Count ? $": first {rows.Count} of {count}" : count > 1 ? $": {count}" : "")}</p><div class=\"table-wrap\"><table class=\"{key}\">");
        if (columns is not null)
        {
            html.Append("<tr>").Append(string.Concat(columns.Select(c => $"<th>{E(c)}</th>"))).Append("</tr>");
        }
        foreach (var row in rows.Take(20))
        {
            var cells = row is JsonArray a ? a.Select(Text) : row is JsonObject o ? o.Select(kv => Text(kv.Value)) : [Text(row)];
            html.Append("<tr>").Append(string.Concat(cells.Select(c => $"<td>{E(c)}</td>"))).Append("</tr>");
        }
        return html.Append("</table></div>").ToString();
    }

    private static List<string>? Strings(JsonNode? node) => node is JsonArray a ? a.Select(Text).ToList() : null;

    private static string Plan(JsonNode plan) => plan is JsonArray lines ? string.Join('\n', lines.Select(Text)) : Text(plan);

    private static string Scale(ScaleSummary s)
    {
        var html = new StringBuilder("<div class=\"scale\">");
        var facts = new List<string>();
        if (s.TimeExponent is { } te)
        {
            facts.Add($"time grows like n^{te.ToString("0.00", CultureInfo.InvariantCulture)}" + (s.ReferenceTimeExponent is { } rte ? $" (reference n^{rte.ToString("0.00", CultureInfo.InvariantCulture)})" : ""));
        }
        if (s.MemoryBytesPerItem is { } mb)
        {
            facts.Add($"memory grows {mb.ToString("0.#", CultureInfo.InvariantCulture)} bytes per input item" + (s.ReferenceMemoryBytesPerItem is { } rmb ? $" (reference {rmb.ToString("0.#", CultureInfo.InvariantCulture)})" : ""));
        }
        if (facts.Count > 0)
        {
            html.Append($"<p class=\"small\">Your solution: {E(string.Join("; ", facts))}.</p>");
        }
        if (s.Sizes.Count > 1 && (s.CpuMs is { Count: > 0 } || s.PeakKb is { Count: > 0 }))
        {
            var series = new List<object>();
            if (s.CpuMs is { } cpu)
            {
                series.Add(new { label = "CPU ms", values = cpu });
            }
            if (s.PeakKb is { } kb)
            {
                series.Add(new { label = "Peak MB", values = kb.Select(k => Math.Round(k / 1024.0, 1)) });
            }
            var spec = JsonSerializer.Serialize(new { x = s.Sizes, series, xlabel = "input rows", ylabel = "" });
            html.Append($"<div class=\"chart\" role=\"img\" aria-label=\"Time and memory against input size\" data-chart=\"{E(spec)}\"></div>");
        }
        return html.Append("</div>").ToString();
    }

    private static string Text(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(new JsonSerializerOptions { WriteIndented = node is JsonObject || node is JsonArray { Count: > 3 } }),
    };
}
