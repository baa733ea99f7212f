using System.Diagnostics;
using Grain.Core.Content;

namespace Grain.Judge.Python;

public sealed partial class PythonJudge
{
    /// <summary>Wall seconds to run <paramref name="code"/> once per input through the harness in the sandbox (the scale check's way).</summary>
    internal async Task<double> TimeReferenceAsync(Problem problem, string code, IReadOnlyList<string> inputs, CancellationToken ct)
    {
        var tests = TestsFile.Load(Path.Combine(problem.Directory, "tests.yaml"));
        var submission = new Submission(this, _sandbox.Value, problem, tests, code);
        var clock = Stopwatch.StartNew();
        foreach (var input in inputs)
        {
            await submission.RunOnceAsync(input, ct);
        }
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>The input files of every candidate call of a full grading of <paramref name="problem"/>.</summary>
    internal IReadOnlyList<string> FullGradingInputs(Problem problem)
    {
        var tests = TestsFile.Load(Path.Combine(problem.Directory, "tests.yaml"));
        return new Submission(this, _sandbox.Value, problem, tests, "").InputsOfFullGrading();
    }
}
