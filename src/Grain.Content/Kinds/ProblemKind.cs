using Grain.Core.Content;

namespace Grain.Content;

/// <summary>Coding problems: one folder per problem, <c>problems/ID/problem.md</c> beside its starter, reference and tests.</summary>
internal sealed class ProblemKind : ContentKind<Problem>
{
    public override string Id => "problem";
    public override string Title => "Coding problem";
    public override string Folder => "problems";
    public override string UrlPrefix => "/problems";

    public override IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).Select(d => Path.Combine(d, "problem.md")) : [];

    public override IEnumerable<string> FilesFor(string folder, string id) =>
        Directory.Exists(Path.Combine(folder, id)) ? [Path.Combine(folder, id, "problem.md")] : [];

    public override Problem? Read(ContentReader reader, string path) => reader.Inner.ReadProblemFolder(Path.GetDirectoryName(path)!);

    // SQL rounds draw SQL problems and coding rounds Python ones; pandas problems are practised outside mock loops.
    public override IReadOnlyList<string> MockRoundsOf(Problem item) => item.Language switch
    {
        "sql" => [RoundType.Sql],
        "python" => [RoundType.Coding],
        _ => [],
    };

    public override IReadOnlyList<ContentSection> SectionsOf(Problem item) => [new("Statement", item.Statement)];

    public override string ReferenceOf(Problem item) => item.Discussion;
}
