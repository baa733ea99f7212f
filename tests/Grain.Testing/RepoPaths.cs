namespace Grain.Testing;

/// <summary>Locates the repository from a test's output folder.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the nearest parent folder holding Grain.slnx.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The built-in content folder.</summary>
    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Grain.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Grain.slnx not found above " + AppContext.BaseDirectory);
    }
}
