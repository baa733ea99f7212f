namespace Grain.Judge.Tests.Pandas;

/// <summary>A pandas submission with its expectations in leading <c># key: value</c> comments (<c>expect</c>, <c>message</c>, <c>verdict</c>).</summary>
public sealed record PandasCaseFile(string Name, string Problem, string Code, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The folder of the corpus files, copied next to the tests.</summary>
    public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "Pandas", "Data");

    /// <summary>Reads one case file; the problem is its folder's name.</summary>
    public static PandasCaseFile Read(string path)
    {
        var code = File.ReadAllText(path);
        var headers = code.Split('\n')
            .TakeWhile(l => l.StartsWith('#'))
            .Select(l => l[1..].Split(':', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        return new PandasCaseFile(Path.GetRelativePath(DataDirectory, path), Path.GetFileName(Path.GetDirectoryName(path))!, code, headers);
    }

    /// <summary>Theory rows (relative path) for every file under a corpus folder.</summary>
    public static TheoryData<string> Rows(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(DataDirectory, folder), "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(DataDirectory, file));
        }
        return data;
    }

    public override string ToString() => Name;
}
