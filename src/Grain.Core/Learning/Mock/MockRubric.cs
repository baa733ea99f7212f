using Grain.Core.Content;

namespace Grain.Core.Learning.Mock;

/// <summary>The rubric a mock round is graded on: the item's own rubric, or a standard one for problems and card questions.</summary>
public static class MockRubric
{
    /// <summary>HireRule.Round in one sentence.</summary>
    public const string Rule = "Strong Hire: two thirds of the Strong Hire criteria and no No Hire sign. Lean Hire: half of the Lean Hire (or Strong Hire) criteria and at most one No Hire sign. Otherwise No Hire.";

    /// <summary>The coding rubric's criterion the judge decides when the round has a graded Submit.</summary>
    public const string JudgedCriterion = "A correct solution on the examples and the hidden cases";

    private static readonly Rubric Coding = new(
        [JudgedCriterion, "Stated time and memory cost and the edge cases (NULLs, duplicates, empty input)"],
        ["A working solution with a hint or a small bug fixed after testing", "Explained the approach before coding"],
        ["No working solution at the end of the round"]);

    private static readonly Rubric Questions = new(
        ["Answered every question with its key phrases", "Handled the follow-up questions"],
        ["Answered most questions in outline"],
        ["Could not answer most questions"]);

    /// <summary>
    /// The rubric for a round: its items' own rubrics (<paramref name="rubricOf"/>, as their content kind says) joined, else
    /// the standard coding rubric for a problem and the questions rubric for the rest.
    /// </summary>
    public static Rubric For(MockRound round, Func<string, IContentItem?> find, Func<IContentItem, Rubric?> rubricOf)
    {
        var rubrics = round.ItemIds.Select(find).OfType<IContentItem>().Select(rubricOf).OfType<Rubric>().ToList();
        if (rubrics.Count > 0)
        {
            return new Rubric([.. rubrics.SelectMany(r => r.StrongHire)], [.. rubrics.SelectMany(r => r.LeanHire)], [.. rubrics.SelectMany(r => r.NoHire)]);
        }
        return round.ItemIds.Any(id => find(id) is Problem) ? Coding : Questions;
    }

    /// <summary>
    /// The grades with the judge's verdict as evidence: when a Submit was graded (<paramref name="passed"/> not null), the
    /// judged criterion is ticked exactly when it passed, whatever the learner ticked. Without a verdict the grades stay.
    /// </summary>
    public static IReadOnlyList<RubricGrade> WithJudge(IReadOnlyList<RubricGrade> grades, bool? passed) =>
        passed is not { } p ? grades
        : grades.Select(g => g.Level == HireVerdict.StrongHire && g.Criterion == JudgedCriterion ? g with { Ticked = p } : g).ToList();
}
