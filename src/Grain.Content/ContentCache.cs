using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Grain.Core.Content;

namespace Grain.Content;

/// <summary>
/// The whole library loaded through a cache file: a JSON copy of the parsed records and diagnostics, used only while
/// every content folder has the same number of files and folders, the same total size and the same newest timestamp
/// as when it was written (and the same build of the loader). A stale cache is rebuilt; an unreadable one is ignored
/// with a note and rebuilt.
/// </summary>
public static class ContentCache
{
    // Files changed this recently may still be being written; a cache built from them is not kept.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private static readonly JsonSerializerOptions Options = new()
    {
        // Computed properties (Kind, SearchText, StarterFile) are left out: only what a constructor takes is stored.
        TypeInfoResolver = ContentCacheJson.Default.WithAddedModifier(info =>
        {
            if (info.Kind != JsonTypeInfoKind.Object)
            {
                return;
            }
            for (var i = info.Properties.Count - 1; i >= 0; i--)
            {
                if (info.Properties[i] is { Set: null, AssociatedParameter: null })
                {
                    info.Properties.RemoveAt(i);
                }
            }
        }),
    };

    /// <summary>
    /// Loads the library from <paramref name="contentDirectories"/>, reading and writing the cache under
    /// <paramref name="cacheDirectory"/> (null: no cache). Notes about an unreadable cache go to <paramref name="notes"/>.
    /// </summary>
    public static ContentLoadResult Load(IReadOnlyList<string> contentDirectories, string? cacheDirectory, TextWriter notes) =>
        Load(contentDirectories, cacheDirectory, notes, ContentKinds.Builtin);

    /// <summary>
    /// As <see cref="Load(IReadOnlyList{string}, string?, TextWriter)"/> with the given kinds. The cache stores the
    /// built-in kinds' records only, so a registry with other kinds reads the folders every time.
    /// </summary>
    public static ContentLoadResult Load(IReadOnlyList<string> contentDirectories, string? cacheDirectory, TextWriter notes, ContentKinds kinds)
    {
        var roots = contentDirectories.Select(d => Path.GetFullPath(d)).Distinct(StringComparer.Ordinal).ToList();
        if (cacheDirectory is null || !kinds.BuiltinOnly)
        {
            return ContentLoader.Load(roots, kinds);
        }
        var scanned = DateTime.UtcNow;
        var stamps = roots.Select(Stamp).ToList();
        var file = PathFor(cacheDirectory, roots);
        if (Read(file, notes) is { } cached && cached.Matches(LoaderVersion, roots, stamps))
        {
            return cached.ToResult(kinds);
        }
        var result = ContentLoader.Load(roots, kinds);
        if (stamps.All(s => s.Newest < (scanned - Settle).Ticks))
        {
            Write(file, CacheFile.From(LoaderVersion, roots, stamps, result));
        }
        return result;
    }

    /// <summary>The cache file for a list of content folders.</summary>
    public static string PathFor(string cacheDirectory, IReadOnlyList<string> roots)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', roots))))[..16];
        return Path.Combine(cacheDirectory, $"content-{key}.json");
    }

    // The build of the loader and the records: a new build may parse the same files differently.
    private static string LoaderVersion { get; } =
        $"{typeof(ContentLoader).Assembly.ManifestModule.ModuleVersionId:N}-{typeof(Problem).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>What a content folder looks like from the outside: entries, total size, newest timestamp.</summary>
    private static FolderStamp Stamp(string root)
    {
        var dir = new DirectoryInfo(root);
        if (!dir.Exists)
        {
            return new FolderStamp(-1, 0, 0);
        }
        long count = 0, size = 0, newest = dir.LastWriteTimeUtc.Ticks;
        // Folders count too: renaming or deleting a file changes its folder's timestamp, not the file's.
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        foreach (var entry in dir.EnumerateFileSystemInfos("*", options))
        {
            count++;
            newest = Math.Max(newest, entry.LastWriteTimeUtc.Ticks);
            if (entry is FileInfo f)
            {
                size += f.Length;
            }
        }
        return new FolderStamp(count, size, newest);
    }

    private static CacheFile? Read(string file, TextWriter notes)
    {
        if (!File.Exists(file))
        {
            return null;
        }
        try
        {
            using var stream = File.OpenRead(file);
            var cache = JsonSerializer.Deserialize(stream, (JsonTypeInfo<CacheFile>)Options.GetTypeInfo(typeof(CacheFile)));
            return cache?.IsComplete == true ? cache : throw new JsonException("missing fields");
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            notes.WriteLine($"grain: ignoring the content cache {file} ({FirstLine(ex.Message)}); reading the content folders");
            return null;
        }
    }

    private static void Write(string file, CacheFile cache)
    {
        // A temp name of its own per write: two loads in one process (tests, hosts) may write the same cache at once.
        var temp = $"{file}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var stream = File.Create(temp))
            {
                JsonSerializer.Serialize(stream, cache, (JsonTypeInfo<CacheFile>)Options.GetTypeInfo(typeof(CacheFile)));
            }
            File.Move(temp, file, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No cache this time (read-only or missing data folder): the next command reads the folders again.
            TryDelete(temp);
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind; a later write replaces it.
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}

/// <summary>The stamp of one content folder when the cache was written.</summary>
internal sealed record FolderStamp(long Entries, long Size, long Newest);

/// <summary>The cache file: which folders and loader it came from, and the parsed library with its diagnostics.</summary>
internal sealed record CacheFile(
    string Version,
    IReadOnlyList<string> Roots,
    IReadOnlyList<FolderStamp> Stamps,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<SkillArea> Skills,
    IReadOnlyList<CompanyProfile> Companies,
    IReadOnlyList<ConceptCard> Cards,
    IReadOnlyList<Problem> Problems,
    IReadOnlyList<DesignExercise> Designs,
    IReadOnlyList<ModelingExercise> Modeling,
    IReadOnlyList<BehavioralPrompt> Behavioral,
    IReadOnlyList<Guide> Guides,
    IReadOnlyList<CachedDiagnostic> Diagnostics)
{
    /// <summary>False when a field is missing (a truncated or hand-edited file).</summary>
    public bool IsComplete =>
        Version is not null && Roots is { Count: > 0 } && Stamps is not null && Topics is not null && Skills is not null
        && Companies is not null && Cards is not null && Problems is not null && Designs is not null && Modeling is not null
        && Behavioral is not null && Guides is not null && Diagnostics is not null;

    public bool Matches(string version, IReadOnlyList<string> roots, IReadOnlyList<FolderStamp> stamps) =>
        Version == version && Roots.SequenceEqual(roots, StringComparer.Ordinal) && Stamps.SequenceEqual(stamps);

    public ContentLoadResult ToResult(ContentKinds kinds) => new(
        new ContentLibrary(Roots[0], kinds, Topics, Skills, Companies, new Dictionary<string, IReadOnlyList<IContentItem>>(StringComparer.Ordinal)
        {
            [ContentKinds.Card.Id] = Cards,
            [ContentKinds.Problem.Id] = Problems,
            [ContentKinds.Design.Id] = Designs,
            [ContentKinds.Modeling.Id] = Modeling,
            [ContentKinds.Behavioral.Id] = Behavioral,
        }, Guides)
        { Roots = Roots },
        Diagnostics.Select(d => new ContentDiagnostic(d.Path, d.Line, d.Message) { Severity = d.Warning ? ContentSeverity.Warning : ContentSeverity.Error }).ToList());

    public static CacheFile From(string version, IReadOnlyList<string> roots, IReadOnlyList<FolderStamp> stamps, ContentLoadResult result)
    {
        var l = result.Library;
        return new CacheFile(version, roots, stamps, l.Topics, l.Skills, l.Companies, l.Cards, l.Problems, l.Designs, l.Modeling, l.Behavioral, l.Guides,
            result.Diagnostics.Select(d => new CachedDiagnostic(d.Path, d.Line, d.Message, d.Severity == ContentSeverity.Warning)).ToList());
    }
}

/// <summary>A diagnostic as stored in the cache.</summary>
internal sealed record CachedDiagnostic(string Path, int Line, string Message, bool Warning);

[JsonSourceGenerationOptions(UseStringEnumConverter = true, RespectRequiredConstructorParameters = true, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(CacheFile))]
internal sealed partial class ContentCacheJson : JsonSerializerContext;
