using Grain.Core.Content;
using Grain.Core.Learning.Mock;
using static Grain.Core.Tests.Learning.PlanFixtures;

namespace Grain.Core.Tests.Learning;

public sealed class MockLoopTests
{
    private static readonly MockCandidate[] Candidates =
    [
        new("q1", ["phone-screen"], ["phone-screen"], []), new("q2", ["phone-screen"], [], []), new("q3", ["phone-screen"], [], []), new("q4", ["phone-screen"], [], []),
        new("top-n", ["sql"], ["sql"], ["bigco"]), new("sessions", ["sql"], ["sql"], []),
        new("dedupe", ["coding"], ["coding"], []),
        new("clickstream", ["system-design"], ["system-design"], []),
        new("conflict", ["behavioral"], ["behavioral"], []),
    ];

    [Fact]
    public void Should_Draw_One_Unseen_Item_Per_Round_From_The_Company_Profile()
    {
        // Given
        var seen = new HashSet<string> { "top-n" };

        // When
        var loop = MockLoopBuilder.Build(Company, Candidates, seen, seed: 1);

        // Then
        loop.Rounds.Select(r => r.Type).ShouldBe(["phone-screen", "sql", "coding", "system-design", "behavioral"]);
        loop.Rounds[0].ItemIds.Count.ShouldBe(3);
        loop.Rounds[0].ItemIds[0].ShouldBe("q1");
        loop.Rounds[1].ItemIds.ShouldBe(["sessions"]);
        loop.Rounds[2].ItemIds.ShouldBe(["dedupe"]);
        loop.Minutes.ShouldBe(270);
        loop.Rounds.SelectMany(r => r.ItemIds).ShouldBeUnique();
    }

    [Fact]
    public void Should_Be_Deterministic_For_A_Seed()
    {
        var a = MockLoopBuilder.Build(Company, Candidates, new HashSet<string>(), 7);
        var b = MockLoopBuilder.Build(Company, Candidates, new HashSet<string>(), 7);
        a.Rounds.SelectMany(r => r.ItemIds).ShouldBe(b.Rounds.SelectMany(r => r.ItemIds));
    }

    private static List<RubricGrade> Grades(int strongTicked, int leanTicked, int redFlags) =>
    [
        .. Enumerable.Range(0, 3).Select(i => new RubricGrade(HireVerdict.StrongHire, $"s{i}", i < strongTicked)),
        .. Enumerable.Range(0, 2).Select(i => new RubricGrade(HireVerdict.LeanHire, $"l{i}", i < leanTicked)),
        .. Enumerable.Range(0, 3).Select(i => new RubricGrade(HireVerdict.NoHire, $"n{i}", i < redFlags)),
    ];

    [Theory]
    [InlineData(3, 2, 0, null, HireVerdict.StrongHire)]
    [InlineData(2, 2, 0, null, HireVerdict.StrongHire)]
    [InlineData(2, 2, 1, null, HireVerdict.LeanHire)]
    [InlineData(0, 1, 1, null, HireVerdict.LeanHire)]
    [InlineData(0, 1, 2, null, HireVerdict.NoHire)]
    [InlineData(1, 0, 0, null, HireVerdict.NoHire)]
    [InlineData(3, 2, 0, false, HireVerdict.LeanHire)]
    [InlineData(3, 2, 0, true, HireVerdict.StrongHire)]
    public void Should_Grade_A_Round_By_The_Stated_Rule(int strong, int lean, int redFlags, bool? autoPassed, HireVerdict expected)
    {
        HireRule.Round(Grades(strong, lean, redFlags), autoPassed).ShouldBe(expected);
    }

    [Theory]
    [InlineData(new[] { 2, 2, 1, 2 }, HireVerdict.StrongHire)]
    [InlineData(new[] { 2, 2, 0, 2 }, HireVerdict.LeanHire)]
    [InlineData(new[] { 1, 1, 1 }, HireVerdict.LeanHire)]
    [InlineData(new[] { 2, 0, 0, 2 }, HireVerdict.NoHire)]
    [InlineData(new[] { 1, 0, 1 }, HireVerdict.NoHire)]
    [InlineData(new int[0], HireVerdict.NoHire)]
    public void Should_Give_A_Loop_Verdict_By_The_Stated_Rule(int[] rounds, HireVerdict expected)
    {
        HireRule.Loop(rounds.Select(r => (HireVerdict)r).ToList()).ShouldBe(expected);
    }

    [Theory]
    [InlineData(true, false, HireVerdict.LeanHire)]
    [InlineData(false, true, HireVerdict.NoHire)]
    [InlineData(null, true, HireVerdict.LeanHire)]
    public void Should_Let_The_Judge_Decide_Whether_The_Solution_Is_Correct(bool? passed, bool learnerTicked, HireVerdict expected)
    {
        // Given: the coding rubric with only its judged criterion ticked (or not) by the learner
        List<RubricGrade> ticks =
        [
            new(HireVerdict.StrongHire, MockRubric.JudgedCriterion, learnerTicked),
            new(HireVerdict.StrongHire, "Stated the cost", false),
            new(HireVerdict.LeanHire, "Explained the approach", false),
            new(HireVerdict.NoHire, "No working solution", false),
        ];

        // When
        var grades = MockRubric.WithJudge(ticks, passed);

        // Then
        grades[0].Ticked.ShouldBe(passed ?? learnerTicked);
        grades.Skip(1).ShouldBe(ticks.Skip(1));
        HireRule.Round(grades, passed).ShouldBe(expected);
    }

    [Fact]
    public void Should_Grade_A_Round_On_The_Rubrics_Its_Items_Kinds_Give_Else_A_Standard_One()
    {
        // Given: rubrics as the items' content kinds give them (a design has one, a card and a problem none)
        var here = new SourceLocation("test.md", 1);
        var design = new DesignExercise("pipeline", "Pipeline", "t", Level.Mid, [], [], ContentStatus.Reviewed, 45, "p", [], [], "r",
            new Rubric(["plans for failures"], ["names the stages"], ["no plan"]), [], [], here);
        var card = new ConceptCard("q1", "Q1", "t", Level.Mid, [], [], ContentStatus.Reviewed, [], "q", "a", [], [], [], here);
        var problem = new Problem("p1", "P1", "t", Level.Mid, [], [], ContentStatus.Reviewed, "sql", "easy", "", null, null, [], "", [], "", [], "", here);
        var items = new IContentItem[] { design, card, problem }.ToDictionary(i => i.Id);
        Rubric? RubricOf(IContentItem item) => item is DesignExercise d ? d.Rubric : null;

        // When
        var designRubric = MockRubric.For(new MockRound(1, "system-design", "Design", 45, ["pipeline"]), items.GetValueOrDefault, RubricOf);
        var codingRubric = MockRubric.For(new MockRound(2, "sql", "SQL", 45, ["p1"]), items.GetValueOrDefault, RubricOf);
        var questionsRubric = MockRubric.For(new MockRound(3, "phone-screen", "Screen", 30, ["q1"]), items.GetValueOrDefault, RubricOf);

        // Then
        designRubric.StrongHire.ShouldBe(["plans for failures"]);
        codingRubric.StrongHire.ShouldContain(MockRubric.JudgedCriterion);
        questionsRubric.StrongHire.ShouldNotContain(MockRubric.JudgedCriterion);
        questionsRubric.NoHire.ShouldBe(["Could not answer most questions"]);
    }
}
