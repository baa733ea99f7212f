using System.Text.Json;
using Grain.Testing;

namespace Grain.Cli.Tests;

/// <summary>Commands read the library through the cache of the data folder, and one-item commands read one file.</summary>
public sealed class ContentCacheCommandTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(RepoPaths.Root, "tests", "Grain.Content.Tests", "Data", "valid");

    private readonly string _work = Directory.CreateTempSubdirectory("grain-cache-cli-").FullName;
    private readonly string _content;
    private readonly string _data;

    public ContentCacheCommandTests()
    {
        _content = Path.Combine(_work, "content");
        _data = Path.Combine(_work, "data");
        var past = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.EnumerateFiles(Fixture, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_content, Path.GetRelativePath(Fixture, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        // Dated back, so the first command writes the cache (files changed in the last seconds are not cached).
        foreach (var entry in new DirectoryInfo(_content).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            entry.LastWriteTimeUtc = past;
        }
        Directory.SetLastWriteTimeUtc(_content, past);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private Dictionary<string, string> Variables(string? data = null) => new() { ["GRAIN_CONTENT"] = _content, ["GRAIN_DATA"] = data ?? _data };

    private string Card => Path.Combine(_content, "cards", "sql-basics", "card-one.md");

    private static string Title(CliRunner.Run run) => JsonDocument.Parse(run.Out).RootElement[0].GetProperty("title").GetString()!;

    [Fact]
    public async Task Should_Pick_Up_A_Content_Change_On_The_Next_Command()
    {
        // Given
        var first = await CliRunner.RunAsync(_work, Variables(), "cards", "--json");
        Title(first).ShouldBe("Card one");
        Directory.EnumerateFiles(Path.Combine(_data, "cache"), "content-*.json").ShouldHaveSingleItem();

        // When: the same length, so only the timestamp changes
        File.WriteAllText(Card, File.ReadAllText(Card).Replace("title: Card one", "title: Card two"));
        var second = await CliRunner.RunAsync(_work, Variables(), "cards", "--json");

        // Then
        second.ExitCode.ShouldBe(0, second.Error);
        Title(second).ShouldBe("Card two");
    }

    [Fact]
    public async Task Should_Ignore_A_Corrupt_Cache_With_A_Note()
    {
        // Given
        (await CliRunner.RunAsync(_work, Variables(), "problems")).ExitCode.ShouldBe(0);
        var cache = Directory.EnumerateFiles(Path.Combine(_data, "cache"), "content-*.json").Single();
        File.WriteAllBytes(cache, [0x7b, 0x00, 0xff, 0x22]);

        // When
        var run = await CliRunner.RunAsync(_work, Variables(), "problems");

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("sum-values");
        run.Error.ShouldContain($"grain: ignoring the content cache {cache}");
    }

    [Fact]
    public async Task Should_Work_When_The_Data_Folder_Cannot_Be_Used()
    {
        // Given: the data folder would have to live under a regular file
        var file = Path.Combine(_work, "a-file");
        File.WriteAllText(file, "");
        var variables = Variables(Path.Combine(file, "data"));

        // When
        var cards = await CliRunner.RunAsync(_work, variables, "cards", "--json");
        var problems = await CliRunner.RunAsync(_work, variables, "problems");
        var show = await CliRunner.RunAsync(_work, variables, "show", "card-one");

        // Then
        cards.ExitCode.ShouldBe(0, cards.Error);
        Title(cards).ShouldBe("Card one");
        problems.ExitCode.ShouldBe(0, problems.Error);
        show.ExitCode.ShouldBe(0, show.Error);
        show.Out.ShouldContain("What does GROUP BY do?");
    }

    [Fact]
    public async Task Should_Report_Errors_In_The_Shown_Item_With_Path_And_Line()
    {
        // Given
        File.WriteAllText(Card, File.ReadAllText(Card).Replace("level: junior", "level: wizard"));

        // When
        var run = await CliRunner.RunAsync(_work, Variables(), "show", "card-one");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("cards/sql-basics/card-one.md:5: unknown level 'wizard'");
    }

    [Fact]
    public async Task Should_Show_One_Item_Without_Reading_The_Rest_But_List_With_Every_Error()
    {
        // Given: a broken file that only a full load reads
        File.WriteAllText(Path.Combine(_content, "design", "broken.md"), "no front matter\n");

        // When
        var show = await CliRunner.RunAsync(_work, Variables(), "show", "sum-values");
        var list = await CliRunner.RunAsync(_work, Variables(), "problems");
        var again = await CliRunner.RunAsync(_work, Variables(), "problems");

        // Then
        show.ExitCode.ShouldBe(0, show.Error);
        show.Out.ShouldContain("Sum values");
        list.ExitCode.ShouldBe(2);
        list.Error.ShouldContain("design/broken.md:1: missing YAML front matter");
        again.ExitCode.ShouldBe(2);
        again.Error.ShouldContain("design/broken.md:1: missing YAML front matter");
    }

    [Fact]
    public async Task Should_Still_Name_An_Unknown_Id()
    {
        // When
        var run = await CliRunner.RunAsync(_work, Variables(), "show", "no-such-thing");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("no card, problem or exercise with id 'no-such-thing'");
    }

    [Fact]
    public async Task Should_Run_A_Command_Named_After_A_Content_Pack_And_Still_List_Every_Command_In_Help()
    {
        // Given: a pack with one more card, named before the command
        var pack = Path.Combine(_work, "pack");
        Directory.CreateDirectory(Path.Combine(pack, "cards"));
        File.WriteAllText(Path.Combine(pack, "cards", "card-three.md"), File.ReadAllText(Card).Replace("id: card-one", "id: card-three"));

        // When
        var show = await CliRunner.RunAsync(_work, Variables(), "--content", pack, "show", "card-three");
        var help = await CliRunner.RunAsync(_work, Variables(), "--help");

        // Then
        show.ExitCode.ShouldBe(0, show.Error);
        show.Out.ShouldContain("What does GROUP BY do?");
        help.ExitCode.ShouldBe(0);
        foreach (var command in new[] { "content", "cards", "show", "serve", "review", "assess", "plan", "progress", "bench", "judge", "problems", "start" })
        {
            help.Out.ShouldContain("  " + command + " ");
        }
    }
}
