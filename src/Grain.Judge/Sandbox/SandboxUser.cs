using System.Runtime.InteropServices;

namespace Grain.Judge.Sandbox;

/// <summary>
/// The unprivileged host account the sandbox runs as when the judge itself runs as root: the <c>grain-judge</c>
/// system user when it exists, else nobody (65534). bubblewrap then maps the candidate to that account, never to
/// host root.
/// </summary>
public sealed partial record SandboxUser(int Uid, int Gid, string Name)
{
    /// <summary>The dedicated account's name (created by <c>useradd --system grain-judge</c>).</summary>
    public const string AccountName = "grain-judge";

    private static readonly Lazy<SandboxUser?> Found = new(Locate);

    [LibraryImport("libc")]
    private static partial uint geteuid();

    /// <summary>True when the judge runs as host root.</summary>
    public static bool JudgeIsRoot => geteuid() == 0;

    /// <summary>The account to drop to, or null when the judge is not root (bubblewrap then maps the judge's own uid).</summary>
    public static SandboxUser? ForThisJudge() => Found.Value;

    private static SandboxUser? Locate()
    {
        if (!JudgeIsRoot)
        {
            return null;
        }
        try
        {
            foreach (var line in File.ReadLines("/etc/passwd"))
            {
                var f = line.Split(':');
                if (f.Length >= 4 && f[0] == AccountName && int.TryParse(f[2], out var uid) && int.TryParse(f[3], out var gid) && uid != 0 && gid != 0)
                {
                    return new SandboxUser(uid, gid, AccountName);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No readable account list: nobody is always there.
        }
        return new SandboxUser(65534, 65534, "nobody");
    }

    /// <summary>True when any host account can search the folder and every folder above it.</summary>
    public static bool SearchableByOthers(string directory)
    {
        try
        {
            for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
            {
                if (!dir.Exists || (dir.UnixFileMode & UnixFileMode.OtherExecute) == 0)
                {
                    return false;
                }
            }
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>True when any host account can read the file: every folder above it is searchable by others and the file is readable by others.</summary>
    public static bool ReadableByOthers(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null || !info.Exists || (info.UnixFileMode & UnixFileMode.OtherRead) == 0)
            {
                return false;
            }
            for (var dir = info.Directory; dir is not null; dir = dir.Parent)
            {
                if ((dir.UnixFileMode & UnixFileMode.OtherExecute) == 0)
                {
                    return false;
                }
            }
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
