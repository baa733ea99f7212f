using System.Text.Json.Nodes;
using Grain.Judge.Comparison;

namespace Grain.Judge.Python;

/// <summary>One call of the function to make in a harness process.</summary>
internal sealed record PlannedCall(string Id, string Input, JsonObject Args, bool KeepRows = false);

/// <summary>How one call ended: the harness outcome, or a verdict the process forced (TLE, MLE, OLE, RTE).</summary>
internal sealed record CallVerdict(CallOutcome? Outcome, Core.Judging.Verdict? Forced, string? Message, string Stdout, long CpuMs, long WallMs, long PeakKb)
{
    public CallResult? Result => Forced is null ? Outcome?.Result : null;
}

/// <summary>The calls of one batch, and a compile error when the module could not be loaded.</summary>
internal sealed record BatchResult(IReadOnlyDictionary<string, CallVerdict> Calls, HarnessError? CompileError, string? InternalError);
