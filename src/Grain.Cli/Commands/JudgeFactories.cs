using Grain.Content;
using Grain.Core.Judging;
using Grain.Judge.Python;
using Grain.Judge.Sandbox;

namespace Grain.Cli.Commands;

/// <summary>Settings the judge command passes to every judge.</summary>
internal sealed record JudgeSettings(ContentLibrary Library, string DataDirectory, SandboxMode Sandbox);

/// <summary>One factory per language; <c>grain judge</c> dispatches on the problem's language. SQL adds its line here.</summary>
internal static class JudgeFactories
{
    public static readonly IReadOnlyDictionary<string, Func<JudgeSettings, IJudge>> ByLanguage = new Dictionary<string, Func<JudgeSettings, IJudge>>
    {
        ["python"] = s => new PythonJudge(new PythonJudgeOptions { Library = s.Library, DataDirectory = s.DataDirectory, Sandbox = s.Sandbox }),
    };
}
