using Grain.Content;
using Grain.Core.Judging;
using Grain.Judge.Languages;
using Grain.Judge.Pandas;
using Grain.Judge.Python;
using Grain.Judge.Sql;
using Microsoft.Extensions.DependencyInjection;

namespace Grain.Judge;

/// <summary>Registers the judges, one <see cref="IJudge"/> per language; the web app and the CLI both call it.</summary>
public static class JudgeServices
{
    /// <summary>
    /// Registers <paramref name="settings"/>, each judge's options built from them, and one <see cref="IJudge"/> per
    /// language. The judges take the <c>ContentLibrary</c> registered by the host. A later registration of
    /// <see cref="JudgeSettings"/> or of a judge's options replaces these (tests shrink sizes that way).
    /// </summary>
    public static IServiceCollection AddGrainJudges(this IServiceCollection services, JudgeSettings settings) =>
        services.AddGrainJudges(_ => settings);

    /// <summary>As <see cref="AddGrainJudges(IServiceCollection, JudgeSettings)"/>, with the settings made from other services on first use.</summary>
    public static IServiceCollection AddGrainJudges(this IServiceCollection services, Func<IServiceProvider, JudgeSettings> settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton(sp => sp.GetRequiredService<JudgeSettings>().SqlOptions());
        services.AddSingleton(sp => sp.GetRequiredService<JudgeSettings>().PythonOptions(sp.GetRequiredService<ContentLibrary>()));
        services.AddSingleton(sp => sp.GetRequiredService<JudgeSettings>().PandasOptions(sp.GetRequiredService<ContentLibrary>()));

        // One line per judge.
        services.AddJudge(sp => new SqlJudge(sp.GetRequiredService<ContentLibrary>(), sp.GetRequiredService<SqlJudgeOptions>()));
        services.AddJudge(sp => new PythonJudge(sp.GetRequiredService<PythonJudgeOptions>()));
        services.AddJudge(sp => new PandasJudge(sp.GetRequiredService<SqlJudge>(), sp.GetRequiredService<PandasJudgeOptions>()));
        services.AddSingleton(sp => new JudgeLanguages(sp.GetRequiredService<ContentLibrary>()));
        return services;
    }

    /// <summary>Registers a judge; the last one registered for a language is the one used.</summary>
    public static IServiceCollection AddJudge<TJudge>(this IServiceCollection services, Func<IServiceProvider, TJudge> create)
        where TJudge : class, IJudge
    {
        services.AddSingleton(create);
        services.AddSingleton<IJudge>(sp => sp.GetRequiredService<TJudge>());
        return services;
    }

    /// <summary>The judge registered for a language (the last one registered), or null when there is none.</summary>
    public static IJudge? JudgeFor(this IServiceProvider services, string language) =>
        services.GetServices<IJudge>().LastOrDefault(j => j.Language == language);
}
