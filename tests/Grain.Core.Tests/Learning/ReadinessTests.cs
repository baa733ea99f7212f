using Grain.Core.Learning.Fsrs;
using Grain.Core.Learning.Progress;

namespace Grain.Core.Tests.Learning;

public sealed class ReadinessTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_Count_Mastered_Cards_Solved_Problems_Recall_And_Time_Per_Skill()
    {
        // Given
        ProgressItem[] items = [new("c1", "card", "sql"), new("c2", "card", "sql"), new("p1", "problem", "sql"), new("c3", "card", "python")];
        SrsCard[] cards =
        [
            new("c1", CardState.Review, 0, 30, 4, Now, Now.AddDays(-5), 4, 0),
            new("c2", CardState.Review, 0, 3, 4, Now, Now.AddDays(-1), 2, 1),
        ];
        ReviewLogEntry[] logs =
        [
            new("c1", Rating.Good, CardState.Review, Now.AddDays(-5), 10, 30, 30, 4, 60_000),
            new("c2", Rating.Again, CardState.Review, Now.AddDays(-1), 3, 0, 3, 4, 30_000),
            new("c2", Rating.Good, CardState.Relearning, Now.AddDays(-60), 3, 0, 3, 4, 30_000),
        ];

        // When
        var report = Readiness.Compute(["sql", "python"], items, cards, logs, new HashSet<string> { "p1" },
            new Dictionary<string, int> { ["sql"] = 3 }, new Dictionary<string, double> { ["sql"] = 1.0, ["python"] = 0.0 }, Now);

        // Then
        var sql = report.Skills[0];
        sql.CardsTotal.ShouldBe(2);
        sql.CardsMastered.ShouldBe(1);
        sql.CardsStarted.ShouldBe(2);
        sql.ProblemsSolved.ShouldBe(1);
        sql.RecallRate.ShouldBe(0.5);
        sql.TimeSpent.ShouldBe(TimeSpan.FromMinutes(2));
        // (0.30×0.5 + 0.10×1 + 0.20×0.5 + 0.25×1 + 0.15×0.5) / 1.0 = 0.675
        sql.Readiness.ShouldBe(68);
        report.Skills[1].Readiness.ShouldBe(0);
        report.Overall.ShouldBe((int)Math.Round((68 * 1.0 + 0 * 0.05) / 1.05, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Should_Drop_Terms_A_Skill_Has_No_Content_For()
    {
        Readiness.Score(cards: 0, started: 0, mastered: 0, recall: null, problems: 4, solved: 2, selfRating: null).ShouldBe(50);
        Readiness.Score(cards: 0, started: 0, mastered: 0, recall: null, problems: 0, solved: 0, selfRating: null).ShouldBe(0);
        Readiness.Score(cards: 10, started: 10, mastered: 10, recall: 1, problems: 5, solved: 5, selfRating: 5).ShouldBe(100);
    }
}
