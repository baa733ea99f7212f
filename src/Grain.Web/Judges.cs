using Grain.Content;
using Grain.Core.Judging;
using Grain.Judge.Languages;
using Grain.Judge.Pandas;
using Grain.Judge.Python;
using Grain.Judge.Sandbox;
using Grain.Judge.Sql;

namespace Grain.Web;

/// <summary>Registers the real judges as <see cref="IJudge"/>; the grading queue picks one per language.</summary>
public static class Judges
{
    /// <summary>
    /// The SQL judge (SQLite, and PostgreSQL when GRAIN_POSTGRES is set), the Python judge (sandboxed with bubblewrap) and the
    /// pandas judge (the Python sandbox, expected rows from the SQL judge), caching datasets and expected outputs in the data folder.
    /// </summary>
    public static void AddGrainJudges(this IServiceCollection services)
    {
        services.AddSingleton(sp => new SqlJudgeOptions
        {
            DataDirectory = sp.GetRequiredService<GrainWebOptions>().DataDirectory,
            PostgresConnectionString = Environment.GetEnvironmentVariable("GRAIN_POSTGRES") is { Length: > 0 } cs ? cs : null,
        });
        services.AddSingleton(sp => new SqlJudge(sp.GetRequiredService<ContentLibrary>(), sp.GetRequiredService<SqlJudgeOptions>()));
        services.AddSingleton<IJudge>(sp => sp.GetRequiredService<SqlJudge>());
        services.AddSingleton(sp => new PythonJudgeOptions
        {
            Library = sp.GetRequiredService<ContentLibrary>(),
            DataDirectory = sp.GetRequiredService<GrainWebOptions>().DataDirectory,
            // bubblewrap when installed; without it, local mode with limits only, and every report says so.
            Sandbox = SandboxMode.Auto,
        });
        services.AddSingleton<IJudge>(sp => new PythonJudge(sp.GetRequiredService<PythonJudgeOptions>()));
        services.AddSingleton(sp => new JudgeLanguages(sp.GetRequiredService<ContentLibrary>()));
        services.AddSingleton<IJudge>(sp => new PandasJudge(sp.GetRequiredService<SqlJudge>(), new PandasJudgeOptions
        {
            Library = sp.GetRequiredService<ContentLibrary>(),
            DataDirectory = sp.GetRequiredService<GrainWebOptions>().DataDirectory,
            Sandbox = SandboxMode.Auto,
        }));
    }
}
