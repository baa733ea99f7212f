using Grain.Core.Content;

namespace Grain.Content;

/// <summary>The fields every library item has, as read from its front matter.</summary>
public sealed record ItemFields(
    string Id,
    string Title,
    string Topic,
    Level Level,
    IReadOnlyList<string> Rounds,
    IReadOnlyList<string> Companies,
    ContentStatus Status);
