using Grain.Core.Learning.Fsrs;

namespace Grain.Core.Learning.Progress;

/// <summary>When an item counts as mastered: one definition for readiness, the library's status chips and the progress page.</summary>
public static class Mastery
{
    /// <summary>Stability (days) from which a reviewed item counts as mastered.</summary>
    public const double StabilityDays = 21;

    /// <summary>True for an item in review (not new, learning or relearning after a lapse) whose memory lasts three weeks or more.</summary>
    public static bool IsMastered(SrsCard card) => card.State == CardState.Review && card.Stability >= StabilityDays;
}
