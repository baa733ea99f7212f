namespace Grain.Core.Content;

/// <summary>A subject area that cards, problems and exercises belong to.</summary>
public sealed record Topic(string Id, string Title, string Description);
