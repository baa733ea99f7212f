namespace Grain.Content;

/// <summary>Finds the built-in content folder shipped with Grain.</summary>
public static class ContentLocator
{
    /// <summary>The content copied next to the program, else a <c>content/</c> folder in a parent (a source checkout), else null.</summary>
    public static string? FindBuiltIn()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "content");
        if (File.Exists(Path.Combine(beside, "topics.yaml")))
        {
            return beside;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content");
            if (File.Exists(Path.Combine(candidate, "topics.yaml")))
            {
                return candidate;
            }
        }
        return null;
    }
}
