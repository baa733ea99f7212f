using System.Diagnostics;
using Grain.Core.Learning.Fsrs;
using Grain.Store;

namespace Grain.Cli.Tests;

/// <summary>A <c>grain review</c> process killed with SIGKILL mid-session while another writer works on the same database.</summary>
public sealed class ReviewCrashTests : IDisposable
{
    private const string Now = "2026-05-04T08:00:00Z";
    private readonly string _data = Directory.CreateTempSubdirectory("grain-crash-").FullName;

    public void Dispose() => Directory.Delete(_data, true);

    [Fact]
    public async Task Should_Lose_At_Most_The_Review_In_Flight_When_Killed_While_Another_Writer_Works()
    {
        // Given: a review session in its own process, and a second writer (the web app) in this one
        var grain = Path.Combine(AppContext.BaseDirectory, "grain.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", grain, "review", "--data", _data])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["GRAIN_CONTENT"] = LearningCommandTests.FixtureContent;
        start.Environment["GRAIN_NOW"] = Now;
        start.Environment.Remove("GRAIN_DB");
        using var process = Process.Start(start)!;
        var acknowledged = 0;
        var acked = new SemaphoreSlim(0);
        var firstCard = new TaskCompletionSource();
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
            if (e.Data?.StartsWith("Card 1/", StringComparison.Ordinal) == true)
            {
                firstCard.TrySetResult();
            }
            if (e.Data?.StartsWith("rated ", StringComparison.Ordinal) == true)
            {
                Interlocked.Increment(ref acknowledged);
                acked.Release();
            }
        };
        process.BeginOutputReadLine();
        var errors = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => errors.AppendLine(e.Data);
        process.BeginErrorReadLine();
        using var stop = new CancellationTokenSource();
        // The second writer starts once the session has built its queue: its cards count as introduced today, and
        // enough of them written during a slow start-up would leave the session no new card to show.
        await Task.WhenAny(firstCard.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(240)));
        firstCard.Task.IsCompleted.ShouldBeTrue($"the review session showed no card: {output}{errors}");
        var otherWriter = Task.Run(async () =>
        {
            await using var store = await GrainStore.OpenSqliteAsync(Path.Combine(_data, GrainStore.FileName));
            var user = await store.GetOrCreateUserAsync(IGrainStore.LocalUser);
            var scheduler = new FsrsScheduler();
            var written = 0;
            while (!stop.IsCancellationRequested)
            {
                var id = $"web-{written}";
                await store.SaveReviewAsync(user, "card", scheduler.Review(SrsCard.New(id, DateTimeOffset.Parse(Now)), Rating.Good, DateTimeOffset.Parse(Now)));
                written++;
                await Task.Delay(2);
            }
            return written;
        });

        // When: five reviews acknowledged, a sixth typed, then kill -9
        for (var i = 0; i < 5; i++)
        {
            await process.StandardInput.WriteAsync(" 3");
            await process.StandardInput.FlushAsync();
            (await acked.WaitAsync(TimeSpan.FromSeconds(60))).ShouldBeTrue($"the review process did not acknowledge a rating: {output}{errors}");
        }
        await process.StandardInput.WriteAsync(" 4");
        await process.StandardInput.FlushAsync();
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        stop.Cancel();
        var webWrites = await otherWriter;
        webWrites.ShouldBeGreaterThan(0);

        // Then
        await using var check = await GrainStore.OpenSqliteAsync(Path.Combine(_data, GrainStore.FileName));
        var localUser = await check.GetOrCreateUserAsync(IGrainStore.LocalUser);
        var logs = await check.GetReviewLogsAsync(localUser);
        var sessionLogs = logs.Count(l => !l.ItemId.StartsWith("web-", StringComparison.Ordinal));
        sessionLogs.ShouldBeGreaterThanOrEqualTo(acknowledged);
        sessionLogs.ShouldBeLessThanOrEqualTo(acknowledged + 1);
        logs.Count(l => l.ItemId.StartsWith("web-", StringComparison.Ordinal)).ShouldBe(webWrites);
        var cards = await check.GetCardsAsync(localUser);
        cards.Count.ShouldBe(logs.Select(l => l.ItemId).Distinct().Count());
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_data, GrainStore.FileName)};Pooling=False");
        await connection.OpenAsync();
        await using var integrity = connection.CreateCommand();
        integrity.CommandText = "PRAGMA integrity_check";
        (await integrity.ExecuteScalarAsync()).ShouldBe("ok");
    }
}
