using Grain.Content;
using Grain.Judge.Python;
using Grain.Judge.Sandbox;
using Grain.Judge.Sql;

namespace Grain.Judge;

/// <summary>
/// What every judge is given by its host: bound once at the host's edge (<see cref="Bind"/>), then passed to
/// <see cref="JudgeServices.AddGrainJudges(Microsoft.Extensions.DependencyInjection.IServiceCollection, JudgeSettings)"/>. Nothing in Grain.Judge reads the environment itself.
/// </summary>
public sealed record JudgeSettings
{
    /// <summary>The data folder: the judges cache datasets and expected outputs under it.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>An Npgsql connection string for the SQL judge's PostgreSQL engine (<c>GRAIN_POSTGRES</c>); null runs SQLite only.</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>How Python submissions are isolated: <c>GRAIN_REQUIRE_SANDBOX=1</c> requires bubblewrap, <c>GRAIN_NO_BWRAP=1</c> runs without it.</summary>
    public SandboxMode Sandbox { get; init; } = SandboxMode.Auto;

    /// <summary>The Python interpreter, a command or a path (<c>GRAIN_PYTHON</c>); null means <c>python3</c> on PATH.</summary>
    public string? Python { get; init; }

    /// <summary>False when runs must not use cgroups (<c>GRAIN_NO_CGROUP=1</c>): per-process limits only.</summary>
    public bool RunCgroups { get; init; } = true;

    /// <summary>
    /// Binds the settings from environment-style variables (the host passes its lookup: the process environment, or a
    /// test's dictionary): <c>GRAIN_POSTGRES</c>, <c>GRAIN_REQUIRE_SANDBOX</c>, <c>GRAIN_NO_BWRAP</c>, <c>GRAIN_PYTHON</c>,
    /// <c>GRAIN_NO_CGROUP</c>.
    /// </summary>
    public static JudgeSettings Bind(string dataDirectory, Func<string, string?> variable) => new()
    {
        DataDirectory = dataDirectory,
        PostgresConnectionString = variable("GRAIN_POSTGRES") is { Length: > 0 } cs ? cs : null,
        Sandbox = variable("GRAIN_REQUIRE_SANDBOX") == "1" ? SandboxMode.Required
            : variable("GRAIN_NO_BWRAP") == "1" ? SandboxMode.Local
            : SandboxMode.Auto,
        Python = variable("GRAIN_PYTHON") is { Length: > 0 } python ? python : null,
        RunCgroups = variable("GRAIN_NO_CGROUP") != "1",
    };

    /// <summary>The SQL judge's options under these settings.</summary>
    public SqlJudgeOptions SqlOptions() => new()
    {
        DataDirectory = DataDirectory,
        PostgresConnectionString = PostgresConnectionString,
    };

    /// <summary>The Python judge's options under these settings.</summary>
    public PythonJudgeOptions PythonOptions(ContentLibrary library) => new()
    {
        Library = library,
        DataDirectory = DataDirectory,
        Sandbox = Sandbox,
        Python = Python,
        RunCgroups = RunCgroups,
    };

    /// <summary>The pandas judge's options under these settings.</summary>
    public Pandas.PandasJudgeOptions PandasOptions(ContentLibrary library) => new()
    {
        Library = library,
        DataDirectory = DataDirectory,
        Sandbox = Sandbox,
        Python = Python,
    };
}
