using Grain.Core.Judging;
using Grain.Core.Judging.Details;
using Grain.Testing;

namespace Grain.Judge.Tests.Python;

/// <summary>Learning from a Run: each example shows what the function printed, and a wrong answer shows its input beside the expected and actual output.</summary>
public sealed class ExampleFeedbackTests
{
    private const string PrintsAndMissesOneEvent = """
        def count_events(events):
            counts = {}
            for i, event in enumerate(events):
                print("seen", event["event_type"])
                if i > 0:
                    key = (event["user_id"], event["event_type"])
                    counts[key] = counts.get(key, 0) + 1
            return counts
        """;

    [RequiresFact("bubblewrap", "python")]
    public async Task Should_Show_Printed_Output_Under_Every_Example_And_The_Input_Of_A_Wrong_One()
    {
        // Given: a solution that prints and skips the first event

        // When
        var report = await JudgeFixture.Judge.JudgeAsync(new JudgeRequest("event-counts", "python", PrintsAndMissesOneEvent, ExamplesOnly: true));

        // Then
        var examples = report.Tests.Where(t => t.Group == TestGroup.Example).ToList();
        var wrong = examples.Single(t => t.Verdict == Verdict.WA);
        wrong.Output.ShouldNotBeNull().ShouldContain("seen view");
        var details = wrong.Details.ShouldBeOfType<ValueDiffDetails>();
        details.Input.ShouldNotBeNull().ShouldContain("\"event_type\":\"click\"");
        details.Input!.Split('\n').Length.ShouldBe(3);
    }

    [RequiresFact("bubblewrap", "python")]
    public async Task Should_Show_Printed_Output_Under_A_Passing_Example_That_Is_Not_The_First()
    {
        // Given: a right answer that prints only on the second example (the empty stream)
        const string Code = """
            def count_events(events):
                counts = {}
                for event in events:
                    key = (event["user_id"], event["event_type"])
                    counts[key] = counts.get(key, 0) + 1
                if not counts:
                    print("no events at all")
                return counts
            """;

        // When
        var report = await JudgeFixture.Judge.JudgeAsync(new JudgeRequest("event-counts", "python", Code, ExamplesOnly: true));

        // Then
        report.Status.ShouldBe(JudgeStatus.Pass);
        report.Tests.Where(t => t.Group == TestGroup.Example).Last().Output.ShouldNotBeNull().ShouldContain("no events at all");
    }
}
