namespace Grain.Store;

/// <summary>
/// A stored submission; <see cref="ReportJson"/> is the judge report (DESIGN.md §5) once graded; <see cref="ExamplesOnly"/> marks a Run.
/// <see cref="LeaseOwner"/> names the worker grading it (null in the in-process queue); <see cref="Attempts"/> counts worker claims.
/// </summary>
public sealed record StoredSubmission(
    long Id,
    long UserId,
    string ProblemId,
    string Language,
    string Code,
    string Status,
    bool? Passed,
    string? ReportJson,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool ExamplesOnly = false,
    string? Engine = null,
    string? LeaseOwner = null,
    int Attempts = 0);
