using Grain.Core.Judging;

namespace Grain.Judge.Python;

/// <summary>The result of grading a group of cases: its tests, or why the module or the judge could not run them.</summary>
internal sealed record GroupResult(IReadOnlyList<TestResult> Tests, HarnessError? CompileError, string? InternalError);
