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
