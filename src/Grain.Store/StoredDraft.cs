namespace Grain.Store;

/// <summary>The code a learner is writing for a problem and when it was last saved.</summary>
public sealed record StoredDraft(string ProblemId, string Code, DateTimeOffset SavedAt);
