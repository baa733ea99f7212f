namespace Grain.Core.Content;

/// <summary>One of the self-assessment areas, with descriptors for levels 1, 3 and 5 and the topics that train it.</summary>
public sealed record SkillArea(
    string Id,
    string Title,
    string Level1,
    string Level3,
    string Level5,
    IReadOnlyList<string> Topics,
    SourceLocation Source);
