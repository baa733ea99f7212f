using Grain.Store;

namespace Grain.Web.Accounts;

/// <summary>The id of the built-in local learner, looked up once (outside cohort mode every request acts as them).</summary>
public sealed class LocalUser(IGrainStore store)
{
    private long? _id;

    /// <summary>The local user's id (created on first use).</summary>
    // Not a Lazy<Task>: a failed lookup (database busy or down at start-up) is tried again on the next request, not cached forever.
    public async Task<long> IdAsync() => _id ??= await store.GetOrCreateUserAsync(IGrainStore.LocalUser);
}
