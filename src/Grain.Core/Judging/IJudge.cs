namespace Grain.Core.Judging;

/// <summary>What a judge is asked to do.</summary>
public sealed record JudgeRequest(string ProblemId, string Language, string Code, bool ExamplesOnly = false, string? Engine = null);

/// <summary>A judge for one language; the web app and the CLI call it the same way.</summary>
public interface IJudge
{
    /// <summary>The language this judge grades: python or sql.</summary>
    string Language { get; }

    /// <summary>Grades a submission. Never throws for bad submissions: those become CE/RTE results.</summary>
    Task<JudgeReport> JudgeAsync(JudgeRequest request, CancellationToken cancellationToken = default);
}
