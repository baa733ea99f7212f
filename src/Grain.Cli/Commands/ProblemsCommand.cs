using System.CommandLine;
using Grain.Judge.Languages;
using Grain.Judge.Pandas;

namespace Grain.Cli.Commands;

/// <summary><c>grain problems [--language sql|python|pandas] [--topic T]</c>: lists coding problems, or those a language answers.</summary>
internal static class ProblemsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var language = new Option<string?>("--language") { Description = "Only problems this language answers: sql, python or pandas" };
        var topic = new Option<string?>("--topic") { Description = "Only problems of this topic" };
        var json = new Option<bool>("--json") { Description = "Print JSON: id, title, language, languages, difficulty, pattern" };
        var command = new Command("problems", "List coding problems") { language, topic, json };
        command.SetAction(parse =>
        {
            var library = env.LoadContent();
            var languages = new JudgeLanguages(library);
            var lang = parse.GetValue(language) is { } asked
                ? languages.Find(asked) ?? throw new UsageException($"unknown language '{asked}' ({languages.Ids})")
                : null;
            if (lang?.Id == JudgeLanguages.Pandas && PandasInstall.Find() is null)
            {
                env.Error.WriteLine("note: " + PandasInstall.HowToInstall);
            }
            var problems = library.Problems
                .Where(p => lang is null || lang.Accepts(p))
                .Where(p => parse.GetValue(topic) is not { } t || p.Topic == t)
                .OrderBy(p => p.Language).ThenBy(p => p.Topic).ThenBy(p => p.Id, StringComparer.Ordinal)
                .ToList();
            if (parse.GetValue(json))
            {
                var rows = problems.Select(p => new { id = p.Id, title = p.Title, language = p.Language, languages = languages.Accepting(p).Select(l => l.Id), difficulty = p.Difficulty, pattern = p.Pattern, topic = p.Topic });
                env.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(rows, new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
                return GrainCli.Ok;
            }
            // Plain lines rather than a table: ids stay whole in narrow terminals and in pipes.
            var width = problems.Select(p => p.Id.Length).DefaultIfEmpty(2).Max();
            var patternWidth = problems.Select(p => p.Pattern.Length).DefaultIfEmpty(7).Max();
            foreach (var p in problems)
            {
                env.Out.WriteLine($"{p.Id.PadRight(width)}  {lang?.Id ?? p.Language,-6}  {p.Difficulty,-6}  {p.Pattern.PadRight(patternWidth)}  {p.Title}");
            }
            env.Out.WriteLine($"{problems.Count} problem(s)");
            return GrainCli.Ok;
        });
        return command;
    }
}
