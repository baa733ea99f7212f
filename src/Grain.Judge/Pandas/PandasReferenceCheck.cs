using Grain.Content;
using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Judge.Sql;
using Grain.Judge.Sql.Suites;

namespace Grain.Judge.Pandas;

/// <summary>
/// Runs every <c>reference.pandas.py</c> through the pandas judge on all its problem's cases, so it must return the SQL
/// reference's result on each (the two tracks cannot disagree); a pandas reference on a plan or script problem is refused.
/// Skipped when no interpreter imports pandas.
/// </summary>
public sealed class PandasReferenceCheck(JudgeSettings settings) : IContentCheck
{
    public string Name => PandasInstall.Find(settings.Python) is null ? "pandas reference solutions (skipped: no interpreter imports pandas)" : "pandas reference solutions";

    public async Task<IReadOnlyList<ContentDiagnostic>> CheckAsync(ContentLibrary library, CancellationToken cancellationToken)
    {
        var diagnostics = new List<ContentDiagnostic>();
        var problems = library.Problems.Where(p => File.Exists(Path.Combine(p.Directory, PandasProblems.ReferenceFile))).ToList();
        if (problems.Count == 0)
        {
            return diagnostics;
        }
        var judge = new Lazy<PandasJudge>(() => new PandasJudge(new SqlJudge(library, settings.SqlOptions()), settings.PandasOptions(library)));
        foreach (var problem in problems)
        {
            var path = Path.Combine(problem.Directory, PandasProblems.ReferenceFile);
            var rel = Path.GetRelativePath(library.Root, path).Replace('\\', '/');
            if (problem.Language != "sql")
            {
                diagnostics.Add(new ContentDiagnostic(rel, 1, $"{PandasProblems.ReferenceFile} answers SQL problems only; {problem.Id} is a {problem.Language} problem"));
                continue;
            }
            try
            {
                var suite = SqlTestSuiteReader.Read(problem.Directory, problem.Dataset);
                if (suite.Kind != SqlProblemKind.Query || suite.Plan.Any)
                {
                    diagnostics.Add(new ContentDiagnostic(rel, 1, $"{problem.Id} checks a query plan or runs a script, which a DataFrame answer cannot show: remove {PandasProblems.ReferenceFile}"));
                    continue;
                }
            }
            catch (SqlSuiteException)
            {
                // The SQL checks report a broken tests.yaml.
                continue;
            }
            if (PandasInstall.Find(settings.Python) is null)
            {
                continue;
            }
            var report = await judge.Value.JudgeAsync(new JudgeRequest(problem.Id, "pandas", await File.ReadAllTextAsync(path, cancellationToken)), cancellationToken);
            if (report.Status != JudgeStatus.Pass)
            {
                var failed = report.Tests.FirstOrDefault(t => t.Verdict != Verdict.AC);
                diagnostics.Add(new ContentDiagnostic(rel, 1, "the pandas reference does not return the SQL reference's result: "
                    + (failed is null ? report.Message : $"{failed.Group} '{failed.Name}': {failed.Verdict} {failed.Message}")));
            }
        }
        return diagnostics;
    }
}
