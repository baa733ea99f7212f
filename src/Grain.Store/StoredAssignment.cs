namespace Grain.Store;

/// <summary>Problems and cards an instructor set for a cohort, due on a date.</summary>
public sealed record StoredAssignment(long Id, string CohortId, string Title, IReadOnlyList<string> ItemIds, DateOnly Due, DateTimeOffset CreatedAt);
