using System.Text.Json.Nodes;
using Grain.Core.Judging;
using Grain.Judge.Comparison;

namespace Grain.Judge.Python;

/// <summary>The re-run checks of a submission: called twice in one process, input rows untouched, a range in pieces equals one run.</summary>
internal sealed class RerunChecker(BatchRunner runner, CallPlanner planner, ReferenceResults references, CallComparer comparer, TestsFile tests, string code)
{
    /// <summary>Re-run checks: twice in one process (same answer, input untouched); a range split into pieces equals one run.</summary>
    public async Task<GroupResult> CheckAsync(CancellationToken ct)
    {
        var rerun = tests.Rerun!;
        var inputCase = rerun.Input ?? tests.Hidden.FirstOrDefault() ?? tests.Examples[0];
        var input = planner.Input(inputCase);
        var args = planner.MergeArgs(inputCase.Args);
        var calls = new List<PlannedCall>();
        if (rerun.Twice)
        {
            calls.Add(new PlannedCall("r1", input, args, KeepRows: true));
            calls.Add(new PlannedCall("r2", input, args));
        }
        var pieces = new List<PlannedCall>();
        if (rerun.Split is { } split)
        {
            calls.Add(new PlannedCall("full", input, args));
            var bounds = new List<string> { args[split.Start]!.GetValue<string>() };
            bounds.AddRange(split.At);
            bounds.Add(args[split.End]!.GetValue<string>());
            for (var i = 0; i + 1 < bounds.Count; i++)
            {
                var pieceArgs = (JsonObject)args.DeepClone();
                pieceArgs[split.Start] = bounds[i];
                pieceArgs[split.End] = bounds[i + 1];
                pieces.Add(new PlannedCall($"piece{i}", input, pieceArgs));
            }
            calls.AddRange(pieces);
        }
        var expectedTask = references.GetAsync([new PlannedCall("r1", input, args)], ct);
        var actual = await runner.RunAsync(code, calls, runner.Limits, ct, candidate: true);
        var expected = await expectedTask;
        if (expected.Error is { } error)
        {
            return new GroupResult([], null, error);
        }
        if (actual.CompileError is not null || actual.InternalError is not null)
        {
            return new GroupResult([], actual.CompileError, actual.InternalError);
        }
        var want = expected.Results["r1"];
        var results = new List<TestResult>();
        if (rerun.Twice)
        {
            results.Add(Twice(actual.Calls["r1"], actual.Calls["r2"], want));
            results.Add(Untouched(actual.Calls["r1"], input));
        }
        if (rerun.Split is not null)
        {
            results.Add(Pieces(actual.Calls["full"], pieces.Select(p => actual.Calls[p.Id]).ToList(), want, pieces.Count));
        }
        return new GroupResult(results, null, null);
    }

    private TestResult Twice(CallVerdict first, CallVerdict second, CallResult want)
    {
        const string name = "called twice in one process";
        foreach (var call in new[] { first, second })
        {
            if (CallJudgement.VerdictOf(call) is (not Verdict.AC, var message) and var (verdict, _))
            {
                return CallJudgement.Test(name, TestGroup.Rerun, verdict, (call == second ? "second call: " : "first call: ") + message, call, true);
            }
        }
        var firstOk = comparer.Compare(want, first.Result!);
        var again = comparer.Compare(want, second.Result!);
        if (firstOk.Equal && !again.Equal)
        {
            return CallJudgement.Test(name, TestGroup.Rerun, Verdict.WA,
                "the second call in the same process returned a different answer: state leaked from the first call "
                + "(a module-level accumulator, a default mutable argument or a cache?). " + again.Difference, second, true);
        }
        if (!firstOk.Equal)
        {
            return CallJudgement.Test(name, TestGroup.Rerun, Verdict.WA, "the first call was already wrong: " + firstOk.Difference, first, true);
        }
        return CallJudgement.Test(name, TestGroup.Rerun, Verdict.AC, null, second, false);
    }

    private TestResult Untouched(CallVerdict call, string input)
    {
        const string name = "input rows not modified";
        if (call.Outcome?.RowsAfter is not { } after)
        {
            return CallJudgement.Test(name, TestGroup.Rerun, CallJudgement.VerdictOf(call).Item1 is var v and not Verdict.AC ? v : Verdict.IE, "the rows could not be checked", call, false);
        }
        var before = CallPlanner.CanonicalRows(input);
        if (after.Count != before.Count)
        {
            return CallJudgement.Test(name, TestGroup.Rerun, Verdict.WA,
                $"the input has {before.Count} row(s) but {after.Count} came back after the call: rows were removed from the input, or the judge's copy of them was tampered with", call, false);
        }
        var changed = Enumerable.Range(0, before.Count).Where(i => !ValueComparer.Identical(before[i], after[i])).ToList();
        if (changed.Count > 0)
        {
            var i = changed[0];
            return CallJudgement.Test(name, TestGroup.Rerun, Verdict.WA,
                $"{changed.Count} input row(s) were modified in place, e.g. row {i}: was {PythonRepr.Of(before[i])}, now {PythonRepr.Of(after[i])}; copy a row before changing it", call, false);
        }
        return CallJudgement.Test(name, TestGroup.Rerun, Verdict.AC, null, call, false);
    }

    private TestResult Pieces(CallVerdict full, IReadOnlyList<CallVerdict> pieces, CallResult want, int count)
    {
        var name = $"backfill in {count} pieces equals one full run";
        foreach (var call in pieces.Prepend(full))
        {
            if (CallJudgement.VerdictOf(call) is (not Verdict.AC, var message) and var (verdict, _))
            {
                return CallJudgement.Test(name, TestGroup.Rerun, verdict, message, call, true);
            }
        }
        var union = new CallResult("list", pieces.SelectMany(p => p.Result!.Kind == "map" ? p.Result.Items : p.Result.Items).ToList());
        var joined = new ResultComparer(CompareMode.Unordered, tests.Tolerance).Compare(
            new CallResult("list", full.Result!.Items), union);
        if (!joined.Equal)
        {
            return CallJudgement.Test(name, TestGroup.Rerun, Verdict.WA,
                $"running the date range in {count} pieces gave a different result than one full run: {joined.Difference}. "
                + "Filter on the ingestion date with a half-open range and keep no state between runs", full, true);
        }
        var vsReference = comparer.Compare(want, full.Result!);
        return vsReference.Equal ? CallJudgement.Test(name, TestGroup.Rerun, Verdict.AC, null, full, false)
            : CallJudgement.Test(name, TestGroup.Rerun, Verdict.WA, "the full run is wrong: " + vsReference.Difference, full, true);
    }
}
