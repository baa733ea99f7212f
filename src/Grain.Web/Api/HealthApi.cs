using System.Text.Json.Serialization;
using Grain.Store;

namespace Grain.Web.Api;

/// <summary><c>GET /api/health</c>: the app is up, with the grading queue's depth and the age of its oldest submission (for monitoring).</summary>
public static class HealthApi
{
    /// <summary>The health answer.</summary>
    public sealed record Health(
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("queue")] QueueHealth? Queue);

    /// <summary>The grading queue: submissions waiting, being graded, and how long the oldest waiting one has waited.</summary>
    public sealed record QueueHealth(
        [property: JsonPropertyName("queued")] int Queued,
        [property: JsonPropertyName("running")] int Running,
        [property: JsonPropertyName("oldest_queued_seconds")] double? OldestQueuedSeconds);

    /// <summary>Maps the health endpoint.</summary>
    public static void MapHealthApi(this WebApplication app) =>
        app.MapGet("/api/health", async (IGrainStore store, TimeProvider clock, ILoggerFactory logs, CancellationToken ct) =>
        {
            try
            {
                var stats = await store.GetGradingQueueStatsAsync(clock.GetUtcNow(), ct);
                return Results.Ok(new Health("ok", new QueueHealth(stats.Queued, stats.Running, stats.OldestQueuedAge is { } age ? Math.Round(age.TotalSeconds, 1) : null)));
            }
            catch (Exception ex) when (ex is StoreException or System.Data.Common.DbException or TimeoutException)
            {
                logs.CreateLogger("Grain.Health").LogWarning(ex, "health: the store does not answer");
                return Results.Json(new Health("store unavailable", null), statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).WithTags("Health");
}
