using System.Diagnostics;
using Grain.Judge.Sandbox;

namespace Grain.Judge.Pandas;

/// <summary>An interpreter that imports pandas, and the folders its packages live in (the harness runs with <c>-I -S</c>).</summary>
public sealed record PandasInstall(PythonInstall Python, IReadOnlyList<string> Paths, string Version)
{
    /// <summary>What to do when no interpreter imports pandas.</summary>
    public const string HowToInstall =
        "no Python interpreter here imports pandas: install it with 'apt-get install python3-pandas' (Debian, Ubuntu), or set GRAIN_PYTHON to an interpreter that has pandas";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<PandasInstall?>> Found = new(StringComparer.Ordinal);

    /// <summary>
    /// The first of <paramref name="configured"/> (the judge settings' interpreter, <c>GRAIN_PYTHON</c>), <c>python3</c>,
    /// <c>/usr/bin/python3</c> that imports pandas; null when none does. Looked up once per configured interpreter.
    /// </summary>
    public static PandasInstall? Find(string? configured = null) =>
        Found.GetOrAdd(configured ?? "", key => new Lazy<PandasInstall?>(() => Locate(key))).Value;

    private static PandasInstall? Locate(string configured)
    {
        var candidates = new List<string>();
        if (configured.Length > 0)
        {
            candidates.Add(configured);
        }
        candidates.AddRange(["python3", "/usr/bin/python3"]);
        return candidates.Distinct().Select(At).FirstOrDefault(i => i is not null);
    }

    /// <summary>The install behind that interpreter when it imports pandas, else null.</summary>
    public static PandasInstall? At(string name)
    {
        try
        {
            // Without -S, so the site folders (dist-packages) that hold pandas are on the path to be reported.
            var info = new ProcessStartInfo(name, ["-I", "-c", "import sys,os,pandas;print(pandas.__version__);print(os.pathsep.join(p for p in sys.path if p))"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(info)!;
            var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0 || lines.Length < 2 || PythonInstall.At(name) is not { } python)
            {
                return null;
            }
            return new PandasInstall(python, lines[1].Trim().Split(Path.PathSeparator), lines[0].Trim());
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException)
        {
            return null;
        }
    }
}
