namespace Grain.Core.Judging;

/// <summary>What a judge is asked to do.</summary>
public sealed record JudgeRequest(string ProblemId, string Language, string Code, bool ExamplesOnly = false, string? Engine = null)
{
    /// <summary>Told each group of tests as it finishes (examples, hidden, faults, …), before the whole report; optional.</summary>
    public IProgress<JudgeProgress>? Progress { get; init; }
}

/// <summary>The tests of one group a judge has just finished grading.</summary>
public sealed record JudgeProgress(string Group, IReadOnlyList<TestResult> Tests);

/// <summary>A judge for one language; the web app and the CLI call it the same way.</summary>
public interface IJudge
{
    /// <summary>The language this judge grades: python or sql.</summary>
    string Language { get; }

    /// <summary>Grades a submission. Never throws for bad submissions: those become CE/RTE results.</summary>
    Task<JudgeReport> JudgeAsync(JudgeRequest request, CancellationToken cancellationToken = default);
}
