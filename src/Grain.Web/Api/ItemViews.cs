using Grain.Content;
using Grain.Core.Content;
using Grain.Web.Practice;

namespace Grain.Web.Api;

/// <summary>What the API shows of an item: what its page shows first, never hints, references or server paths.</summary>
public static class ItemViews
{
    /// <summary>A problem as the API shows it: no reference solution, no hints' text, no discussion.</summary>
    public sealed record ProblemView(string Id, string Title, string Topic, string Language, string Difficulty, string Pattern, string? Function, string Statement, string Starter, int Hints,
        IReadOnlyList<LanguageView> Languages, IReadOnlyList<string> Engines);

    /// <summary>A language a problem accepts, with what an editor needs to switch to it: file extension, editor mode, starter.</summary>
    public sealed record LanguageView(string Id, string Name, string Extension, string EditorMode, string Starter);

    /// <summary>A concept card as its page shows it.</summary>
    public sealed record CardView(
        string Id, string Kind, string Title, string Topic, string Level, IReadOnlyList<string> Rounds, IReadOnlyList<string> Companies,
        string Question, string Answer, IReadOnlyList<string> KeyPhrases, IReadOnlyList<string> Pitfalls, IReadOnlyList<string> FollowUps);

    /// <summary>A design, modelling or behavioural exercise as its page shows it before an answer: the prompt, not the reference.</summary>
    public sealed record ExerciseView(
        string Id, string Kind, string Title, string Topic, string Level, IReadOnlyList<string> Rounds, IReadOnlyList<string> Companies,
        int Minutes, string Prompt, IReadOnlyList<string> ClarifyingQuestions, string? StarGuidance, int Hints);

    /// <summary>The view of any item; null for a kind the API does not show.</summary>
    public static object? Of(IContentItem item, ContentLibrary library, Pages.ProblemChoices choices) => item switch
    {
        Problem p => Of(p, choices),
        ConceptCard c => Of(c),
        DesignExercise or ModelingExercise or BehavioralPrompt => Exercise.Find(library, item.Id) is { } e ? Of(e) : null,
        _ => library.KindOf(item) is { } kind ? Of(item, kind) : null,
    };

    /// <summary>An item of a registered kind without a view of its own: its common fields and the sections its page shows.</summary>
    public sealed record ItemView(
        string Id, string Kind, string Title, string Topic, string Level, IReadOnlyList<string> Rounds, IReadOnlyList<string> Companies,
        IReadOnlyList<ContentSection> Sections);

    private static ItemView Of(IContentItem item, ContentKind kind) =>
        new(item.Id, item.Kind, item.Title, item.Topic, Level(item), item.Rounds, item.Companies, kind.SectionsOf(item));

    /// <summary>A problem's view (its languages, and the SQL engines this server runs it on); the starter code is read from its folder, the folder itself is never shown.</summary>
    public static ProblemView Of(Problem p, Pages.ProblemChoices choices) =>
        new(p.Id, p.Title, p.Topic, p.Language, p.Difficulty, p.Pattern, p.Function, p.Statement, Pages.ProblemFiles.Starter(p), p.Hints.Count,
            choices.Languages(p).Select(l => new LanguageView(l.Id, l.Name, l.Extension, l.EditorMode, Pages.ProblemFiles.Starter(p, l))).ToList(),
            choices.Engines(p));

    /// <summary>A card's view.</summary>
    public static CardView Of(ConceptCard c) =>
        new(c.Id, c.Kind, c.Title, c.Topic, Level(c), c.Rounds, c.Companies, c.Question, c.Answer, c.KeyPhrases, c.Pitfalls, c.FollowUps);

    private static ExerciseView Of(Exercise e) =>
        new(e.Item.Id, e.Item.Kind, e.Item.Title, e.Item.Topic, Level(e.Item), e.Item.Rounds, e.Item.Companies,
            e.Minutes, e.Prompt, e.ClarifyingQuestions, (e.Item as BehavioralPrompt)?.StarGuidance, e.Hints.Count);

    private static string Level(IContentItem item) => item.Level.ToString().ToLowerInvariant();
}
