using System.Text.Json.Nodes;
using Grain.Core.Judging;
using Grain.Core.Judging.Details;
using Grain.Judge.Sql.Comparison;
using Grain.Judge.Sql.Engines;
using Grain.Judge.Sql.Plans;
using Grain.Judge.Sql.Safety;
using Grain.Judge.Sql.Suites;
using Grain.Judge.SqlDatasets;

namespace Grain.Judge.Sql;

public sealed partial class SqlJudge
{
    private async Task<TestResult> RunCaseAsync(CaseRun run, SqlCase testCase, CancellationToken cancellationToken)
    {
        var expected = await ExpectedAsync(run, testCase, cancellationToken);
        if (!expected.Succeeded)
        {
            return Result(testCase, Verdict.IE, $"the reference solution failed on {testCase.Data.Describe()}: {expected.Error}", 0);
        }
        await using var session = run.Suite.Kind == SqlProblemKind.Query
            ? await run.Engine.OpenReadOnlyAsync(testCase.Data, cancellationToken)
            : await run.Engine.OpenScratchAsync(testCase.Data, cancellationToken);
        var actual = await RunSubmissionAsync(session, run.Suite, run.Candidate, run.Limits, cancellationToken);
        if (!actual.Succeeded)
        {
            return Result(testCase, actual.Verdict, actual.Verdict is Verdict.CE or Verdict.RTE ? Dialects.DialectHints.Explain(actual.Error, run.Engine.Name, run.Candidate) : actual.Error, actual.WallMs);
        }
        var outcome = ResultComparer.Compare(expected.Result!, actual.Result!, run.Rules);
        var details = Details(run, testCase, expected.Result!, actual.Result!, outcome);
        if (testCase.Group == TestGroup.Hidden)
        {
            var query = run.Suite.Kind == SqlProblemKind.Query ? run.Candidate[0] : run.Suite.Script!.Query;
            details = details with
            {
                Plan = (await session.ExplainAsync(query, cancellationToken)).Lines,
                ReferencePlan = (await ReferencePlanAsync(run, testCase, cancellationToken)).Lines,
            };
        }
        var causes = outcome.Causes.ToList();
        if (run.MissingOrderBy)
        {
            // An order that happens to be right today is not guaranteed: a strict problem needs ORDER BY.
            causes.Insert(0, "the query has no ORDER BY of its own, but this problem requires rows in a stated order; engines return rows in whatever order is cheapest unless told (a window's ORDER BY does not order the result)");
        }
        var equal = outcome.Equal && !run.MissingOrderBy;
        var message = equal ? null
            : (outcome.Equal ? "the rows are right but their order is not guaranteed" : outcome.Message)
              + (causes.Count > 0 ? ". Likely cause: " + string.Join("; also ", causes.Distinct()) : "");
        return Result(testCase, equal ? Verdict.AC : Verdict.WA, message, actual.WallMs) with
        {
            Output = Preview(actual.Result!),
            Details = details,
        };
    }

    /// <summary>Runs the candidate's query, or their statements then the problem's check query.</summary>
    private static async Task<QueryRun> RunSubmissionAsync(ISqlSession session, SqlTestSuite suite, IReadOnlyList<string> statements, QueryLimits limits, CancellationToken cancellationToken)
    {
        if (suite.Kind == SqlProblemKind.Query)
        {
            return await session.QueryAsync(statements[0], limits, cancellationToken);
        }
        long wall = 0;
        foreach (var statement in statements)
        {
            var step = await session.ExecuteAsync(statement, limits, cancellationToken);
            wall += step.WallMs;
            if (!step.Succeeded)
            {
                return step with { Error = $"{Shorten(statement)}: {step.Error}" };
            }
        }
        var check = await session.QueryAsync(suite.Script!.Query, limits, cancellationToken);
        return check with { WallMs = wall + check.WallMs };
    }

    private async Task<QueryRun> ExpectedAsync(CaseRun run, SqlCase testCase, CancellationToken cancellationToken)
    {
        var key = $"{run.Problem.Id}|{run.Engine.Name}|{testCase.Data.Key}|{run.Reference.GetHashCode(StringComparison.Ordinal)}";
        if (_expected.TryGetValue(key, out var cached))
        {
            return cached;
        }
        await using var session = run.Suite.Kind == SqlProblemKind.Query
            ? await run.Engine.OpenReadOnlyAsync(testCase.Data, cancellationToken)
            : await run.Engine.OpenScratchAsync(testCase.Data, cancellationToken);
        var statements = SqlScript.Split(run.Reference, run.Engine.Dialect).Select(s => s.Text).ToList();
        var limits = new QueryLimits(TimeSpan.FromSeconds(60), int.MaxValue, long.MaxValue);
        var result = statements.Count == 0
            ? QueryRun.Failed(Verdict.IE, "empty reference", 0)
            : await RunSubmissionAsync(session, run.Suite, statements, limits, cancellationToken);
        if (result.Succeeded)
        {
            _expected[key] = result;
        }
        return result;
    }

    private static async Task<QueryPlan> ReferencePlanAsync(CaseRun run, SqlCase testCase, CancellationToken cancellationToken)
    {
        var statements = SqlScript.Split(run.Reference, run.Engine.Dialect).Select(s => s.Text).ToList();
        if (run.Suite.Kind == SqlProblemKind.Query)
        {
            await using var readOnly = await run.Engine.OpenReadOnlyAsync(testCase.Data, cancellationToken);
            return await readOnly.ExplainAsync(statements[0], cancellationToken);
        }
        await using var scratch = await run.Engine.OpenScratchAsync(testCase.Data, cancellationToken);
        foreach (var statement in statements)
        {
            await scratch.ExecuteAsync(statement, run.Limits, cancellationToken);
        }
        return await scratch.ExplainAsync(run.Suite.Script!.Query, cancellationToken);
    }

    private static TestResult Result(SqlCase testCase, Verdict verdict, string? message, long wallMs) => new()
    {
        Name = testCase.Name,
        Group = testCase.Group,
        Status = verdict switch { Verdict.AC => JudgeStatus.Pass, Verdict.CE or Verdict.IE => JudgeStatus.Error, _ => JudgeStatus.Fail },
        Verdict = verdict,
        Message = message,
        WallMs = wallMs,
    };

    private static RowDiffDetails Details(CaseRun run, SqlCase testCase, ResultSet expected, ResultSet actual, ComparisonOutcome outcome) =>
        RowDetails(run.Engine.Name, testCase.Data, expected, actual, outcome);

    /// <summary>The row diff of a case as reports show it (also used by the pandas judge, which compares the same way).</summary>
    internal static RowDiffDetails RowDetails(string engine, DatasetRef data, ResultSet expected, ResultSet actual, ComparisonOutcome outcome)
    {
        var details = new RowDiffDetails
        {
            Engine = engine,
            Data = data.Describe(),
            ExpectedRows = outcome.ExpectedCount,
            ActualRows = outcome.ActualCount,
            ExpectedColumns = expected.Columns,
            ActualColumns = actual.Columns,
        };
        if (outcome.Equal)
        {
            return details;
        }
        return details with
        {
            MissingCount = outcome.MissingCount,
            Missing = outcome.Missing.Select(Row).ToList(),
            ExtraCount = outcome.ExtraCount,
            Extra = outcome.Extra.Select(Row).ToList(),
            FirstDifference = outcome.FirstDifference is { } d
                ? new FirstDifference(d.Index + 1, d.Expected is null ? null : Row(d.Expected), d.Actual is null ? null : Row(d.Actual))
                : null,
        };
    }

    private static List<JsonNode?> Row(object?[] row) => row.Select(v => v switch
    {
        null => null,
        long l => (JsonNode?)JsonValue.Create(l),
        // JSON has no NaN or Infinity: they travel as text.
        double d when !double.IsFinite(d) => JsonValue.Create(SqlValue.Format(d)),
        double d => JsonValue.Create(Math.Round(d, 9)),
        decimal m => JsonValue.Create(m),
        _ => JsonValue.Create(v.ToString()),
    }).ToList();

    internal static string Preview(ResultSet result)
    {
        var text = string.Join(", ", result.Columns) + "\n" + string.Join("\n", result.Rows.Take(5).Select(SqlValue.FormatRow))
            + (result.Rows.Count > 5 ? $"\n… {result.Rows.Count - 5:N0} more row(s)" : "");
        return text.Length > 500 ? text[..497] + "..." : text;
    }

    private static string Shorten(string sql)
    {
        var line = sql.ReplaceLineEndings(" ").Trim();
        return line.Length > 60 ? line[..57] + "..." : line;
    }
}
