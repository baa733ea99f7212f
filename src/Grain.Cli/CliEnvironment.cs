using Grain.Content;
using Spectre.Console;

namespace Grain.Cli;

/// <summary>What a command needs from the outside world: streams, a console, and where content and data live.</summary>
public sealed class CliEnvironment
{
    public required TextWriter Out { get; init; }
    public required TextWriter Error { get; init; }
    public required IAnsiConsole Console { get; init; }

    /// <summary>The working folder (where <c>grain start</c> writes files).</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>Environment variables, injectable for tests.</summary>
    public required Func<string, string?> Variable { get; init; }

    /// <summary>Keyboard input for interactive commands (<c>grain review</c>); piped stdin when scripted.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>The content kinds libraries are read with: the built-in ones unless a host adds more with <c>ContentKinds.Builtin.With(kind)</c>.</summary>
    public ContentKinds ContentKinds { get; init; } = ContentKinds.Builtin;

    /// <summary>True when <see cref="In"/> is a real terminal (keys are read one at a time without echo).</summary>
    public bool IsTerminal { get; init; }

    /// <summary>The current time: <c>GRAIN_NOW</c> (ISO 8601, for scripts and tests) or the clock.</summary>
    public DateTimeOffset Now() =>
        Variable("GRAIN_NOW") is { Length: > 0 } text
            ? DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var now)
                ? now.ToUniversalTime() : throw new UsageException($"GRAIN_NOW is not a date and time: {text}")
            : DateTimeOffset.UtcNow;

    /// <summary>The environment of the running process, reading content with <paramref name="kinds"/> (default: the built-in kinds).</summary>
    public static CliEnvironment FromProcess(ContentKinds? kinds = null) => new()
    {
        ContentKinds = kinds ?? ContentKinds.Builtin,
        Out = System.Console.Out,
        Error = System.Console.Error,
        Console = ProcessConsole(),
        WorkingDirectory = Directory.GetCurrentDirectory(),
        Variable = Environment.GetEnvironmentVariable,
        In = System.Console.In,
        IsTerminal = !System.Console.IsInputRedirected,
    };

    // Colour only for a terminal: piped or redirected output (and NO_COLOR) gets plain text a script can read.
    private static IAnsiConsole ProcessConsole()
    {
        var plain = System.Console.IsOutputRedirected || Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 };
        return plain
            ? AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Out = new AnsiConsoleOutput(System.Console.Out),
                Interactive = InteractionSupport.No,
            })
            : AnsiConsole.Console;
    }

    /// <summary>An environment writing to the given writers with a plain (no colour) console, for tests.</summary>
    public static CliEnvironment ForTest(TextWriter output, TextWriter error, string workingDirectory, IDictionary<string, string>? variables = null, TextReader? input = null, ContentKinds? kinds = null) => new()
    {
        ContentKinds = kinds ?? ContentKinds.Builtin,
        In = input ?? TextReader.Null,
        Out = output,
        Error = error,
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        }),
        WorkingDirectory = workingDirectory,
        Variable = name => variables is not null && variables.TryGetValue(name, out var v) ? v : null,
        CacheInHome = false,
    };

    /// <summary>
    /// The content folder: the option if given, else <c>GRAIN_CONTENT</c>, else the copy shipped next to the program,
    /// else a <c>content/</c> folder above the program (a source checkout).
    /// </summary>
    public string ResolveContentDirectory(string? option = null)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            var full = Path.GetFullPath(option, WorkingDirectory);
            return Directory.Exists(full) ? full : throw new UsageException($"content folder not found: {option}");
        }
        if (Variable("GRAIN_CONTENT") is { Length: > 0 } fromEnv)
        {
            return Directory.Exists(fromEnv) ? Path.GetFullPath(fromEnv) : throw new UsageException($"GRAIN_CONTENT folder not found: {fromEnv}");
        }
        return ContentLocator.FindBuiltIn() ?? throw new UsageException("no content folder found; pass --dir or set GRAIN_CONTENT");
    }

    /// <summary>What the judges are given: the data folder (<see cref="ResolveDataDirectory"/>) and the judges' variables (<see cref="Judge.JudgeSettings.Bind"/>).</summary>
    public Judge.JudgeSettings JudgeSettings(string? dataOption = null) => Judge.JudgeSettings.Bind(ResolveDataDirectory(dataOption), Variable);

    /// <summary>The data folder: the option, else <c>GRAIN_DATA</c>, else <c>~/.grain</c>. Created when missing.</summary>
    public string ResolveDataDirectory(string? option = null)
    {
        var dir = !string.IsNullOrWhiteSpace(option) ? Path.GetFullPath(option, WorkingDirectory)
            : Variable("GRAIN_DATA") is { Length: > 0 } fromEnv ? Path.GetFullPath(fromEnv, WorkingDirectory)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".grain");
        try
        {
            Directory.CreateDirectory(dir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot use data folder {dir}: {ex.Message}");
        }
        return dir;
    }

    /// <summary>Content packs named on the command line (<c>--content DIR</c>, repeatable), added beside the library.</summary>
    public IReadOnlyList<string> ContentPacks { get; set; } = [];

    /// <summary>
    /// The content roots: the library (see <see cref="ResolveContentDirectory"/>), then every <c>--content</c> pack,
    /// then every folder of <c>GRAIN_CONTENT_PATH</c> (separated by ':').
    /// </summary>
    public IReadOnlyList<string> ResolveContentRoots(string? libraryOption = null)
    {
        var roots = new List<string> { ResolveContentDirectory(libraryOption) };
        foreach (var pack in ContentPacks)
        {
            var full = Path.GetFullPath(pack, WorkingDirectory);
            roots.Add(Directory.Exists(full) ? full : throw new UsageException($"content pack not found: {pack} (--content)"));
        }
        if (Variable("GRAIN_CONTENT_PATH") is { Length: > 0 } path)
        {
            foreach (var pack in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var full = Path.GetFullPath(pack, WorkingDirectory);
                roots.Add(Directory.Exists(full) ? full : throw new UsageException($"content pack not found: {pack} (GRAIN_CONTENT_PATH)"));
            }
        }
        return roots.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Loads the library and its packs, through the content cache of the data folder (<paramref name="dataOption"/>,
    /// <c>GRAIN_DATA</c> or <c>~/.grain</c>); content with errors stops the command with every error as <c>path:line: message</c>.
    /// </summary>
    public ContentLibrary LoadContent(string? option = null, string? dataOption = null) =>
        Checked(ContentCache.Load(ResolveContentRoots(option), ContentCacheDirectory(dataOption), Error, ContentKinds));

    /// <summary>
    /// A library holding at least the item with that id: only its file when one file can hold it, else the whole
    /// library (which then reports an unknown id or a duplicate as before). Errors in the file read stop the command.
    /// </summary>
    public ContentLibrary LoadItem(string id, string? dataOption = null)
    {
        var roots = ResolveContentRoots();
        return Checked(ContentLoader.LoadItem(roots, id, ContentKinds) ?? ContentCache.Load(roots, ContentCacheDirectory(dataOption), Error, ContentKinds));
    }

    /// <summary>False for tests that name no data folder: they must not share a cache under the home folder.</summary>
    public bool CacheInHome { get; init; } = true;

    // The cache lives in the data folder; the folder is only created when the cache is written, and a data folder
    // that cannot be used leaves the command without a cache rather than failing it.
    private string? ContentCacheDirectory(string? dataOption)
    {
        var dir = !string.IsNullOrWhiteSpace(dataOption) ? Path.GetFullPath(dataOption, WorkingDirectory)
            : Variable("GRAIN_DATA") is { Length: > 0 } fromEnv ? Path.GetFullPath(fromEnv, WorkingDirectory)
            : CacheInHome && Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? Path.Combine(home, ".grain")
            : null;
        return dir is null ? null : Path.Combine(dir, "cache");
    }

    private static ContentLibrary Checked(ContentLoadResult result)
    {
        var errors = result.Diagnostics.Where(d => d.Severity == ContentSeverity.Error).ToList();
        return errors.Count == 0 ? result.Library : throw new ContentErrorsException(errors);
    }
}

/// <summary>Content that does not load: each error is printed as <c>path:line: message</c> and the command exits 2.</summary>
public sealed class ContentErrorsException(IReadOnlyList<ContentDiagnostic> errors)
    : Exception($"{errors.Count} content error(s); run 'grain content check' for the full report")
{
    /// <summary>The errors, in file order.</summary>
    public IReadOnlyList<ContentDiagnostic> Errors => errors;
}
