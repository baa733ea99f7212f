namespace Grain.Core.Content;

/// <summary>The seniority a piece of content is pitched at.</summary>
public enum Level
{
    Junior,
    Mid,
    Senior,
}

/// <summary>Whether an item has had its second read for correctness.</summary>
public enum ContentStatus
{
    Draft,
    Reviewed,
}
