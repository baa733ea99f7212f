using Grain.Core.Content;

namespace Grain.Content;

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
