using Grain.Content;
using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Judge.Sql.Suites;
using Grain.Judge.SqlDatasets;

namespace Grain.Judge.Sql.Checks;

/// <summary>Runs every SQL problem's reference solution against its own tests on every configured engine it lists.</summary>
public sealed class SqlReferenceCheck(SqlJudgeOptions options) : IContentCheck
{
    public string Name => "SQL reference solutions";

    public async Task<IReadOnlyList<ContentDiagnostic>> CheckAsync(ContentLibrary library, CancellationToken cancellationToken)
    {
        var judge = new SqlJudge(library, options);
        var diagnostics = new List<ContentDiagnostic>(judge.Catalog.Diagnostics);
        // Problems are checked side by side, one per core and at most four (each holds engine connections; the judge
        // shares each dataset between them); their diagnostics are listed in library order whatever order they finish in.
        var problems = library.Problems.Where(p => p.Language == "sql").ToList();
        var found = new List<ContentDiagnostic>[problems.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, problems.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Min(Environment.ProcessorCount, 4), CancellationToken = cancellationToken },
            async (i, ct) => found[i] = await CheckProblemAsync(judge, problems[i], ct));
        diagnostics.AddRange(found.SelectMany(d => d));
        return diagnostics;
    }

    private static async Task<List<ContentDiagnostic>> CheckProblemAsync(SqlJudge judge, Problem problem, CancellationToken cancellationToken)
    {
        var diagnostics = new List<ContentDiagnostic>();
        var tests = Path.Combine(problem.Directory, "tests.yaml");
        try
        {
            var suite = SqlTestSuiteReader.Read(problem.Directory, problem.Dataset);
            if (!judge.Catalog.Contains(suite.Dataset))
            {
                diagnostics.Add(new ContentDiagnostic(problem.Source.Path, 1, $"broken reference: unknown dataset '{suite.Dataset}' (no datasets/{suite.Dataset}/dataset.yaml)"));
                return diagnostics;
            }
            try
            {
                judge.Catalog.Get(suite.Dataset);
            }
            catch (DatasetException)
            {
                // Already reported at the dataset's file.
                return diagnostics;
            }
            if (!suite.Cases.Any(c => c.Group == "hidden"))
            {
                diagnostics.Add(new ContentDiagnostic(tests, 1, "no hidden case: a hard-coded answer would pass"));
            }
        }
        catch (SqlSuiteException ex)
        {
            diagnostics.Add(ContentDiagnosticText.Parse(ex.Message, tests));
            return diagnostics;
        }
        foreach (var engine in problem.Engines)
        {
            if (engine is not ("sqlite" or "postgres" or "duckdb"))
            {
                diagnostics.Add(new ContentDiagnostic(problem.Source.Path, 1, $"unknown engine '{engine}' (sqlite, postgres or duckdb)"));
                continue;
            }
            if (!judge.AvailableEngines.Contains(engine))
            {
                continue;
            }
            var reference = SqlJudge.ReferenceFor(problem, engine);
            var report = await judge.JudgeAsync(new JudgeRequest(problem.Id, "sql", reference, Engine: engine), cancellationToken);
            if (report.Status != JudgeStatus.Pass)
            {
                var file = File.Exists(Path.Combine(problem.Directory, $"reference.{engine}.sql")) ? $"reference.{engine}.sql" : "reference.sql";
                var failed = report.Tests.FirstOrDefault(t => t.Verdict != Verdict.AC);
                diagnostics.Add(new ContentDiagnostic(Path.Combine(problem.Directory, file), 1,
                    $"the reference fails its own tests on {engine}: " + (failed is null ? report.Message : $"{failed.Name}: {failed.Verdict} {failed.Message}")));
            }
        }
        return diagnostics;
    }
}
