namespace Grain.Core.Content;

/// <summary>What every browsable item of the library has in common.</summary>
public interface IContentItem
{
    string Id { get; }
    string Title { get; }
    string Topic { get; }
    Level Level { get; }
    IReadOnlyList<string> Rounds { get; }
    IReadOnlyList<string> Companies { get; }
    ContentStatus Status { get; }
    SourceLocation Source { get; }

    /// <summary>The kind of item, as shown to users: card, problem, design, modeling, behavioral.</summary>
    string Kind { get; }

    /// <summary>All text of the item, for search.</summary>
    string SearchText { get; }
}
