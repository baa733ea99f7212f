namespace Grain.Core.Content;

/// <summary>A question an interviewer asks, with the framework of a strong answer.</summary>
public sealed record ConceptCard(
    string Id,
    string Title,
    string Topic,
    Level Level,
    IReadOnlyList<string> Rounds,
    IReadOnlyList<string> Companies,
    ContentStatus Status,
    IReadOnlyList<string> Sources,
    string Question,
    string Answer,
    IReadOnlyList<string> KeyPhrases,
    IReadOnlyList<string> Pitfalls,
    IReadOnlyList<string> FollowUps,
    SourceLocation Source) : IContentItem
{
    public string Kind => "card";

    public string SearchText => string.Join('\n', [Title, Question, Answer, .. KeyPhrases, .. Pitfalls, .. FollowUps]);
}
