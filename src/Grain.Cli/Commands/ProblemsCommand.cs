using System.CommandLine;

namespace Grain.Cli.Commands;

/// <summary><c>grain problems [--language python|sql] [--topic T]</c>: lists coding problems.</summary>
internal static class ProblemsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var language = new Option<string?>("--language") { Description = "Only problems in this language: python or sql" };
        var topic = new Option<string?>("--topic") { Description = "Only problems of this topic" };
        var json = new Option<bool>("--json") { Description = "Print JSON: id, title, language, difficulty, pattern" };
        var command = new Command("problems", "List coding problems") { language, topic, json };
        command.SetAction(parse =>
        {
            var lang = parse.GetValue(language);
            if (lang is not null && lang is not ("python" or "sql"))
            {
                throw new UsageException($"unknown language '{lang}' (python or sql)");
            }
            var problems = env.LoadContent().Problems
                .Where(p => lang is null || p.Language == lang)
                .Where(p => parse.GetValue(topic) is not { } t || p.Topic == t)
                .OrderBy(p => p.Language).ThenBy(p => p.Topic).ThenBy(p => p.Id, StringComparer.Ordinal)
                .ToList();
            if (parse.GetValue(json))
            {
                var rows = problems.Select(p => new { id = p.Id, title = p.Title, language = p.Language, difficulty = p.Difficulty, pattern = p.Pattern, topic = p.Topic });
                env.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(rows, new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
                return GrainCli.Ok;
            }
            // Plain lines rather than a table: ids stay whole in narrow terminals and in pipes.
            var width = problems.Select(p => p.Id.Length).DefaultIfEmpty(2).Max();
            var patternWidth = problems.Select(p => p.Pattern.Length).DefaultIfEmpty(7).Max();
            foreach (var p in problems)
            {
                env.Out.WriteLine($"{p.Id.PadRight(width)}  {p.Language,-6}  {p.Difficulty,-6}  {p.Pattern.PadRight(patternWidth)}  {p.Title}");
            }
            env.Out.WriteLine($"{problems.Count} problem(s)");
            return GrainCli.Ok;
        });
        return command;
    }
}
