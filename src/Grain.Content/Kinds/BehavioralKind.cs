using Grain.Core.Content;

namespace Grain.Content;

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
