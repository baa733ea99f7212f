namespace Grain.Core.Learning.Fsrs;

/// <summary>How well the learner recalled an item: the four review buttons.</summary>
public enum Rating
{
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

/// <summary>Where a card is in the FSRS state machine.</summary>
public enum CardState
{
    New = 0,
    Learning = 1,
    Review = 2,
    Relearning = 3,
}
