namespace Grain.Core.Learning.Fsrs;

/// <summary>The FSRS memory of an item: stability in days and difficulty in [1, 10].</summary>
public readonly record struct MemoryState(double Stability, double Difficulty);
