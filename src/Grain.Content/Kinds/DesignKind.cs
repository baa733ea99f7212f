using Grain.Core.Content;

namespace Grain.Content;

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
