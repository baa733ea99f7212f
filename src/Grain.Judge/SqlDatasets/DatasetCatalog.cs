using Grain.Content;

namespace Grain.Judge.SqlDatasets;

/// <summary>
/// The SQL datasets of the content roots (<c>datasets/&lt;id&gt;/dataset.yaml</c>). Loading never throws: a broken file
/// becomes a diagnostic, and asking for that dataset gives a <see cref="DatasetException"/> with the same <c>path:line: message</c>.
/// </summary>
public sealed class DatasetCatalog
{
    // Bump when a generator changes the rows it writes, so cached databases are rebuilt.
    internal const string GeneratorVersion = "3";

    private readonly Dictionary<string, DatasetDefinition> _datasets;
    private readonly Dictionary<string, ContentDiagnostic> _broken;

    private DatasetCatalog(Dictionary<string, DatasetDefinition> datasets, Dictionary<string, ContentDiagnostic> broken, IReadOnlyList<ContentDiagnostic> diagnostics)
    {
        _datasets = datasets;
        _broken = broken;
        Diagnostics = diagnostics;
    }

    /// <summary>Every dataset that loaded, by id.</summary>
    public IReadOnlyCollection<DatasetDefinition> All => _datasets.Values;

    /// <summary>Every problem found while loading (errors), and warnings such as whole-number decimal columns.</summary>
    public IReadOnlyList<ContentDiagnostic> Diagnostics { get; }

    /// <summary>The dataset with that id; throws <see cref="DatasetException"/> when it is unknown or its files are broken.</summary>
    public DatasetDefinition Get(string id) =>
        _datasets.TryGetValue(id, out var d) ? d
            : _broken.TryGetValue(id, out var broken) ? throw new DatasetException(broken.ToString())
            : throw new DatasetException($"unknown dataset '{id}' (known: {string.Join(", ", _datasets.Keys.Order())})");

    /// <summary>True when a dataset of that id exists (broken or not).</summary>
    public bool Contains(string id) => _datasets.ContainsKey(id) || _broken.ContainsKey(id);

    /// <summary>A catalog without datasets.</summary>
    public static DatasetCatalog Empty => FromFiles([]);

    /// <summary>Loads every <c>datasets/*/dataset.yaml</c> under a content folder.</summary>
    public static DatasetCatalog Load(string contentDirectory) => Load([contentDirectory]);

    /// <summary>
    /// Loads only the dataset with that id from its folder (<c>datasets/ID/dataset.yaml</c>) when exactly one root has
    /// it; otherwise every dataset, so an unknown id or a duplicate is reported as by <see cref="Load(IEnumerable{string})"/>.
    /// </summary>
    public static DatasetCatalog LoadOne(IReadOnlyList<string> contentDirectories, string id)
    {
        var files = id.Length > 0 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? contentDirectories.Select(root => Path.Combine(root, "datasets", id, "dataset.yaml")).Where(File.Exists).ToList()
            : [];
        return files.Count == 1 && FromFiles(files) is var one && one.Contains(id) ? one : Load(contentDirectories);
    }

    /// <summary>Loads the datasets of several content roots; an id defined twice is reported at the second file, naming the first.</summary>
    public static DatasetCatalog Load(IEnumerable<string> contentDirectories) =>
        FromFiles(contentDirectories
            .Select(root => Path.Combine(root, "datasets"))
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "dataset.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)));

    private static DatasetCatalog FromFiles(IEnumerable<string> files)
    {
        var datasets = new Dictionary<string, DatasetDefinition>(StringComparer.Ordinal);
        var broken = new Dictionary<string, ContentDiagnostic>(StringComparer.Ordinal);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var diagnostics = new List<ContentDiagnostic>();
        foreach (var file in files)
        {
            var id = Path.GetFileName(Path.GetDirectoryName(file)!)!;
            try
            {
                var definition = DatasetFileReader.Read(file);
                id = definition.Id;
                if (seen.TryGetValue(id, out var first))
                {
                    diagnostics.Add(new ContentDiagnostic(file, 1, $"duplicate dataset id '{id}' (first defined in {first})"));
                    continue;
                }
                datasets[id] = definition;
                diagnostics.AddRange(DatasetFileReader.Warnings(definition));
            }
            catch (DatasetException ex)
            {
                var diagnostic = ContentDiagnosticText.Parse(ex.Message, file);
                diagnostics.Add(diagnostic);
                broken.TryAdd(id, diagnostic);
            }
            seen.TryAdd(id, file);
        }
        return new DatasetCatalog(datasets, broken, diagnostics);
    }

    /// <summary>Reads one dataset file; throws <see cref="DatasetException"/> (<c>path:line: message</c>) when it is malformed.</summary>
    public static DatasetDefinition Read(string file) => DatasetFileReader.Read(file);
}

/// <summary>A dataset file or generator problem, with the file named.</summary>
public sealed class DatasetException(string message) : Exception(message);
