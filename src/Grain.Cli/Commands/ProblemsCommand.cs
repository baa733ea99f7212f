using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Grain.Cli.Commands;

/// <summary><c>grain problems [--language python|sql] [--json]</c>: lists the coding problems.</summary>
internal static class ProblemsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var language = new Option<string?>("--language") { Description = "Only problems in this language: python or sql" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var command = new Command("problems", "List the coding problems") { language, json };
        command.SetAction(parse =>
        {
            var lang = parse.GetValue(language);
            if (lang is not null && lang is not ("python" or "sql"))
            {
                throw new UsageException($"unknown language '{lang}' (use python or sql)");
            }
            var problems = env.LoadContent().Problems
                .Where(p => lang is null || p.Language == lang)
                .OrderBy(p => p.Language, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal)
                .ToList();
            if (parse.GetValue(json))
            {
                var rows = problems.Select(p => new { id = p.Id, title = p.Title, language = p.Language, difficulty = p.Difficulty, pattern = p.Pattern });
                env.Out.WriteLine(JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
                return GrainCli.Ok;
            }
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Id").AddColumn("Title").AddColumn("Language").AddColumn("Difficulty").AddColumn("Pattern");
            foreach (var p in problems)
            {
                table.AddRow(Markup.Escape(p.Id), Markup.Escape(p.Title), p.Language, p.Difficulty, Markup.Escape(p.Pattern));
            }
            env.Console.Write(table);
            env.Console.MarkupLine($"[grey]{problems.Count} problem(s)[/]");
            return GrainCli.Ok;
        });
        return command;
    }
}
