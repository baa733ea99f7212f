namespace Grain.Judge.Tests.Python;

/// <summary>A judge case file: a submission whose header comments say what the judge must answer.</summary>
/// <remarks>
/// Header lines: <c># expect: pass|fail|error</c>, optional <c># group: scale</c> (a failing test must be in that group),
/// <c># verdict: MLE</c> (that failing test has this verdict), <c># problem: id</c> (default: the folder name).
/// </remarks>
public sealed record CorpusCase(string Path, string Problem, string Expect, string? Group, string? Verdict, string Code)
{
    public static CorpusCase Load(string path)
    {
        var code = File.ReadAllText(path);
        var header = code.Split('\n').TakeWhile(l => l.StartsWith('#'))
            .Select(l => l.TrimStart('#').Split(':', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        var problem = header.GetValueOrDefault("problem") ?? System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path)!);
        return new CorpusCase(path, problem, header.GetValueOrDefault("expect") ?? throw new InvalidDataException($"{path}: no '# expect:' header"),
            header.GetValueOrDefault("group"), header.GetValueOrDefault("verdict"), code);
    }

    /// <summary>Every other case file of <see cref="All"/>, from the first (<paramref name="part"/> 0) or the second (1).</summary>
    public static IEnumerable<object[]> Half(string folderFilter, int part) => All(folderFilter).Where((_, i) => i % 2 == part);

    /// <summary>Every case file, as paths relative to the corpus folder.</summary>
    public static IEnumerable<object[]> All(string folderFilter) =>
        Directory.EnumerateFiles(JudgeFixture.CorpusDirectory, "*.py", SearchOption.AllDirectories)
            .Select(p => System.IO.Path.GetRelativePath(JudgeFixture.CorpusDirectory, p))
            .Where(p => folderFilter == "hostile" ? p.StartsWith("hostile", StringComparison.Ordinal) : !p.StartsWith("hostile", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => new object[] { p });
}
