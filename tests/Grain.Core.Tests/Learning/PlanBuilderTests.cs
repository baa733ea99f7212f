using Grain.Core.Learning.Planning;
using static Grain.Core.Tests.Learning.PlanFixtures;

namespace Grain.Core.Tests.Learning;

public sealed class PlanBuilderTests
{
    private static void ShouldRespectHoursAndDates(StudyPlan plan, SelfAssessment assessment)
    {
        plan.Days.ShouldAllBe(d => d.Minutes <= assessment.HoursPerDay * 60);
        plan.Days.ShouldAllBe(d => d.Date >= plan.Start && d.Date < assessment.InterviewDate);
        plan.Days.Select(d => d.Date).ShouldBeUnique();
        var items = plan.Days.SelectMany(d => d.Tasks).SelectMany(t => t.ItemIds).ToList();
        items.ShouldBeUnique();
    }

    [Fact]
    public void Should_Give_The_Same_Plan_For_The_Same_Inputs()
    {
        // Given
        var input = Input(Assessment(2, 30));

        // When
        var first = PlanBuilder.Build(input);
        var second = PlanBuilder.Build(Input(Assessment(2, 30)));

        // Then
        System.Text.Json.JsonSerializer.Serialize(second).ShouldBe(System.Text.Json.JsonSerializer.Serialize(first));
    }

    [Fact]
    public void Should_Plan_Every_Day_Until_The_Interview_Within_The_Hours()
    {
        // Given
        var assessment = Assessment(3, 35, hours: 1.5);

        // When
        var plan = PlanBuilder.Build(Input(assessment));

        // Then
        plan.Days.Count.ShouldBe(35);
        ShouldRespectHoursAndDates(plan, assessment);
        plan.Days.SelectMany(d => d.Tasks).ShouldContain(t => t.Kind == PlanTaskKind.Checkpoint);
        plan.Days.Skip(1).ShouldAllBe(d => d.Tasks.Any(t => t.Kind == PlanTaskKind.Review));
    }

    [Fact]
    public void Should_Put_Mock_Loops_Only_In_The_Last_Week()
    {
        // Given
        var assessment = Assessment(3, 30, hours: 5);

        // When
        var plan = PlanBuilder.Build(Input(assessment));

        // Then
        var mockDays = plan.Days.Where(d => d.Tasks.Any(t => t.Kind == PlanTaskKind.MockLoop)).Select(d => d.Date).ToList();
        mockDays.ShouldBe([assessment.InterviewDate.AddDays(-6), assessment.InterviewDate.AddDays(-3)]);
        plan.Days.SelectMany(d => d.Tasks).Where(t => t.Kind == PlanTaskKind.MockLoop).ShouldAllBe(t => t.Minutes == 270);
    }

    [Fact]
    public void Should_Plan_A_Single_Day_When_The_Interview_Is_Tomorrow()
    {
        // Given
        var assessment = Assessment(2, 1, hours: 2);

        // When
        var plan = PlanBuilder.Build(Input(assessment));

        // Then
        var day = plan.Days.ShouldHaveSingleItem();
        day.Date.ShouldBe(Today);
        ShouldRespectHoursAndDates(plan, assessment);
        var mock = day.Tasks.Where(t => t.Kind == PlanTaskKind.MockLoop).ShouldHaveSingleItem();
        mock.Minutes.ShouldBe(105);
        mock.Title.ShouldContain("2 of 5 rounds");
    }

    [Fact]
    public void Should_Spread_New_Material_Over_Six_Months_And_Keep_Reviewing()
    {
        // Given
        var assessment = Assessment(3, 182, hours: 1);

        // When
        var plan = PlanBuilder.Build(Input(assessment));

        // Then
        plan.Days.Count.ShouldBe(182);
        ShouldRespectHoursAndDates(plan, assessment);
        var learningDays = plan.Days.Where(d => d.Tasks.Any(t => t.Kind is PlanTaskKind.NewCards or PlanTaskKind.Problem)).ToList();
        learningDays.Count.ShouldBeGreaterThan(40);
        learningDays[^1].Date.ShouldBeGreaterThan(Today.AddDays(40));
        plan.Days.SelectMany(d => d.Tasks).SelectMany(t => t.ItemIds).Count().ShouldBe(Items().Count);
        plan.Days[^10].Tasks.ShouldContain(t => t.Kind == PlanTaskKind.Review);
    }

    [Fact]
    public void Should_Weigh_Company_Emphasis_When_All_Skills_Are_Rated_5()
    {
        // Given
        var assessment = Assessment(5, 21, hours: 1);

        // When
        var plan = PlanBuilder.Build(Input(assessment, cardsPerTopic: 40));

        // Then
        ShouldRespectHoursAndDates(plan, assessment);
        var minutes = MinutesPerSkill(plan);
        minutes["sql"].ShouldBeGreaterThan(minutes["orchestration"]);
    }

    [Fact]
    public void Should_Fill_Every_Day_When_All_Skills_Are_Rated_1()
    {
        // Given
        var assessment = Assessment(1, 14, hours: 3);

        // When
        var plan = PlanBuilder.Build(Input(assessment, cardsPerTopic: 40));

        // Then
        ShouldRespectHoursAndDates(plan, assessment);
        plan.Days.Take(7).ShouldAllBe(d => d.Minutes >= 150);
        MinutesPerSkill(plan).Count.ShouldBe(8);
    }

    [Fact]
    public void Should_Give_More_Time_To_Weaker_Skills()
    {
        // Given
        var ratings = SkillIds.ToDictionary(s => s, _ => 3);
        ratings["python"] = 1;
        ratings["data-quality"] = 5;
        var assessment = new SelfAssessment(ratings, "bigco", Today.AddDays(28), 1);

        // When
        var minutes = MinutesPerSkill(PlanBuilder.Build(Input(assessment, cardsPerTopic: 40)));

        // Then
        minutes["python"].ShouldBeGreaterThan(minutes["data-quality"] * 3);
    }

    [Fact]
    public void Should_Adapt_When_The_Learner_Reassesses()
    {
        // Given
        var before = Assessment(2, 28, hours: 1);
        var ratings = SkillIds.ToDictionary(s => s, _ => 2);
        ratings["sql"] = 5;
        var after = before with { Ratings = ratings };

        // When
        var first = MinutesPerSkill(PlanBuilder.Build(Input(before, cardsPerTopic: 40)));
        var second = MinutesPerSkill(PlanBuilder.Build(Input(after, cardsPerTopic: 40)));

        // Then
        second["sql"].ShouldBeLessThan(first["sql"]);
    }

    [Fact]
    public void Should_Replan_From_Today_Without_Overload_When_The_Learner_Falls_Behind()
    {
        // Given
        var assessment = Assessment(2, 21, hours: 1);
        var original = PlanBuilder.Build(Input(assessment));
        var doneFirstDayOnly = original.Days[0].Tasks.SelectMany(t => t.ItemIds).ToHashSet();

        // When
        var replanned = PlanBuilder.Build(Input(assessment, doneFirstDayOnly, Today.AddDays(5)));

        // Then
        replanned.Start.ShouldBe(Today.AddDays(5));
        replanned.Days.Count.ShouldBe(16);
        ShouldRespectHoursAndDates(replanned, assessment);
        var skipped = original.Days.Skip(1).Take(4).SelectMany(d => d.Tasks).SelectMany(t => t.ItemIds).ToList();
        var planned = replanned.Days.SelectMany(d => d.Tasks).SelectMany(t => t.ItemIds).ToHashSet();
        skipped.ShouldAllBe(id => planned.Contains(id));
        planned.ShouldNotContain(doneFirstDayOnly.First());
    }

    [Theory]
    [InlineData(0, 2, "must be after today")]
    [InlineData(10, 0, "hours per day")]
    [InlineData(10, 20, "hours per day")]
    public void Should_Reject_Impossible_Inputs(int daysAhead, double hours, string message)
    {
        Should.Throw<ArgumentException>(() => PlanBuilder.Build(Input(Assessment(3, daysAhead, hours)))).Message.ShouldContain(message);
    }

    [Fact]
    public void Should_Reject_A_Rating_Outside_1_To_5()
    {
        var assessment = Assessment(3, 10) with { Ratings = new Dictionary<string, int> { ["sql"] = 6 } };
        Should.Throw<ArgumentException>(() => PlanBuilder.Build(Input(assessment))).Message.ShouldContain("'sql'");
    }

    private static Dictionary<string, int> MinutesPerSkill(StudyPlan plan) => plan.Days
        .SelectMany(d => d.Tasks)
        .Where(t => t.SkillId is not null)
        .GroupBy(t => t.SkillId!)
        .ToDictionary(g => g.Key, g => g.Sum(t => t.Minutes));
}
