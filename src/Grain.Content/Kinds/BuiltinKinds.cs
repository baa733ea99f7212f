using Grain.Core.Content;

namespace Grain.Content;

/// <summary>Concept cards: <c>cards/[TOPIC/]ID.md</c>, page <c>/cards/ID</c>, asked in phone screens.</summary>
internal sealed class CardKind : ContentKind<ConceptCard>
{
    public override string Id => "card";
    public override string Title => "Concept card";
    public override string Folder => "cards";
    public override bool Recursive => true;
    public override string UrlPrefix => "/cards";
    public override IReadOnlyList<string> MockRounds { get; } = [RoundType.PhoneScreen];

    public override ConceptCard? Read(ContentReader reader, string path) => reader.Inner.ReadCard(path);

    public override IReadOnlyList<ContentSection> SectionsOf(ConceptCard item) => [new("Question", item.Question), new("Answer", item.Answer)];

    public override string ReferenceOf(ConceptCard item) => item.Answer;
}

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

/// <summary>System and pipeline design exercises: <c>design/ID.md</c>, practised at <c>/practice/ID</c>.</summary>
internal sealed class DesignKind : ContentKind<DesignExercise>
{
    public override string Id => "design";
    public override string Title => "System design";
    public override string Folder => "design";
    public override string UrlPrefix => "/practice";
    public override IReadOnlyList<string> MockRounds { get; } = [RoundType.SystemDesign];

    public override DesignExercise? Read(ContentReader reader, string path) => reader.Inner.ReadDesign(path);

    public override Rubric? RubricOf(DesignExercise item) => item.Rubric;

    public override IReadOnlyList<ContentSection> SectionsOf(DesignExercise item) => [new("Prompt", item.Prompt)];

    public override string ReferenceOf(DesignExercise item) => item.ReferenceAnswer;
}

/// <summary>Data-modelling exercises: <c>modeling/ID.md</c>, practised at <c>/practice/ID</c>.</summary>
internal sealed class ModelingKind : ContentKind<ModelingExercise>
{
    public override string Id => "modeling";
    public override string Title => "Data modelling";
    public override string Folder => "modeling";
    public override string UrlPrefix => "/practice";
    public override IReadOnlyList<string> MockRounds { get; } = [RoundType.DataModeling];

    public override ModelingExercise? Read(ContentReader reader, string path) => reader.Inner.ReadModeling(path);

    public override Rubric? RubricOf(ModelingExercise item) => item.Rubric;

    public override IReadOnlyList<ContentSection> SectionsOf(ModelingExercise item) => [new("Prompt", item.Prompt)];

    public override string ReferenceOf(ModelingExercise item) => item.ReferenceAnswer;
}

/// <summary>Behavioural prompts: <c>behavioral/ID.md</c>, practised at <c>/practice/ID</c>.</summary>
internal sealed class BehavioralKind : ContentKind<BehavioralPrompt>
{
    public override string Id => "behavioral";
    public override string Title => "Behavioural";
    public override string Folder => "behavioral";
    public override string UrlPrefix => "/practice";
    public override IReadOnlyList<string> MockRounds { get; } = [RoundType.Behavioral];

    public override BehavioralPrompt? Read(ContentReader reader, string path) => reader.Inner.ReadBehavioral(path);

    public override Rubric? RubricOf(BehavioralPrompt item) => item.Rubric;

    public override IReadOnlyList<ContentSection> SectionsOf(BehavioralPrompt item) => [new("Prompt", item.Prompt)];

    public override string ReferenceOf(BehavioralPrompt item) => item.OutlineAnswer;
}
