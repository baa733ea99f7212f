using Grain.Testing;

namespace Grain.Cli.Tests;

/// <summary><c>grain worker</c> and <c>grain serve --grading off</c> need PostgreSQL; on SQLite they refuse with one line and exit 2.</summary>
public sealed class WorkerCommandTests
{
    private static readonly Dictionary<string, string> Env = new() { ["GRAIN_CONTENT"] = RepoPaths.Content };

    [Fact]
    public async Task Should_Refuse_To_Start_A_Worker_Without_PostgreSQL()
    {
        // Given
        var data = TestFolders.Fresh("grain-worker-");

        // When
        var run = await CliRunner.RunAsync(RepoPaths.Root, Env, "worker", "--data", data);

        // Then
        run.ExitCode.ShouldBe(GrainCli.Usage);
        run.Error.ShouldContain("grain worker grades from a PostgreSQL database: pass --database or set GRAIN_DB");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Should_Refuse_To_Serve_With_Grading_Off_Without_PostgreSQL()
    {
        // Given
        var data = TestFolders.Fresh("grain-worker-");

        // When
        var run = await CliRunner.RunAsync(RepoPaths.Root, Env, "serve", "--grading", "off", "--urls", "http://127.0.0.1:0", "--data", data);

        // Then
        run.ExitCode.ShouldBe(GrainCli.Usage);
        run.Error.ShouldContain("--grading off leaves grading to 'grain worker', which needs PostgreSQL");
        run.Out.ShouldNotContain("Grain is running");
    }

    [Theory]
    [InlineData("--concurrency", "0")]
    [InlineData("--lease", "0")]
    public async Task Should_Refuse_A_Worker_Setting_Out_Of_Range(string option, string value)
    {
        // Given
        var data = TestFolders.Fresh("grain-worker-");

        // When
        var run = await CliRunner.RunAsync(RepoPaths.Root, Env, "worker", option, value, "--database", "Host=127.0.0.1", "--data", data);

        // Then
        run.ExitCode.ShouldBe(GrainCli.Usage);
        run.Error.ShouldContain("--concurrency must be 1..64 and --lease 1..3600 seconds");
    }

    [Fact]
    public async Task Should_Say_In_One_Line_When_The_Workers_Database_Cannot_Be_Reached()
    {
        // Given: nothing listens on port 1
        var data = TestFolders.Fresh("grain-worker-");

        // When
        var run = await CliRunner.RunAsync(RepoPaths.Root, Env, "worker", "--database", "Host=127.0.0.1;Port=1;Username=grain;Timeout=3", "--data", data);

        // Then
        run.ExitCode.ShouldBe(GrainCli.Usage);
        run.Error.ShouldContain("cannot open the database");
        run.Error.ShouldNotContain("   at ");
    }
}
