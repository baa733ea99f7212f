using Grain.Content;
using Grain.Core.Content;

namespace Grain.Web.Practice;

/// <summary>The common face of design, modelling and behavioural exercises for the practice pages.</summary>
public sealed record Exercise(
    IContentItem Item,
    int Minutes,
    string Prompt,
    IReadOnlyList<string> ClarifyingQuestions,
    IReadOnlyList<Hint> Hints,
    string Reference,
    Rubric Rubric,
    IReadOnlyList<string> KeyPhrases)
{
    /// <summary>The exercise with that id, or null when it is not a design, modelling or behavioural item.</summary>
    public static Exercise? Find(ContentLibrary library, string id) => library.Find(id) switch
    {
        DesignExercise d => new(d, d.Minutes, d.Prompt, d.ClarifyingQuestions, d.Hints, d.ReferenceAnswer, d.Rubric, d.KeyPhrases),
        ModelingExercise m => new(m, m.Minutes, m.Prompt, m.ClarifyingQuestions, m.Hints, m.ReferenceAnswer, m.Rubric, m.KeyPhrases),
        BehavioralPrompt b => new(b, b.Minutes, b.Prompt, [], [], b.OutlineAnswer, b.Rubric, b.KeyPhrases),
        _ => null,
    };
}
