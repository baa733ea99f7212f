using System.Text.Json;
using Grain.Testing;

namespace Grain.Cli.Tests.Python;

public sealed class JudgeCommandsTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("grain-cli-judge-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    private Task<int> Run(params string[] args) =>
        GrainCli.RunAsync(args, CliEnvironment.ForTest(_out, _err, _work, new Dictionary<string, string>
        {
            ["GRAIN_CONTENT"] = RepoPaths.Content,
            ["GRAIN_DATA"] = Path.Combine(_work, "data"),
        }));

    [Fact]
    public async Task Should_List_The_Python_Problems_As_Json()
    {
        // When
        var code = await Run("problems", "--language", "python", "--json");

        // Then
        code.ShouldBe(0);
        var ids = JsonDocument.Parse(_out.ToString()).RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        ids.ShouldContain("event-counts");
        ids.ShouldContain("window-counts");
    }

    [Fact]
    public async Task Should_Write_The_Starter_And_Refuse_To_Overwrite_It()
    {
        (await Run("start", "event-counts")).ShouldBe(0);
        File.Exists(Path.Combine(_work, "event-counts.py")).ShouldBeTrue();
        (await Run("start", "event-counts")).ShouldBe(2);
        _err.ToString().ShouldContain("already exists");
    }

    [Fact]
    public async Task Should_Exit_2_For_An_Unknown_Problem_Or_File()
    {
        File.WriteAllText(Path.Combine(_work, "x.py"), "def f(): pass\n");
        (await Run("judge", "x.py", "--problem", "no-such-problem")).ShouldBe(2);
        (await Run("judge", "missing.py", "--problem", "event-counts")).ShouldBe(2);
        (await Run("start", "no-such-problem")).ShouldBe(2);
    }

    [RequiresFact("python")]
    public async Task Should_Judge_A_Starter_File_As_Failing_And_Print_The_Json_Contract()
    {
        // Given
        await Run("start", "event-counts");
        _out.GetStringBuilder().Clear();

        // When
        var code = await Run("judge", "event-counts.py", "--json", "--only", "examples");

        // Then
        code.ShouldBe(1);
        var report = JsonDocument.Parse(_out.ToString()).RootElement;
        report.GetProperty("status").GetString().ShouldBe("fail");
        report.GetProperty("tests")[0].GetProperty("verdict").GetString().ShouldBe("RTE");
        report.GetProperty("tests")[0].GetProperty("message").GetString()!.ShouldContain("NotImplementedError");
    }

    [RequiresFact("python")]
    public async Task Should_Report_A_Syntax_Error_As_Error_With_Exit_2()
    {
        File.WriteAllText(Path.Combine(_work, "event-counts.py"), "def count_events(events)\n    return {}\n");
        (await Run("judge", "event-counts.py", "--only", "examples")).ShouldBe(2);
        _out.ToString().ShouldContain("syntax error");
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
