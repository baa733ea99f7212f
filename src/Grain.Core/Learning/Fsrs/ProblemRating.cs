namespace Grain.Core.Learning.Fsrs;

/// <summary>Turns a judged attempt at a problem into an FSRS rating, so problems come back for re-solving.</summary>
public static class ProblemRating
{
    /// <summary>
    /// Solved with no hints → Good; solved after hints → Hard; failed → Again (comes back soon, via relearning).
    /// </summary>
    public static Rating From(bool solved, int hintsRevealed) =>
        !solved ? Rating.Again : hintsRevealed > 0 ? Rating.Hard : Rating.Good;
}
