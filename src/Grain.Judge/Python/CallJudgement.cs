using Grain.Core.Judging;

namespace Grain.Judge.Python;

/// <summary>Turns one call's outcome into a verdict and a test result (shared by the cases, the re-run checks and the scale check).</summary>
internal static class CallJudgement
{
    /// <summary>The verdict of a call before its value is compared: a forced process verdict, the harness's error, or AC.</summary>
    public static (Verdict, string?) VerdictOf(CallVerdict call)
    {
        if (call.Forced is { } forced)
        {
            return (forced, call.Message);
        }
        if (call.Outcome?.Error is { } e)
        {
            var where = e.Line is { } line ? $" at line {line}" : "";
            return e.Kind switch
            {
                "memory" => (Verdict.MLE, $"MemoryError{where}: the function ran out of memory"),
                "output" => (Verdict.WA, $"{e.Message}; return only None, bool, int, float, str, list, tuple, dict (or a view or generator of them)"),
                "exit" => (Verdict.RTE, $"the function called exit(){where}"),
                _ => (Verdict.RTE, $"{e.Type}{where}: {e.Message}".TrimEnd(' ', ':')),
            };
        }
        return (Verdict.AC, null);
    }

    /// <summary>A test result with the call's time, memory and (when <paramref name="showOutput"/>) printed output.</summary>
    public static TestResult Test(string name, string group, Verdict verdict, string? message, CallVerdict? call, bool showOutput) => new()
    {
        Name = name,
        Group = group,
        Status = verdict == Verdict.AC ? JudgeStatus.Pass : verdict == Verdict.IE ? JudgeStatus.Error : JudgeStatus.Fail,
        Verdict = verdict,
        Message = message,
        Output = showOutput && call is { Stdout.Length: > 0 } ? Clip(call.Stdout, 500) : null,
        CpuMs = call?.CpuMs ?? 0,
        WallMs = call?.WallMs ?? 0,
        PeakKb = call?.PeakKb ?? 0,
    };

    /// <summary>The text cut to <paramref name="max"/> characters.</summary>
    public static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
