using Grain.Content;
using Grain.Judge;

namespace Grain.Web;

/// <summary>Where the web app finds its content and keeps its data.</summary>
public sealed class GrainWebOptions
{
    public required string ContentDirectory { get; init; }
    public required string DataDirectory { get; init; }

    /// <summary>Content packs loaded beside the library (<c>--content</c>, <c>GRAIN_CONTENT_PATH</c>).</summary>
    public IReadOnlyList<string> ContentPacks { get; init; } = [];
    public string? Urls { get; init; }

    /// <summary>The library already loaded and checked by the host (<c>grain serve</c> refuses content with errors); null loads it from the folders above.</summary>
    public ContentLibrary? Library { get; init; }

    /// <summary>
    /// The content kinds the library is read with (<see cref="ContentKinds.Builtin"/> by default; a host adds one with
    /// <c>ContentKinds.Builtin.With(kind)</c>); a kind without a page of its own gets the generic item page at its prefix.
    /// Ignored when <see cref="Library"/> is given: the library carries its kinds.
    /// </summary>
    public ContentKinds ContentKinds { get; init; } = ContentKinds.Builtin;

    /// <summary>Host names the app answers to, separated by ';' (<c>*</c> for any); null derives them from <see cref="Urls"/>.</summary>
    public string? AllowedHosts { get; init; }

    /// <summary>
    /// True (the default): the web app grades submissions itself. False (<c>grain serve --grading off</c>): it only stores
    /// them, queued, for <c>grain worker</c> processes on the same PostgreSQL database.
    /// </summary>
    public bool GradeInProcess { get; init; } = true;

    /// <summary>A PostgreSQL connection string for the store (<c>--database</c>); null reads <c>GRAIN_DB</c>, and without it SQLite in the data folder.</summary>
    public string? Database { get; init; }
    /// <summary>Cohort mode: accounts with sign-in, each learner's data their own, the instructor's view (also configuration <c>Grain:Cohort=true</c>).</summary>
    public bool Cohort { get; init; }

    /// <summary>How long one grading may take before the grading queue stops it with an error report.</summary>
    public TimeSpan JudgeTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// What the judges are given (data folder, PostgreSQL, sandbox mode, Python interpreter); null binds them from the
    /// process environment over <see cref="DataDirectory"/>.
    /// </summary>
    public JudgeSettings? Judges { get; init; }

    /// <summary>Options from GRAIN_CONTENT / GRAIN_DATA / GRAIN_URLS / GRAIN_ALLOWED_HOSTS and the judges' variables, with the built-in content and ~/.grain as defaults.</summary>
    public static GrainWebOptions FromEnvironment()
    {
        var data = Environment.GetEnvironmentVariable("GRAIN_DATA") is { Length: > 0 } d ? d
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".grain");
        return new()
        {
            ContentDirectory = Environment.GetEnvironmentVariable("GRAIN_CONTENT") is { Length: > 0 } c ? c
                : ContentLocator.FindBuiltIn() ?? throw new InvalidOperationException("no content folder found; set GRAIN_CONTENT"),
            DataDirectory = data,
            Urls = Environment.GetEnvironmentVariable("GRAIN_URLS"),
            ContentPacks = (Environment.GetEnvironmentVariable("GRAIN_CONTENT_PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            AllowedHosts = Environment.GetEnvironmentVariable("GRAIN_ALLOWED_HOSTS") is { Length: > 0 } h ? h : null,
            Judges = JudgeSettings.Bind(data, Environment.GetEnvironmentVariable),
        };
    }

    /// <summary>Reads a variable for the store: <see cref="Database"/> stands for <c>GRAIN_DB</c> when set, the process environment for the rest.</summary>
    public string? StoreVariable(string name) =>
        name == Store.GrainStore.ConnectionVariable && Database is { Length: > 0 } database ? database : Environment.GetEnvironmentVariable(name);
}
