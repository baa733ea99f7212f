namespace Grain.Core.Content;

/// <summary>Where a content item was read from: a path relative to the content folder and a 1-based line.</summary>
public sealed record SourceLocation(string Path, int Line)
{
    public override string ToString() => $"{Path}:{Line}";
}
