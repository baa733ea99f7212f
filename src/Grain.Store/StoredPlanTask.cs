using Grain.Core.Learning.Planning;

namespace Grain.Store;

/// <summary>A plan task with its storage id and when it was done.</summary>
public sealed record StoredPlanTask(long Id, DateOnly Day, int Order, PlanTask Task, DateTimeOffset? DoneAt);
