using System.Text.Json;
using Grain.Testing;

namespace Grain.Cli.Tests;

public sealed class FoundationCommandTests
{
    private static readonly Dictionary<string, string> Env = new() { ["GRAIN_CONTENT"] = RepoPaths.Content };

    [Fact]
    public async Task Should_Pass_Content_Check_On_The_Shipped_Content()
    {
        // When
        var run = await CliRunner.RunAsync(RepoPaths.Root, Env, "content", "check", "--quick");

        // Then
        run.Out.ShouldStartWith("content ok:", customMessage: run.Out + run.Error);
        run.ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Exit_1_And_Name_The_File_And_Line_When_Content_Is_Broken()
    {
        // Given
        var dir = TestFolders.Fresh("grain-cli-");
        File.WriteAllText(Path.Combine(dir, "topics.yaml"), "topics:\n  - id: a\n    title: [oops\n");

        // When
        var run = await CliRunner.RunAsync(dir, null, "content", "check", "--dir", dir);

        // Then
        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("topics.yaml:3: malformed YAML");
    }

    [Fact]
    public async Task Should_List_Cards_As_Valid_Json()
    {
        // When
        var run = await CliRunner.RunAsync(RepoPaths.Root, Env, "cards", "--json");

        // Then
        run.ExitCode.ShouldBe(0);
        using var doc = JsonDocument.Parse(run.Out);
        doc.RootElement.GetArrayLength().ShouldBeGreaterThanOrEqualTo(10);
        doc.RootElement[0].GetProperty("id").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Should_Filter_Cards_By_Topic_And_Reject_Unknown_Ones()
    {
        // When
        var ok = await CliRunner.RunAsync(RepoPaths.Root, Env, "cards", "--topic", "caching", "--json");
        var bad = await CliRunner.RunAsync(RepoPaths.Root, Env, "cards", "--topic", "astrology");
        var badLevel = await CliRunner.RunAsync(RepoPaths.Root, Env, "cards", "--level", "wizard");

        // Then
        ok.ExitCode.ShouldBe(0);
        JsonDocument.Parse(ok.Out).RootElement.EnumerateArray().ShouldAllBe(e => e.GetProperty("topic").GetString() == "caching");
        bad.ExitCode.ShouldBe(2);
        bad.Error.Trim().ShouldBe("grain: unknown topic 'astrology' (see content/topics.yaml)");
        badLevel.ExitCode.ShouldBe(2);
    }

    [Fact]
    public async Task Should_Show_A_Card_With_Its_Question_And_Answer()
    {
        // Given
        var library = Grain.Content.ContentLoader.Load(RepoPaths.Content).Library;
        var card = library.Cards[0];

        // When
        var run = await CliRunner.RunAsync(RepoPaths.Root, Env, "show", card.Id);

        // Then
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("Question");
        run.Out.ShouldContain("Answer");
        run.Out.ShouldContain(card.Question.Split('\n')[0].Trim()[..Math.Min(30, card.Question.Split('\n')[0].Trim().Length)]);
    }

    [Theory]
    [InlineData("show", "no-such-card")]
    [InlineData("cards", "--bogus")]
    [InlineData("frobnicate")]
    public async Task Should_Print_One_Line_And_Exit_2_On_Bad_Usage(params string[] args)
    {
        // When
        var run = await CliRunner.RunAsync(RepoPaths.Root, Env, args);

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.Trim().Split('\n').Length.ShouldBe(1);
        run.Error.ShouldStartWith("grain: ");
    }
}
