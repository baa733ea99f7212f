using Grain.Core.Learning.Planning;

namespace Grain.Store;

/// <summary>The stored active plan of a user.</summary>
public sealed record StoredPlan(long Id, long? AssessmentId, DateTimeOffset CreatedAt, StudyPlan Plan, IReadOnlyList<StoredPlanTask> Tasks);
