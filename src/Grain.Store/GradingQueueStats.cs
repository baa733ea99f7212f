namespace Grain.Store;

/// <summary>The grading queue as monitoring sees it: how many submissions wait, how many are being graded, and how long the oldest has waited.</summary>
public sealed record GradingQueueStats(int Queued, int Running, TimeSpan? OldestQueuedAge);
