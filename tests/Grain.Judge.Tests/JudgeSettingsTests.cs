using Grain.Content;
using Grain.Core.Judging;
using Grain.Judge.Python;
using Grain.Judge.Sandbox;
using Grain.Judge.Sql;
using Grain.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Grain.Judge.Tests;

/// <summary>Judge settings are bound once from the host's variables and reach every judge through one registration.</summary>
public sealed class JudgeSettingsTests
{
    private static readonly ContentLibrary Library = ContentLoader.Load(RepoPaths.Content).Library;

    [Fact]
    public void Should_Bind_Every_Judge_Variable_From_The_Lookup_It_Is_Given()
    {
        // Given
        var variables = new Dictionary<string, string>
        {
            ["GRAIN_POSTGRES"] = "Host=db;Username=grain",
            ["GRAIN_NO_BWRAP"] = "1",
            ["GRAIN_PYTHON"] = "/opt/python/bin/python3",
            ["GRAIN_NO_CGROUP"] = "1",
        };

        // When
        var settings = JudgeSettings.Bind("/data", name => variables.GetValueOrDefault(name));

        // Then
        settings.ShouldBe(new JudgeSettings
        {
            DataDirectory = "/data",
            PostgresConnectionString = "Host=db;Username=grain",
            Sandbox = SandboxMode.Local,
            Python = "/opt/python/bin/python3",
            RunCgroups = false,
        });
    }

    [Theory]
    [InlineData(null, null, SandboxMode.Auto)]
    [InlineData("1", null, SandboxMode.Required)]
    [InlineData(null, "1", SandboxMode.Local)]
    [InlineData("1", "1", SandboxMode.Required)]
    public void Should_Let_A_Required_Sandbox_Win_Over_Running_Without_Bubblewrap(string? require, string? noBwrap, SandboxMode expected)
    {
        // When
        var settings = JudgeSettings.Bind("/data", name => name switch
        {
            "GRAIN_REQUIRE_SANDBOX" => require,
            "GRAIN_NO_BWRAP" => noBwrap,
            _ => null,
        });

        // Then
        settings.Sandbox.ShouldBe(expected);
        settings.PostgresConnectionString.ShouldBeNull();
        settings.Python.ShouldBeNull();
        settings.RunCgroups.ShouldBeTrue();
    }

    [Fact]
    public void Should_Register_One_Judge_Per_Language_Built_From_The_Settings()
    {
        // Given
        var settings = new JudgeSettings { DataDirectory = "/data/grain", PostgresConnectionString = "Host=db", Sandbox = SandboxMode.Required, Python = "python3.12" };

        // When
        using var services = new ServiceCollection().AddSingleton(Library).AddGrainJudges(settings).BuildServiceProvider();

        // Then
        services.GetServices<IJudge>().Select(j => j.Language).ShouldBe(["sql", "python", "pandas"]);
        services.JudgeFor("sql").ShouldBeOfType<SqlJudge>().AvailableEngines.ShouldBe(["sqlite", "postgres", "duckdb"]);
        services.JudgeFor("python").ShouldBeOfType<PythonJudge>();
        services.GetRequiredService<PythonJudgeOptions>().ShouldBe(settings.PythonOptions(Library));
        services.GetRequiredService<SqlJudgeOptions>().SqliteCacheDirectory.ShouldBe(Path.Combine("/data/grain", "sql-datasets", "sqlite"));
        services.JudgeFor("cobol").ShouldBeNull();
    }

    [Fact]
    public async Task Should_Add_A_Language_With_One_Registration_And_Let_Tests_Replace_The_Settings()
    {
        // Given: the built-in judges, a toy language, and settings replaced after the registration
        var replaced = new JudgeSettings { DataDirectory = "/elsewhere", Python = "/no/such/python3" };
        using var services = new ServiceCollection()
            .AddSingleton(Library)
            .AddGrainJudges(new JudgeSettings { DataDirectory = "/data" })
            .AddJudge(_ => new UpperCaseJudge())
            .AddSingleton(replaced)
            .BuildServiceProvider();

        // When
        var toy = await services.JudgeFor("upper")!.JudgeAsync(new JudgeRequest("shout", "upper", "HELLO"));
        var python = await services.JudgeFor("python")!.JudgeAsync(new JudgeRequest(Library.Problems.First(p => p.Language == "python").Id, "python", "x = 1\n"));

        // Then
        toy.Status.ShouldBe(JudgeStatus.Pass);
        services.GetServices<IJudge>().Select(j => j.Language).ShouldBe(["sql", "python", "pandas", "upper"]);
        services.GetRequiredService<PythonJudgeOptions>().DataDirectory.ShouldBe("/elsewhere");
        python.Message.ShouldNotBeNull().ShouldContain("/no/such/python3");
    }

    [RequiresFact("bubblewrap", "python")]
    public void Should_Run_Without_Bubblewrap_Or_Cgroups_When_The_Variables_Say_So()
    {
        // Given: bubblewrap is installed, but the variables ask for local mode and no run cgroups
        var settings = JudgeSettings.Bind(TestFolders.Fresh("grain-settings-"), name => name is "GRAIN_NO_BWRAP" or "GRAIN_NO_CGROUP" ? "1" : null);

        // When
        var judge = new PythonJudge(settings.PythonOptions(Library));
        var sandbox = new PythonSandbox(settings.Sandbox, runCgroups: settings.RunCgroups);

        // Then
        judge.SandboxWarning.ShouldNotBeNull().ShouldContain("WITHOUT a sandbox");
        new PythonSandbox(SandboxMode.Required).Isolated.ShouldBeTrue();
        sandbox.Isolated.ShouldBeFalse();
        sandbox.Gaps.ShouldContain(g => g.StartsWith("no writable memory cgroup", StringComparison.Ordinal));
        sandbox.Gaps.ShouldContain(g => g.StartsWith("no writable pids cgroup", StringComparison.Ordinal));
    }

    /// <summary>A toy language: code passes when it is written in capitals.</summary>
    private sealed class UpperCaseJudge : IJudge
    {
        public string Language => "upper";

        public Task<JudgeReport> JudgeAsync(JudgeRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(request.Code == request.Code.ToUpperInvariant()
                ? Report(request, JudgeStatus.Pass, Verdict.AC)
                : Report(request, JudgeStatus.Fail, Verdict.WA));

        private JudgeReport Report(JudgeRequest request, string status, Verdict verdict) => new()
        {
            Problem = request.ProblemId,
            Language = Language,
            Status = status,
            Tests = [new TestResult { Name = "capitals", Group = TestGroup.Example, Status = status, Verdict = verdict }],
        };
    }
}
