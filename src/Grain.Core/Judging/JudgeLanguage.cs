using Grain.Core.Content;

namespace Grain.Core.Judging;

/// <summary>
/// One language a judge grades: its id (the <c>language</c> of requests and reports), the solution file's extension,
/// the editor mode, which problems it accepts and how its starter is built. Registered once, in <c>JudgeLanguages</c>.
/// </summary>
public sealed record JudgeLanguage
{
    /// <summary>The id used by requests, reports and <c>--language</c>: sql, python, pandas.</summary>
    public required string Id { get; init; }

    /// <summary>The name shown to people: SQL, Python, pandas.</summary>
    public required string Name { get; init; }

    /// <summary>The solution file's extension, with the dot: <c>.sql</c>, <c>.py</c>.</summary>
    public required string Extension { get; init; }

    /// <summary>The editor's language mode for this language (CodeMirror's name).</summary>
    public required string EditorMode { get; init; }

    /// <summary>True when the language can answer the problem.</summary>
    public required Func<Problem, bool> Accepts { get; init; }

    /// <summary>The starter text written by <c>grain start</c> and shown in the editor.</summary>
    public required Func<Problem, string> Starter { get; init; }
}
