using System.CommandLine;
using Grain.Content;
using Grain.Core.Content;
using Grain.Core.Learning.Planning;
using Grain.Core.Learning.Progress;
using Grain.Store;

namespace Grain.Cli.Commands;

/// <summary>What the learning commands share: the content, the store, the local user and the time.</summary>
internal sealed class LearningContext : IAsyncDisposable
{
    private LearningContext(ContentLibrary library, IGrainStore store, long userId, DateTimeOffset now)
    {
        Library = library;
        Store = store;
        UserId = userId;
        Now = now;
    }

    public ContentLibrary Library { get; }
    public IGrainStore Store { get; }
    public long UserId { get; }
    public DateTimeOffset Now { get; }

    /// <summary>Today as a UTC calendar date.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>The <c>--data DIR</c> option every learning command takes.</summary>
    public static Option<string?> DataOption() => new("--data") { Description = "Data folder (default: GRAIN_DATA or ~/.grain); GRAIN_DB selects PostgreSQL" };

    /// <summary>Loads content and opens the store; a store that cannot be used becomes a one-line usage error.</summary>
    public static async Task<LearningContext> OpenAsync(CliEnvironment env, string? dataOption, CancellationToken ct)
    {
        var library = env.LoadContent();
        var data = env.ResolveDataDirectory(dataOption);
        var now = env.Now();
        IGrainStore store;
        try
        {
            store = await GrainStore.OpenAsync(data, env.Variable, ct);
        }
        catch (StoreException ex)
        {
            throw new UsageException(ex.Message);
        }
        var user = await store.GetOrCreateUserAsync(IGrainStore.LocalUser, ct);
        return new LearningContext(library, store, user, now);
    }

    /// <summary>The company profile, or a usage error naming the known ones.</summary>
    public CompanyProfile Company(string id) =>
        Library.Company(id) ?? throw new UsageException(
            $"unknown company '{id}' (known: {string.Join(", ", Library.Companies.Select(c => c.Id).Order(StringComparer.Ordinal))})");

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
