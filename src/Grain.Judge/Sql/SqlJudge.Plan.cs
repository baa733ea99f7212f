using Grain.Core.Judging;
using Grain.Core.Judging.Details;
using Grain.Judge.Sql.Plans;
using Grain.Judge.Sql.Suites;

namespace Grain.Judge.Sql;

public sealed partial class SqlJudge
{
    private async Task<TestResult> RunPlanTestAsync(CaseRun run, SqlCase planCase, CancellationToken cancellationToken)
    {
        var name = $"query plan on {planCase.Name}";
        QueryPlan plan;
        string query;
        if (run.Suite.Kind == SqlProblemKind.Query)
        {
            query = run.Candidate[0];
            await using var session = await run.Engine.OpenReadOnlyAsync(planCase.Data, cancellationToken);
            plan = await session.ExplainAsync(query, cancellationToken);
        }
        else
        {
            query = run.Suite.Script!.Query;
            await using var session = await run.Engine.OpenScratchAsync(planCase.Data, cancellationToken);
            foreach (var statement in run.Candidate)
            {
                var step = await session.ExecuteAsync(statement, run.Limits, cancellationToken);
                if (!step.Succeeded)
                {
                    return new TestResult { Name = name, Group = TestGroup.Plan, Status = JudgeStatus.Fail, Verdict = step.Verdict, Message = step.Error };
                }
            }
            plan = await session.ExplainAsync(query, cancellationToken);
        }
        var reference = await ReferencePlanAsync(run, planCase, cancellationToken);
        var tables = Catalog.Get(run.Suite.Dataset).Tables.Select(t => t.Name);
        var failures = PlanChecker.Check(plan, run.Suite.Plan, TableAliases.Find(query, tables));
        return new TestResult
        {
            Name = name,
            Group = TestGroup.Plan,
            Status = failures.Count == 0 ? JudgeStatus.Pass : JudgeStatus.Fail,
            Verdict = failures.Count == 0 ? Verdict.AC : Verdict.WA,
            Message = failures.Count == 0 ? null : string.Join("; ", failures) + $". Your plan: {string.Join(" | ", plan.Lines.Select(l => l.Trim()))}",
            Output = plan.ToString() is var text && text.Length > 500 ? text[..497] + "..." : plan.ToString(),
            Details = new PlanDetails
            {
                Engine = run.Engine.Name,
                Data = planCase.Data.Describe(),
                Plan = plan.Lines,
                ReferencePlan = reference.Lines,
            },
        };
    }
}
