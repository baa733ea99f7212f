using Grain.Testing;

namespace Grain.Cli.Tests;

/// <summary>Content packs beside the library, and content errors reaching the user as path:line: message with exit 2.</summary>
public sealed class ContentPackCommandTests : IDisposable
{
    private static readonly string Pack = Path.Combine(RepoPaths.Root, "tests", "Grain.Judge.Tests", "Sql", "Data", "packs", "gym");

    private readonly string _work = Directory.CreateTempSubdirectory("grain-pack-cli-").FullName;

    // A minimal library: the topics the gym pack uses and one skill; no problems of its own.
    private string Library()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_work, "library")).FullName;
        File.WriteAllText(Path.Combine(dir, "topics.yaml"), "topics:\n" + string.Concat(
            new[] { "sql-nulls", "sql-joins", "sql-aggregation", "sql-window-functions" }.Select(t => $"  - id: {t}\n    title: {t}\n    description: {t}.\n")));
        File.WriteAllText(Path.Combine(dir, "skills.yaml"), "skills:\n  - id: sql\n    title: SQL\n    levels:\n      1: a\n      3: b\n      5: c\n    topics: [sql-joins]\n");
        return dir;
    }

    private Dictionary<string, string> Variables(string library, string? contentPath = null)
    {
        var variables = new Dictionary<string, string> { ["GRAIN_CONTENT"] = library, ["GRAIN_DATA"] = Path.Combine(_work, "data") };
        if (contentPath is not null)
        {
            variables["GRAIN_CONTENT_PATH"] = contentPath;
        }
        if (Components.PostgresConnectionString is { } pg)
        {
            variables["GRAIN_POSTGRES"] = pg;
        }
        return variables;
    }

    private static string CopyPack(string to)
    {
        foreach (var file in Directory.EnumerateFiles(Pack, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(Pack, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return to;
    }

    [Fact]
    public async Task Should_Check_A_Pack_Added_With_Content_And_Name_The_Engines_Of_Each_Problem()
    {
        // When
        var run = await CliRunner.RunAsync(_work, Variables(Library()), "content", "check", "--content", Pack);

        // Then
        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldContain("5 problems");
        run.Out.ShouldContain("sqlite + postgres: 5 problem(s)");
        run.Out.ShouldContain("gym-average-loan-hours (reference.postgres.sql)");
    }

    [Fact]
    public async Task Should_Show_A_Pack_Problem_Found_Through_Grain_Content_Path()
    {
        // When
        var run = await CliRunner.RunAsync(_work, Variables(Library(), Pack), "show", "gym-open-loans");

        // Then
        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldContain("Gear that is still out");
    }

    [Fact]
    public async Task Should_Report_An_Id_Clash_Between_Two_Packs_Naming_Both_Files()
    {
        // Given
        var copy = CopyPack(Path.Combine(_work, "copy"));

        // When
        var check = await CliRunner.RunAsync(_work, Variables(Library()), "content", "check", "--quick", "--content", Pack, "--content", copy);
        var show = await CliRunner.RunAsync(_work, Variables(Library()), "show", "gym-open-loans", "--content", Pack, "--content", copy);

        // Then
        check.ExitCode.ShouldBe(1);
        var clash = check.Out.Split('\n').First(l => l.Contains("duplicate item id 'gym-open-loans'"));
        clash.ShouldStartWith(Path.Combine(copy, "problems", "gym-open-loans", "problem.md") + ":1:");
        clash.ShouldContain(Path.Combine(Pack, "problems", "gym-open-loans", "problem.md"));
        show.ExitCode.ShouldBe(2);
        show.Error.ShouldContain("duplicate item id 'gym-open-loans'");
        show.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Should_Exit_Two_With_Path_And_Line_When_A_Dataset_Has_An_Unknown_Key()
    {
        // Given: the pack with a misspelt key in its dataset
        var copy = CopyPack(Path.Combine(_work, "broken"));
        var dataset = Path.Combine(copy, "datasets", "gym", "dataset.yaml");
        File.AppendAllText(dataset, "colour: blue\n");
        var line = File.ReadAllLines(dataset).Length;
        File.WriteAllText(Path.Combine(_work, "gym-open-loans.sql"), "SELECT 1");

        // When
        var judge = await CliRunner.RunAsync(_work, Variables(Library()), "judge", "gym-open-loans.sql", "--engine", "sqlite", "--content", copy);
        var check = await CliRunner.RunAsync(_work, Variables(Library()), "content", "check", "--content", copy);

        // Then
        judge.ExitCode.ShouldBe(2);
        (judge.Out + judge.Error).ShouldContain($"{dataset}:{line}:");
        (judge.Out + judge.Error).ShouldNotContain("Exception");
        check.ExitCode.ShouldBe(1);
        check.Out.ShouldContain($"{dataset}:{line}:");
    }

    [Fact]
    public async Task Should_Refuse_A_Missing_Pack_Folder_With_A_Usage_Error()
    {
        // When
        var run = await CliRunner.RunAsync(_work, Variables(Library(), "/no/such/pack"), "problems");

        // Then
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("content pack not found: /no/such/pack");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
