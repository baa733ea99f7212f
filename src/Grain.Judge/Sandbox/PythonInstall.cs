using System.Collections.Concurrent;
using System.Diagnostics;

namespace Grain.Judge.Sandbox;

/// <summary>A Python interpreter found by its real path, and the folder it needs inside the sandbox.</summary>
public sealed record PythonInstall(string Executable, string Prefix)
{
    private static readonly ConcurrentDictionary<string, Lazy<PythonInstall?>> Found = new(StringComparer.Ordinal);

    /// <summary>The interpreter run by <paramref name="command"/> (default <c>python3</c> on PATH), asked once per command; null when it does not start.</summary>
    public static PythonInstall? Find(string? command = null) =>
        Found.GetOrAdd(command ?? "python3", name => new Lazy<PythonInstall?>(() => At(name))).Value;

    /// <summary>The interpreter run by that command or path; null when it does not start.</summary>
    public static PythonInstall? At(string name)
    {
        try
        {
            var info = new ProcessStartInfo(name, ["-I", "-S", "-c", "import os,sys;print(os.path.realpath(sys.executable));print(sys.base_prefix)"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(info)!;
            var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            process.WaitForExit();
            return process.ExitCode == 0 && lines.Length >= 2 ? new PythonInstall(lines[0].Trim(), lines[1].Trim()) : null;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException)
        {
            return null;
        }
    }

    /// <summary>True when any host account can reach the interpreter and its library (every folder up to its prefix is searchable by others).</summary>
    public bool ReachableByOthers => SandboxUser.ReadableByOthers(Executable) && SandboxUser.SearchableByOthers(Prefix);

    /// <summary>True when the interpreter lives under a folder the sandbox already binds.</summary>
    public bool UnderSystemFolders => Prefix == "/usr" || Prefix.StartsWith("/usr/", StringComparison.Ordinal);
}
