using Grain.Store;

namespace Grain.Web;

/// <summary>Opens the store at start-up, asynchronously: migrations run before the first request and the grading queue.</summary>
public sealed class StoreStartup(IGrainStore store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) => await store.SchemaVersionAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
