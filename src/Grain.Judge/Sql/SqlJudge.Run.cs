using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Judge.Sql.Comparison;
using Grain.Judge.Sql.Engines;
using Grain.Judge.Sql.Safety;
using Grain.Judge.Sql.Suites;

namespace Grain.Judge.Sql;

public sealed partial class SqlJudge
{
    private const long MaxBytes = 32L * 1024 * 1024;

    private async Task<JudgeReport> JudgeOnAsync(Problem problem, SqlTestSuite suite, ISqlEngine engine, JudgeRequest request, CancellationToken cancellationToken)
    {
        var reference = ReferenceFor(problem, engine.Name);
        var rules = RulesFor(suite, reference, engine.Dialect);
        var notes = Notes(suite, rules, engine);
        var guard = suite.Kind == SqlProblemKind.Query
            ? StatementGuard.Query(request.Code, engine.Dialect)
            : StatementGuard.Script(request.Code, suite.Script!.Allow, suite.Script.MaxStatements, engine.Dialect);
        if (!guard.Allowed)
        {
            return new JudgeReport
            {
                Problem = problem.Id,
                Language = Language,
                Status = JudgeStatus.Error,
                Message = guard.Refusal,
                Notes = notes,
                Tests = [new TestResult { Name = "statement check", Group = TestGroup.Example, Status = JudgeStatus.Error, Verdict = Verdict.CE, Message = guard.Refusal }],
            };
        }
        var run = new CaseRun(problem, suite, rules, engine, guard.Statements.Select(s => s.Text).ToList(), reference,
            new QueryLimits(_options.MaxTimeout is { } cap && cap < suite.Timeout ? cap : suite.Timeout, Math.Min(suite.MaxRows, _options.MaxRows ?? int.MaxValue), MaxBytes),
            MissingOrderBy: suite.Kind == SqlProblemKind.Query && rules.Order == RowOrder.Strict && !guard.Statements[0].HasTopLevelOrderBy);
        var cases = suite.Cases.Where(c => !request.ExamplesOnly || c.Group == TestGroup.Example).Select(Scaled).ToList();
        var tests = new List<TestResult>();
        for (var i = 0; i < cases.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            tests.Add(await RunCaseAsync(run, cases[i], cancellationToken));
            if (request.Progress is { } progress && (i == cases.Count - 1 || cases[i + 1].Group != cases[i].Group))
            {
                progress.Report(new JudgeProgress(cases[i].Group, tests.Where(t => t.Group == cases[i].Group).ToList()));
            }
        }
        if (suite.Plan.Any && !request.ExamplesOnly && tests.All(t => t.Verdict is not (Verdict.CE or Verdict.IE)))
        {
            var planCase = Scaled(suite.Cases.FirstOrDefault(c => c.Name == suite.Plan.CaseName)
                ?? suite.Cases.MaxBy(c => c.Data.Size ?? 0)!);
            var planTest = await RunPlanTestAsync(run, planCase, cancellationToken);
            tests.Add(planTest);
            request.Progress?.Report(new JudgeProgress(planTest.Group, [planTest]));
        }
        tests = AddHardCodingCause(tests, guard.Statements, suite);
        var compileError = tests.FirstOrDefault(t => t.Verdict is Verdict.CE or Verdict.IE);
        return new JudgeReport
        {
            Problem = problem.Id,
            Language = Language,
            Status = compileError is null ? JudgeReport.StatusOf(tests) : JudgeStatus.Error,
            Message = compileError?.Message,
            Tests = tests,
            Notes = notes,
        };
    }

    /// <summary>Everything a case needs besides its data.</summary>
    private sealed record CaseRun(Problem Problem, SqlTestSuite Suite, ComparisonRules Rules, ISqlEngine Engine, IReadOnlyList<string> Candidate, string Reference, QueryLimits Limits, bool MissingOrderBy);

    private SqlCase Scaled(SqlCase testCase) =>
        _options.MaxHiddenRows is { } cap && testCase.Data.Size > cap ? testCase with { Data = testCase.Data with { Size = cap } } : testCase;

    private static List<string> Notes(SqlTestSuite suite, ComparisonRules rules, ISqlEngine engine) =>
    [
        $"engine: {engine.Name}; dataset: {suite.Dataset}",
        .. rules.Describe(),
    ];

    /// <summary>The problem's rules; a strict order without stated keys takes them from the reference's own ORDER BY.</summary>
    internal static ComparisonRules RulesFor(SqlTestSuite suite, string reference, SqlDialect dialect)
    {
        if (suite.Rules.Order != RowOrder.Strict || suite.Rules.SortKeys.Count > 0)
        {
            return suite.Rules;
        }
        var query = suite.Kind == SqlProblemKind.Query ? reference : suite.Script!.Query;
        return SqlScript.Split(query, dialect).LastOrDefault() is { } statement && OrderByKeys.Of(statement) is { } keys
            ? suite.Rules with { SortKeys = keys }
            : suite.Rules;
    }

    private List<TestResult> AddHardCodingCause(List<TestResult> tests, IReadOnlyList<SqlStatement> statements, SqlTestSuite suite)
    {
        var examplePassed = tests.Any(t => t.Group == TestGroup.Example) && tests.Where(t => t.Group == TestGroup.Example).All(t => t.Verdict == Verdict.AC);
        var hiddenFailed = tests.Any(t => t.Group == TestGroup.Hidden && t.Verdict == Verdict.WA);
        if (!examplePassed || !hiddenFailed)
        {
            return tests;
        }
        var tables = Catalog.Get(suite.Dataset).Tables.Select(t => t.Name.ToUpperInvariant()).ToHashSet();
        var readsData = statements.SelectMany(s => s.Words).Any(tables.Contains);
        var cause = readsData
            ? "it passes the example rows but not the generated data: check that nothing depends on the example's values (a fixed id, a hard-coded list) or on its small size"
            : "the query reads no table of the dataset: a hard-coded answer matches the example rows but cannot follow hidden data";
        return tests.Select(t => t.Group == TestGroup.Hidden && t.Verdict == Verdict.WA && (!readsData || t.Message?.Contains("Likely cause") != true)
            ? t with { Message = t.Message + (t.Message?.Contains("Likely cause") == true ? "; also " : ". Likely cause: ") + cause }
            : t).ToList();
    }
}
