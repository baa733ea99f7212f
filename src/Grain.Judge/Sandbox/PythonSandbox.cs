using System.Diagnostics;
using System.Text;

namespace Grain.Judge.Sandbox;

/// <summary>One file made visible (read-only) to the sandboxed process.</summary>
public sealed record SandboxFile(string HostPath, string Name);

/// <summary>Runs the harness on untrusted code: bubblewrap when available, else local mode with limits only.</summary>
public sealed class PythonSandbox
{
    private const string InsideRoot = "/judge";
    private static readonly string SupervisorPath = Path.Combine(AppContext.BaseDirectory, "Python", "supervisor.py");
    private readonly PythonInstall _python;
    private readonly string? _bwrap;

    /// <summary>Creates a sandbox; throws <see cref="SandboxUnavailableException"/> when the mode cannot be honoured.</summary>
    public PythonSandbox(SandboxMode mode, PythonInstall? python = null)
    {
        _python = python ?? PythonInstall.Find() ?? throw new SandboxUnavailableException("python3 was not found (set GRAIN_PYTHON to an interpreter)");
        _bwrap = mode == SandboxMode.Local ? null : FindBubblewrap();
        if (mode == SandboxMode.Required && _bwrap is null)
        {
            throw new SandboxUnavailableException("bubblewrap (bwrap) is not installed and a sandbox is required: install the 'bubblewrap' package");
        }
    }

    /// <summary>True when runs are isolated by bubblewrap.</summary>
    public bool Isolated => _bwrap is not null;

    /// <summary>The warning shown when code runs without isolation, or null.</summary>
    public string? Warning => Isolated ? null
        : "WARNING: bubblewrap is not installed, so submissions run WITHOUT a sandbox (limits only). Only judge code you trust; install 'bubblewrap' or use --require-sandbox.";

    /// <summary>The path a run file has inside the sandbox.</summary>
    public string PathOf(string runDirectory, string name) => Isolated ? InsideRoot + "/" + name : Path.Combine(runDirectory, name);

    /// <summary>Runs the harness with the job; files are bound read-only (or linked into the run folder in local mode).</summary>
    /// <remarks><paramref name="divert"/> sees every result line as it arrives; the lines it returns true for are not kept in memory.</remarks>
    public async Task<SandboxOutcome> RunAsync(string runDirectory, IReadOnlyList<SandboxFile> files, string nonce, string jobJson, SandboxLimits limits, CancellationToken cancellationToken,
        Func<string, bool>? divert = null)
    {
        using var cgroup = PidsCgroup.TryCreate(limits.Processes + 4);
        var harness = files.First(f => f.Name == "harness.py");
        var supervisor = Path.Combine(Path.GetDirectoryName(harness.HostPath)!, "supervisor.py");
        File.Copy(SupervisorPath, supervisor, overwrite: true);
        var argv = new List<string> { _python.Executable, "-I", "-S", "-B", supervisor, cgroup?.ProcsFile ?? "-" };
        if (_bwrap is not null)
        {
            argv.AddRange(BubblewrapArguments(files, limits));
            argv.AddRange([_python.Executable, "-I", "-S", "-B", InsideRoot + "/harness.py"]);
        }
        else
        {
            foreach (var file in files.Where(f => f != harness))
            {
                var link = Path.Combine(runDirectory, file.Name);
                if (!File.Exists(link))
                {
                    File.CreateSymbolicLink(link, file.HostPath);
                }
            }
            argv.AddRange([_python.Executable, "-I", "-S", "-B", harness.HostPath]);
        }
        string[] env = ["PATH=/usr/bin:/bin", "LANG=C.UTF-8", "PYTHONHASHSEED=0", "HOME=/tmp", "PYTHONDONTWRITEBYTECODE=1"];
        return await Task.Run(() => Execute(argv, env, nonce, jobJson, limits, cancellationToken, isolated: _bwrap is not null, divert), CancellationToken.None);
    }

    private IEnumerable<string> BubblewrapArguments(IReadOnlyList<SandboxFile> files, SandboxLimits limits)
    {
        yield return _bwrap!;
        foreach (var a in new[] { "--unshare-all", "--die-with-parent", "--new-session", "--clearenv", "--hostname", "grain", "--as-pid-1" })
        {
            yield return a;
        }
        foreach (var dir in new[] { "/usr", "/lib", "/lib64", "/bin", "/lib32" })
        {
            yield return "--ro-bind-try";
            yield return dir;
            yield return dir;
        }
        if (!_python.UnderSystemFolders)
        {
            yield return "--ro-bind";
            yield return _python.Prefix;
            yield return _python.Prefix;
        }
        foreach (var a in new[] { "--proc", "/proc", "--dev", "/dev", "--size", limits.TmpBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), "--tmpfs", "/tmp" })
        {
            yield return a;
        }
        foreach (var file in files)
        {
            yield return "--ro-bind";
            yield return file.HostPath;
            yield return InsideRoot + "/" + file.Name;
        }
        foreach (var a in new[] { "--remount-ro", "/", "--chdir", "/tmp", "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "LANG", "C.UTF-8",
                     "--setenv", "PYTHONHASHSEED", "0", "--setenv", "HOME", "/tmp", "--uid", "65534", "--gid", "65534", "--" })
        {
            yield return a;
        }
    }

    private static SandboxOutcome Execute(List<string> argv, string[] env, string nonce, string jobJson, SandboxLimits limits, CancellationToken ct, bool isolated,
        Func<string, bool>? divert)
    {
        var clock = Stopwatch.StartNew();
        var child = NativeProcess.Spawn(argv, env, ownProcessGroup: true);
        var killTarget = -child.Pid;
        var killed = 0;
        void Kill()
        {
            if (Interlocked.Exchange(ref killed, 1) == 0)
            {
                NativeProcess.Kill(killTarget);
            }
        }
        var stdout = new CappedReader(child.Stdout, limits.ConsoleBytes, Kill);
        var stderr = new CappedReader(child.Stderr, limits.ConsoleBytes, Kill);
        var results = new ResultReader(child.Results, limits.ResultBytes, nonce, Kill, divert);
        var usageTask = Task.Factory.StartNew(() =>
        {
            using var stream = new FileStream(child.Usage, FileAccess.Read, 1);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }, TaskCreationOptions.LongRunning);
        var readers = new[] { stdout.Start(), stderr.Start(), results.Start(), usageTask };
        try
        {
            using var stdin = new FileStream(child.Stdin, FileAccess.Write, 1);
            var bytes = Encoding.UTF8.GetBytes(nonce + "\n" + jobJson + "\n");
            stdin.Write(bytes);
        }
        catch (IOException)
        {
            // The child died before reading its job; its exit status tells why.
        }
        var exitTask = Task.Factory.StartNew(() => NativeProcess.Wait(child.Pid), TaskCreationOptions.LongRunning);
        var timedOut = false;
        var overall = TimeSpan.FromSeconds(limits.CpuSeconds * 3 + 2);
        while (!exitTask.Wait(20))
        {
            var sinceCall = clock.Elapsed - results.LastCallStarted;
            if (clock.Elapsed > overall || sinceCall > limits.WallPerCall || ct.IsCancellationRequested)
            {
                timedOut = !ct.IsCancellationRequested;
                Kill();
            }
        }
        NativeProcess.Kill(-child.Pid);
        Task.WaitAll(readers, TimeSpan.FromSeconds(5));
        var exit = Measured(exitTask.Result, usageTask.IsCompletedSuccessfully ? usageTask.Result : "");
        if (isolated && exit.Signal == 0 && exit.ExitCode > 128)
        {
            // bubblewrap reports a child killed by a signal as 128 + the signal.
            exit = exit with { Signal = exit.ExitCode - 128, ExitCode = -1 };
        }
        clock.Stop();
        return new SandboxOutcome
        {
            ExitCode = exit.ExitCode,
            Signal = exit.Signal,
            CpuMs = exit.CpuMs,
            PeakKb = exit.PeakKb,
            WallMs = clock.ElapsedMilliseconds,
            TimedOut = timedOut,
            ConsoleExceeded = stdout.Exceeded || stderr.Exceeded,
            ResultsExceeded = results.Exceeded,
            Stdout = stdout.Text,
            Stderr = stderr.Text,
            Lines = results.Lines,
        };
    }

    /// <summary>The child's status and usage as the supervisor measured them; the supervisor's own when it was killed.</summary>
    private static NativeProcess.Exit Measured(NativeProcess.Exit supervisor, string report)
    {
        var parts = report.Trim().Split(' ');
        if (parts.Length == 3 && int.TryParse(parts[0], out var status)
            && double.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var cpu) && long.TryParse(parts[2], out var rss))
        {
            var signal = status & 0x7f;
            return new NativeProcess.Exit(signal == 0 ? (status >> 8) & 0xff : -1, signal, (long)(cpu * 1000), rss);
        }
        return supervisor with { PeakKb = 0 };
    }

    private static string? FindBubblewrap()
    {
        if (Environment.GetEnvironmentVariable("GRAIN_NO_BWRAP") == "1")
        {
            return null;
        }
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries).Append("/usr/bin"))
        {
            var path = Path.Combine(dir, "bwrap");
            if (File.Exists(path))
            {
                return path;
            }
        }
        return null;
    }
}

/// <summary>The sandbox mode asked for cannot be provided on this machine.</summary>
public sealed class SandboxUnavailableException(string message) : Exception(message);
