namespace Grain.Content;

/// <summary>One section of a generic item page: its heading and its Markdown body.</summary>
public sealed record ContentSection(string Heading, string Markdown);
