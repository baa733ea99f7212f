using Grain.Content;
using Grain.Core.Content;
using Grain.Core.Judging;
using Grain.Judge.Pandas;
using Grain.Judge.SqlDatasets;

namespace Grain.Judge.Languages;

/// <summary>
/// The judge languages of a content library, registered in one place: adding a language is one entry in
/// <see cref="All"/> (plus its <see cref="IJudge"/>).
/// </summary>
public sealed class JudgeLanguages
{
    /// <summary>The id of the SQL language.</summary>
    public const string Sql = "sql";

    /// <summary>The id of the Python language.</summary>
    public const string Python = "python";

    /// <summary>The id of the pandas language (DataFrame answers to SQL problems).</summary>
    public const string Pandas = "pandas";

    private readonly Lazy<DatasetCatalog> _datasets;

    /// <summary>The languages of a library; the pandas starter reads the library's datasets.</summary>
    public JudgeLanguages(ContentLibrary library)
    {
        _datasets = new Lazy<DatasetCatalog>(() => DatasetCatalog.Load(library.Roots));
        All =
        [
            new JudgeLanguage
            {
                Id = Sql,
                Name = "SQL",
                Extension = ".sql",
                EditorMode = "sql",
                Accepts = p => p.Language == Sql,
                Starter = p => Grain.Judge.Sql.SqlJudge.StarterWithColumnRule(p, StarterFile(p, "starter.sql", "-- write your query here\n")),
            },
            new JudgeLanguage
            {
                Id = Python,
                Name = "Python",
                Extension = ".py",
                EditorMode = "python",
                Accepts = p => p.Language == Python,
                Starter = p => StarterFile(p, "starter.py", "# write your solution here\n"),
            },
            new JudgeLanguage
            {
                Id = Pandas,
                Name = "pandas",
                Extension = ".py",
                EditorMode = "python",
                Accepts = PandasProblems.Accepts,
                Starter = p => PandasProblems.Starter(p, _datasets.Value.Get(p.Dataset!)),
            },
        ];
    }

    /// <summary>Every language, in the order lists show them.</summary>
    public IReadOnlyList<JudgeLanguage> All { get; }

    /// <summary>The ids, for messages: "sql, python or pandas".</summary>
    public string Ids => string.Join(", ", All.Take(All.Count - 1).Select(l => l.Id)) + " or " + All[^1].Id;

    /// <summary>The language with that id, or null.</summary>
    public JudgeLanguage? Find(string id) => All.FirstOrDefault(l => l.Id == id);

    /// <summary>The languages that accept a problem; its own language first.</summary>
    public IReadOnlyList<JudgeLanguage> Accepting(Problem problem) => All.Where(l => l.Accepts(problem)).ToList();

    /// <summary>The language a solution file is in: the one language accepting the problem whose extension it has; null when none or several do.</summary>
    public JudgeLanguage? Infer(Problem problem, string extension)
    {
        var matching = Accepting(problem).Where(l => string.Equals(l.Extension, extension, StringComparison.OrdinalIgnoreCase)).ToList();
        return matching.Count == 1 ? matching[0] : null;
    }

    private static string StarterFile(Problem problem, string name, string fallback)
    {
        var path = Path.Combine(problem.Directory, name);
        return File.Exists(path) ? File.ReadAllText(path) : fallback;
    }
}
