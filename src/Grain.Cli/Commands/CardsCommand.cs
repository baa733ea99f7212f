using System.CommandLine;
using System.Text.Json;
using Grain.Core.Content;
using Spectre.Console;

namespace Grain.Cli.Commands;

/// <summary><c>grain cards [--topic T] [--level L] [--json]</c>: lists concept cards.</summary>
internal static class CardsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var topic = new Option<string?>("--topic") { Description = "Only cards of this topic id" };
        var level = new Option<string?>("--level") { Description = "Only cards of this level: junior, mid, senior" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var command = new Command("cards", "List the concept cards") { topic, level, json };
        command.SetAction(parse =>
        {
            var library = env.LoadContent();
            var topicId = parse.GetValue(topic);
            if (topicId is not null && library.Topic(topicId) is null)
            {
                throw new UsageException($"unknown topic '{topicId}' (see content/topics.yaml)");
            }
            Level? levelFilter = null;
            if (parse.GetValue(level) is { } levelText)
            {
                levelFilter = Enum.TryParse<Level>(levelText, true, out var l) && !int.TryParse(levelText, out _)
                    ? l : throw new UsageException($"unknown level '{levelText}' (use junior, mid or senior)");
            }
            var cards = library.Cards
                .Where(c => topicId is null || c.Topic == topicId)
                .Where(c => levelFilter is null || c.Level == levelFilter)
                .OrderBy(c => c.Topic, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal)
                .ToList();
            if (parse.GetValue(json))
            {
                var rows = cards.Select(c => new
                {
                    id = c.Id,
                    title = c.Title,
                    topic = c.Topic,
                    level = c.Level.ToString().ToLowerInvariant(),
                    rounds = c.Rounds,
                    companies = c.Companies,
                    status = c.Status.ToString().ToLowerInvariant(),
                    question = c.Question,
                });
                env.Out.WriteLine(JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
                return GrainCli.Ok;
            }
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("Id").AddColumn("Title").AddColumn("Topic").AddColumn("Level");
            foreach (var c in cards)
            {
                table.AddRow(Markup.Escape(c.Id), Markup.Escape(c.Title), Markup.Escape(c.Topic), c.Level.ToString().ToLowerInvariant());
            }
            env.Console.Write(table);
            env.Console.MarkupLine($"[grey]{cards.Count} card(s)[/]");
            return GrainCli.Ok;
        });
        return command;
    }
}
