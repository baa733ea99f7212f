using Grain.Content;
using Grain.Core.Content;

namespace Grain.Testing;

/// <summary>A toy content kind for the tests: a prompt and its answer, in <c>quizzes/ID.md</c>.</summary>
public sealed record FlashQuiz(
    string Id,
    string Title,
    string Topic,
    Level Level,
    IReadOnlyList<string> Rounds,
    IReadOnlyList<string> Companies,
    ContentStatus Status,
    string Prompt,
    string Answer,
    SourceLocation Source) : IContentItem
{
    public string Kind => "flashquiz";

    public string SearchText => string.Join('\n', Title, Prompt, Answer);
}

/// <summary>The descriptor of <see cref="FlashQuiz"/>: all a host writes to add a kind.</summary>
public sealed class FlashQuizKind : ContentKind<FlashQuiz>
{
    public override string Id => "flashquiz";
    public override string Title => "Flash quiz";
    public override string Folder => "quizzes";
    public override string UrlPrefix => "/quizzes";
    public override IReadOnlyList<string> MockRounds { get; } = [RoundType.PhoneScreen];

    public override FlashQuiz? Read(ContentReader reader, string path)
    {
        if (reader.Open(path) is not { } file)
        {
            return null;
        }
        var c = file.Common();
        return new FlashQuiz(c.Id, c.Title, c.Topic, c.Level, c.Rounds, c.Companies, c.Status, file.RequireText("Prompt"), file.RequireText("Answer"), file.Source);
    }

    public override IReadOnlyList<ContentSection> SectionsOf(FlashQuiz item) => [new("Prompt", item.Prompt), new("Answer", item.Answer)];
}
