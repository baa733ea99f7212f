namespace Grain.Judge.Tests.Sql;

/// <summary>A submission file with its expectations in leading <c>-- key: value</c> comments.</summary>
public sealed record JudgeCaseFile(string Name, string Problem, string Code, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The folder of the corpus files, copied next to the tests.</summary>
    public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "Sql", "Data");

    /// <summary>The engines the case runs on (default: sqlite, postgres and duckdb).</summary>
    public IReadOnlyList<string> Engines => Headers.TryGetValue("engines", out var e) ? e.Split(' ', StringSplitOptions.RemoveEmptyEntries) : ["sqlite", "postgres", "duckdb"];

    /// <summary>An expectation for an engine: <c>key.engine</c> wins over <c>key</c>.</summary>
    public string? Expect(string key, string engine) =>
        Headers.TryGetValue($"{key}.{engine}", out var specific) ? specific : Headers.GetValueOrDefault(key);

    /// <summary>Reads one case file; the problem comes from a <c>-- problem:</c> header or the folder name.</summary>
    public static JudgeCaseFile Read(string path)
    {
        var code = File.ReadAllText(path);
        var headers = code.Split('\n')
            .TakeWhile(l => l.StartsWith("--", StringComparison.Ordinal))
            .Select(l => l[2..].Split(':', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        var problem = headers.GetValueOrDefault("problem") ?? Path.GetFileName(Path.GetDirectoryName(path))!;
        return new JudgeCaseFile(Path.GetRelativePath(DataDirectory, path), problem, code, headers);
    }

    /// <summary>Theory rows (relative path, engine) for every file under a corpus folder.</summary>
    public static TheoryData<string, string> Rows(string folder, string engine)
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(DataDirectory, folder), "*.sql", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var submission = Read(file);
            if (submission.Engines.Contains(engine) && (submission.Headers.ContainsKey("engines") || ProblemRunsOn(submission.Problem, engine)))
            {
                data.Add(Path.GetRelativePath(DataDirectory, file), engine);
            }
        }
        return data;
    }

    // Without an engines header a case follows its problem: a problem not (yet) offered on an engine has no cases there.
    private static bool ProblemRunsOn(string problem, string engine)
    {
        var file = Path.Combine(Grain.Testing.RepoPaths.Content, "problems", problem, "problem.md");
        if (!File.Exists(file))
        {
            return true;
        }
        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith("engines:", StringComparison.Ordinal));
        return line is null ? engine != "duckdb" : line.Contains(engine, StringComparison.Ordinal);
    }

    public override string ToString() => Name;
}
