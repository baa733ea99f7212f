using Grain.Content;

namespace Grain.Cli.Commands;

/// <summary>The deep content checks each project contributes. Add yours here.</summary>
internal static class ContentChecks
{
    public static IReadOnlyList<IContentCheck> All(CliEnvironment env) =>
    [
    ];
}
