using System.CommandLine;
using Grain.Core.Content;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Grain.Cli.Commands;

/// <summary><c>grain show ID</c>: renders any library item in the terminal.</summary>
internal static class ShowCommand
{
    public static Command Create(CliEnvironment env)
    {
        var id = new Argument<string>("id") { Description = "Id of a card, problem, design, modelling or behavioural item" };
        var command = new Command("show", "Show a card, problem or exercise") { id };
        command.SetAction(parse =>
        {
            var key = parse.GetValue(id)!;
            var library = env.LoadItem(key);
            var item = library.Find(key) ?? throw new UsageException($"no card, problem or exercise with id '{key}' (try 'grain cards')");
            var console = env.Console;
            console.Write(new Rule($"[bold]{Markup.Escape(item.Title)}[/]").LeftJustified());
            console.MarkupLine($"[grey]{Markup.Escape(item.Kind)} · {Markup.Escape(item.Topic)} · {item.Level.ToString().ToLowerInvariant()}"
                + (item.Rounds.Count > 0 ? " · " + Markup.Escape(string.Join(", ", item.Rounds)) : "") + "[/]");
            foreach (var (title, body) in Sections(item, library))
            {
                console.WriteLine();
                console.MarkupLine($"[bold yellow]{Markup.Escape(title)}[/]");
                console.Write(body);
                console.WriteLine();
            }
            SqlJudgeRegistration.RenderRules(item, env);
            return GrainCli.Ok;
        });
        return command;
    }

    private static IEnumerable<(string, IRenderable)> Sections(IContentItem item, Content.ContentLibrary library)
    {
        switch (item)
        {
            case ConceptCard c:
                yield return ("Question", Text(c.Question));
                yield return ("Answer", Text(c.Answer));
                yield return ("Key phrases", Bullets(c.KeyPhrases));
                yield return ("Pitfalls", Bullets(c.Pitfalls));
                yield return ("Follow-ups", Bullets(c.FollowUps));
                break;
            case Problem p:
                yield return ("Statement", Text(p.Statement));
                yield return ("Details", Text($"language: {p.Language} · difficulty: {p.Difficulty} · pattern: {p.Pattern}"
                    + (p.Function is null ? "" : $" · function: {p.Function}")
                    + (p.Dataset is null ? "" : $" · dataset: {p.Dataset} · engines: {string.Join(", ", p.Engines)}")));
                yield return ("Hints", Text($"{p.Hints.Count} hint(s): reveal them one at a time in the web app"));
                yield return ("Start", Text($"grain start {p.Id}"));
                break;
            case DesignExercise d:
                yield return ("Prompt", Text(d.Prompt));
                yield return ("Clarifying questions", Bullets(d.ClarifyingQuestions));
                yield return ("Time", Text($"{d.Minutes} minutes"));
                break;
            case ModelingExercise m:
                yield return ("Prompt", Text(m.Prompt));
                yield return ("Clarifying questions", Bullets(m.ClarifyingQuestions));
                yield return ("Business questions", Bullets(m.BusinessQuestions.Select(q => q.Question).ToList()));
                break;
            case BehavioralPrompt b:
                yield return ("Prompt", Text(b.Prompt));
                yield return ("What it assesses", Text(b.Assesses));
                yield return ("STAR guidance", Text(b.StarGuidance));
                yield return ("Pitfalls", Bullets(b.Pitfalls));
                break;
            default:
                // A kind registered by the host: the sections its descriptor gives a generic page.
                foreach (var section in library.KindOf(item)?.SectionsOf(item) ?? [])
                {
                    yield return (section.Heading, Text(section.Markdown));
                }
                break;
        }
    }

    private static IRenderable Text(string markdown) => new Text(markdown.Trim());

    private static IRenderable Bullets(IReadOnlyList<string> items) =>
        new Rows(items.Select(i => new Text("  • " + i)).ToArray<IRenderable>());
}
