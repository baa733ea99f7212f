using System.Text.Json;
using Grain.Testing;

namespace Grain.Cli.Tests;

/// <summary><c>grain assess</c>, <c>plan</c>, <c>review</c>, <c>progress</c> on a small fixture library.</summary>
public sealed class LearningCommandTests : IDisposable
{
    private const string Today = "2026-05-04T08:00:00Z";
    private readonly string _data = Directory.CreateTempSubdirectory("grain-learning-").FullName;

    public static string FixtureContent => Path.Combine(RepoPaths.Root, "tests", "Grain.Cli.Tests", "Data", "learning");

    private static readonly string[] Ratings =
        ["--sql", "2", "--python", "4", "--distributed-systems", "1", "--data-modeling", "3", "--orchestration", "2",
         "--cloud-services", "3", "--coding-dsa", "3", "--data-quality", "5"];

    public void Dispose() => Directory.Delete(_data, true);

    private Dictionary<string, string> Env(string now = Today) => new() { ["GRAIN_CONTENT"] = FixtureContent, ["GRAIN_NOW"] = now };

    private Task<CliRunner.Run> Run(string now, string? input, params string[] args) =>
        CliRunner.RunWithInputAsync(_data, Env(now), input, [.. args, "--data", _data]);

    private Task<CliRunner.Run> Assess(params string[] extra) =>
        Run(Today, null, ["assess", .. Ratings, "--company", "testco", "--date", "2026-05-20", "--hours", "1.5", .. extra]);

    [Fact]
    public async Task Should_Give_A_Plan_That_Respects_Hours_And_Date_From_A_Scripted_Assessment()
    {
        // Given
        (await Assess()).ExitCode.ShouldBe(0);

        // When
        var run = await Run(Today, null, "plan", "--json");

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        root.GetProperty("today").GetString().ShouldBe("2026-05-04");
        root.GetProperty("interview_date").GetString().ShouldBe("2026-05-20");
        var days = root.GetProperty("days").EnumerateArray().ToList();
        days.Count.ShouldBe(8);
        days.ShouldAllBe(d => d.GetProperty("minutes").GetInt32() <= 90);
        days.ShouldAllBe(d => string.CompareOrdinal(d.GetProperty("date").GetString(), "2026-05-20") < 0);
        days[0].GetProperty("tasks").EnumerateArray().ShouldContain(t => t.GetProperty("kind").GetString() == "new-cards");
    }

    [Fact]
    public async Task Should_Show_The_Next_Interval_Per_Rating_And_Save_Scripted_Reviews()
    {
        // When
        var run = await Run(Today, " 3 3 4q", "review");
        var progress = await Run(Today, null, "progress", "--json");

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("1 Again (1m)");
        run.Out.ShouldContain("3 Good (10m)");
        run.Out.ShouldContain("rated Good · next in 10m");
        run.Out.ShouldContain("Reviewed 3 card(s).");
        using var doc = JsonDocument.Parse(progress.Out);
        doc.RootElement.GetProperty("skills").EnumerateArray().Sum(s => s.GetProperty("cards_started").GetInt32()).ShouldBe(3);
    }

    [Fact]
    public async Task Should_Leave_A_Suspended_Card_Out_And_Bring_A_Buried_One_Back_The_Next_Day()
    {
        // Given a session that suspends the first card and buries the second
        var first = await Run(Today, "sbq", "review");
        first.ExitCode.ShouldBe(0, first.Error);
        first.Out.ShouldContain("suspended");
        first.Out.ShouldContain("buried until tomorrow");
        var titles = CardLines(first.Out);

        // When the same day and the next day are reviewed
        var sameDay = CardLines((await Run(Today, "q", "review")).Out);
        var nextDay = await Run("2026-05-05T08:00:00Z", " 3q", "review");

        // Then: the same day skips both; the next day brings the buried card back and never the suspended one
        sameDay[0].ShouldNotBe(titles[0]);
        sameDay[0].ShouldNotBe(titles[1]);
        CardLines(nextDay.Out)[0].ShouldBe(titles[1]);
        nextDay.Out.ShouldNotContain(titles[0]);
    }

    // The question printed under each "Card i/n" line, in order.
    private static List<string> CardLines(string output)
    {
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        return lines.Select((l, i) => (l, i)).Where(p => p.l.StartsWith("Card ", StringComparison.Ordinal) && p.i + 1 < lines.Count)
            .Select(p => lines[p.i + 1]).ToList();
    }

    [Fact]
    public async Task Should_Rebuild_The_Plan_From_Today_When_The_Learner_Falls_Behind()
    {
        // Given
        (await Assess()).ExitCode.ShouldBe(0);

        // When
        var later = await Run("2026-05-08T08:00:00Z", null, "plan", "--json");

        // Then
        later.ExitCode.ShouldBe(0, later.Error);
        using var doc = JsonDocument.Parse(later.Out);
        doc.RootElement.GetProperty("rebuilt").GetBoolean().ShouldBeTrue();
        doc.RootElement.GetProperty("days")[0].GetProperty("date").GetString().ShouldBe("2026-05-08");
    }

    [Theory]
    [InlineData("--company", "nope", "unknown company 'nope'")]
    [InlineData("--date", "2026-05-01", "must be after today")]
    [InlineData("--date", "20-12-2026", "YYYY-MM-DD")]
    [InlineData("--hours", "0", "hours per day")]
    public async Task Should_Reject_Bad_Assessment_Input_With_Exit_2(string flag, string value, string message)
    {
        // Given
        List<string> args = ["assess", .. Ratings, "--company", "testco", "--date", "2026-05-20", "--hours", "1"];
        args[args.IndexOf(flag) + 1] = value;

        // When
        var run = await Run(Today, null, [.. args]);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(message);
    }

    [Fact]
    public async Task Should_Ask_For_Missing_Ratings_As_Flags_When_Not_In_A_Terminal()
    {
        var run = await Run(Today, null, "assess", "--sql", "3", "--company", "testco", "--date", "2026-05-20", "--hours", "1");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("missing --python");
    }

    [Fact]
    public async Task Should_Say_To_Assess_First_When_There_Is_No_Plan()
    {
        var run = await Run(Today, null, "plan");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("grain assess");
    }

    [Fact]
    public async Task Should_Refuse_A_Database_Newer_Than_The_Program()
    {
        // Given
        (await Run(Today, null, "progress")).ExitCode.ShouldBe(0);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_data, "grain.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version (version, name, applied_ms) VALUES (42, 'future', 0)";
            await command.ExecuteNonQueryAsync();
        }

        // When
        var run = await Run(Today, null, "progress");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("schema version 42");
    }
}
