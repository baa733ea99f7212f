using System.CommandLine;
using System.Diagnostics;
using Grain.Core.Content;
using Grain.Core.Learning;
using Grain.Core.Learning.Fsrs;
using Grain.Core.Learning.Planning;
using Spectre.Console;

namespace Grain.Cli.Commands;

/// <summary>
/// <c>grain review [--limit N] [--new N]</c>: a terminal review session. Space shows the answer, 1–4 rate it
/// (Again, Hard, Good, Easy), b buries the card until tomorrow, s suspends it, f flags it, q quits. Each rating is saved at once, so stopping loses nothing already rated.
/// When stdin is not a terminal the same keys are read from it, which makes sessions scriptable.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CliEnvironment env)
    {
        var data = LearningContext.DataOption();
        var limit = new Option<int>("--limit") { Description = "Stop after this many cards (default: all due)", DefaultValueFactory = _ => int.MaxValue };
        var fresh = new Option<int>("--new") { Description = "New cards a day", DefaultValueFactory = _ => ReviewQueue.DefaultNewPerDay };
        var command = new Command("review", "Review the concept cards due today") { data, limit, fresh };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(limit) < 1 || parse.GetValue(fresh) < 0)
            {
                throw new UsageException("--limit must be at least 1 and --new at least 0");
            }
            await using var context = await LearningContext.OpenAsync(env, parse.GetValue(data), ct);
            var session = new Session(env, context, new FsrsScheduler(new FsrsOptions { EnableFuzz = true }));
            return await session.RunAsync(parse.GetValue(limit), parse.GetValue(fresh), ct);
        });
        return command;
    }

    private sealed class Session(CliEnvironment env, LearningContext context, FsrsScheduler scheduler)
    {
        private readonly IAnsiConsole _console = env.Console;

        public async Task<int> RunAsync(int limit, int newPerDay, CancellationToken ct)
        {
            var now = context.Now;
            var queue = await BuildQueueAsync(now, newPerDay, ct);
            var dueProblems = (await context.Store.GetDueCardsAsync(context.UserId, now, ct: ct))
                .Where(c => context.Library.Find<Problem>(c.ItemId) is not null).ToList();
            if (queue.Count == 0)
            {
                _console.MarkupLine("Nothing to review now.");
                WriteDueProblems(dueProblems);
                return GrainCli.Ok;
            }
            var total = Math.Min(limit, queue.Count);
            var done = 0;
            foreach (var entry in queue.Take(total))
            {
                var card = context.Library.Find<ConceptCard>(entry.ItemId)!;
                var watch = Stopwatch.StartNew();
                _console.WriteLine();
                _console.MarkupLine($"[bold]Card {done + 1}/{total}[/] · {Markup.Escape(card.Topic)}{(entry.IsNew ? " · [blue]new[/]" : "")}");
                _console.MarkupLine(Markup.Escape(card.Question));
                _console.MarkupLine("[grey](space: show answer, 1-4: rate, b: bury until tomorrow, s: suspend, f: flag, q: quit)[/]");
                char? key;
                var shown = false;
                while (true)
                {
                    key = ReadKey(shown ? "1234bsfq" : " 1234bsfq");
                    if (key == ' ')
                    {
                        ShowAnswer(card, scheduler.Preview(entry.Card, env.Now()));
                        shown = true;
                    }
                    else if (key == 'f')
                    {
                        _console.MarkupLine(await MarkAsync(entry.ItemId, 'f', ct));
                    }
                    else
                    {
                        break;
                    }
                }
                if (key is null or 'q')
                {
                    break;
                }
                if (key is 'b' or 's')
                {
                    _console.MarkupLine(await MarkAsync(entry.ItemId, key.Value, ct));
                    continue;
                }
                var rating = (Rating)(key.Value - '0');
                var outcome = scheduler.Review(entry.Card, rating, env.Now(), (int)Math.Min(int.MaxValue, watch.ElapsedMilliseconds));
                await context.Store.SaveReviewAsync(context.UserId, "card", outcome, ct);
                done++;
                _console.MarkupLine($"rated {rating} · next in {Format(outcome.Interval)}");
            }
            _console.WriteLine();
            _console.MarkupLine($"[green]Reviewed {done} card(s).[/]");
            WriteDueProblems(dueProblems);
            return GrainCli.Ok;
        }

        private async Task<IReadOnlyList<QueueEntry>> BuildQueueAsync(DateTimeOffset now, int newPerDay, CancellationToken ct)
        {
            var dayStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
            var due = await context.Store.GetDueCardsAsync(context.UserId, dayStart.AddDays(1), ct: ct);
            var introduced = await context.Store.CountIntroducedAsync(context.UserId, dayStart, dayStart.AddDays(1), ct);
            var seen = await context.Store.GetSeenItemIdsAsync(context.UserId, ct);
            var plan = await context.Store.GetActivePlanAsync(context.UserId, ct);
            var marks = await context.Store.GetCardMarksAsync(context.UserId, ct);
            return DayQueue.Build(scheduler, context.Library.Catalogue, due, introduced, seen, plan?.Plan, now, newPerDay, marks).Entries;
        }

        private async Task<string> MarkAsync(string itemId, char key, CancellationToken ct)
        {
            var mark = (await context.Store.GetCardMarksAsync(context.UserId, ct)).FirstOrDefault(m => m.ItemId == itemId) ?? new CardMark(itemId);
            var (changed, said) = key switch
            {
                'b' => (mark with { BuriedUntil = CardMark.NextDay(env.Now()) }, "buried until tomorrow"),
                's' => (mark with { Suspended = true }, "suspended (unsuspend it in the web app's library)"),
                _ => (mark with { Flagged = !mark.Flagged }, mark.Flagged ? "flag taken off" : "flagged"),
            };
            await context.Store.SetCardMarkAsync(context.UserId, changed, ct);
            return said;
        }

        private void ShowAnswer(ConceptCard card, IReadOnlyDictionary<Rating, ReviewOutcome> preview)
        {
            _console.Write(new Rule().RuleStyle("grey"));
            _console.MarkupLine(Markup.Escape(card.Answer));
            if (card.KeyPhrases.Count > 0)
            {
                _console.MarkupLine("[bold]Key phrases:[/] " + Markup.Escape(string.Join(" · ", card.KeyPhrases)));
            }
            _console.MarkupLine(string.Join("   ", preview.Select(p => $"[bold]{(int)p.Key}[/] {p.Key} ({Format(p.Value.Interval)})")));
        }

        private void WriteDueProblems(IReadOnlyList<SrsCard> problems)
        {
            foreach (var p in problems)
            {
                _console.MarkupLine($"Also due: re-solve [bold]{Markup.Escape(p.ItemId)}[/] (grain start {Markup.Escape(p.ItemId)})");
            }
        }

        /// <summary>The next key among <paramref name="allowed"/>; null at the end of scripted input.</summary>
        private char? ReadKey(string allowed)
        {
            while (true)
            {
                char key;
                if (env.IsTerminal)
                {
                    key = Console.ReadKey(intercept: true).KeyChar;
                }
                else
                {
                    var read = env.In.Read();
                    if (read < 0)
                    {
                        return null;
                    }
                    key = (char)read;
                }
                key = char.ToLowerInvariant(key);
                if (allowed.Contains(key))
                {
                    return key;
                }
            }
        }
    }

    /// <summary>A short interval: 10m, 5h, 3d, 1.2y.</summary>
    public static string Format(TimeSpan interval) =>
        interval.TotalHours < 1 ? $"{Math.Max(1, (int)Math.Round(interval.TotalMinutes))}m"
        : interval.TotalDays < 1 ? $"{(int)Math.Round(interval.TotalHours)}h"
        : interval.TotalDays < 365 ? $"{(int)Math.Round(interval.TotalDays)}d"
        : $"{interval.TotalDays / 365:0.#}y";
}
