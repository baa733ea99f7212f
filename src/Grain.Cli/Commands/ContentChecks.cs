using Grain.Content;
using Grain.Judge.Pandas;
using Grain.Judge.Python.Checks;
using Grain.Judge.Sql.Checks;

namespace Grain.Cli.Commands;

/// <summary>The deep content checks each project contributes. Add yours here.</summary>
internal static class ContentChecks
{
    public static IReadOnlyList<IContentCheck> All(CliEnvironment env) =>
    [
        new SqlReferenceCheck(env.JudgeSettings().SqlOptions()),
        new ModelingSqlCheck(),
        new PythonReferenceCheck(env.JudgeSettings()),
        new PandasReferenceCheck(env.JudgeSettings()),
    ];
}
