using Grain.Judge.Sandbox;
using Grain.Testing;

namespace Grain.Judge.Tests.Sandbox;

/// <summary>What a candidate can and cannot do inside the real bubblewrap sandbox (run as root or not).</summary>
public sealed class SandboxIsolationTests
{
    private const string Syscall = """
        import ctypes, os, platform
        libc = ctypes.CDLL(None, use_errno=True)
        ARM = platform.machine() in ("aarch64", "arm64")

        def call(x64, arm64, *args):
            ctypes.set_errno(0)
            rc = libc.syscall(ctypes.c_long(arm64 if ARM else x64), *[ctypes.c_long(a) for a in args])
            return "ok" if rc >= 0 else os.strerror(ctypes.get_errno())

        """;

    [RequiresFact("bubblewrap", "python")]
    public async Task Should_Run_A_Plain_Solution()
    {
        // When
        var result = await SandboxRun.RunAsync("def solve(rows):\n    return sum(r['x'] for r in rows)\n", SandboxMode.Required);

        // Then
        SandboxRun.Value(result).ShouldBe("1");
    }

    [RequiresFact("bubblewrap", "python")]
    public async Task Should_Never_Run_The_Candidate_As_Host_Root()
    {
        // Given a candidate that stays alive long enough to be looked at from the host
        const string code = "import time\ndef solve(rows):\n    time.sleep(1.5)\n    return 1\n";

        // When
        var run = SandboxRun.RunAsync(code, SandboxMode.Required);
        var seen = new List<string>();
        while (!run.IsCompleted)
        {
            seen.AddRange(HarnessProcessUids());
            await Task.Delay(50);
        }
        await run;

        // Then every sandboxed interpreter the host saw ran as an unprivileged host account
        seen.ShouldNotBeEmpty();
        seen.ShouldAllBe(uid => uid != "0");
    }

    [RequiresFact("bubblewrap", "python")]
    public async Task Should_Refuse_Writes_To_Kernel_Settings()
    {
        // Given
        const string code = """
            def solve(rows):
                try:
                    with open("/proc/sys/vm/drop_caches", "w") as f:
                        f.write("3")
                    return "written"
                except OSError as e:
                    return "refused"
            """;

        // When
        var result = await SandboxRun.RunAsync(code, SandboxMode.Required);

        // Then
        SandboxRun.Value(result).ShouldBe("\"refused\"");
    }

    [RequiresFact("bubblewrap", "python")]
    public async Task Should_Refuse_New_Namespaces_Ptrace_And_Kernel_Interfaces()
    {
        // Given unshare (user, mount, network), clone with a namespace flag, ptrace, io_uring, bpf, perf events and keyrings
        var code = Syscall + """
            def solve(rows):
                return {
                    "unshare-user": call(272, 97, 0x10000000),
                    "unshare-mount": call(272, 97, 0x00020000),
                    "unshare-net": call(272, 97, 0x40000000),
                    "clone-newuser": call(56, 220, 0x10000000 | 17, 0, 0, 0, 0),
                    "ptrace-traceme": call(101, 117, 0, 0, 0, 0),
                    "io_uring_setup": call(425, 425, 8, 0),
                    "bpf": call(321, 280, 0, 0, 0),
                    "perf_event_open": call(298, 241, 0, 0, -1, -1, 0),
                    "keyctl": call(250, 219, 0, 0),
                    "mount": call(165, 40, 0, 0, 0, 0, 0),
                }
            """;

        // When
        var result = await SandboxRun.RunAsync(code, SandboxMode.Required);

        // Then
        var value = SandboxRun.Value(result);
        value.ShouldStartWith("[[", customMessage: value);
        value.ShouldNotContain("\"ok\"", customMessage: value);
    }

    [RequiresFact("bubblewrap", "python")]
    public async Task Should_Still_Run_Threads_And_Subprocesses()
    {
        // Given clone3 is refused with ENOSYS, so the C library must fall back to clone
        var code = Syscall + """
            import subprocess, sys, threading

            def solve(rows):
                box = []
                t = threading.Thread(target=lambda: box.append(sum(range(10))))
                t.start()
                t.join()
                out = subprocess.run([sys.executable, "-c", "print(6 * 7)"], capture_output=True, text=True).stdout.strip()
                return [box[0], out, call(435, 435, 0, 0)]
            """;

        // When
        var result = await SandboxRun.RunAsync(code, SandboxMode.Required);

        // Then
        SandboxRun.Value(result).ShouldBe("[45,\"42\",\"Function not implemented\"]");
    }

    [RequiresFact("bubblewrap", "python")]
    public async Task Should_Keep_In_Memory_Files_Small()
    {
        // Given 64 MB written to /dev/shm and /tmp, both tmpfs
        const string code = """
            def solve(rows):
                out = []
                for folder in ("/dev/shm", "/tmp"):
                    try:
                        with open(folder + "/flood", "wb") as f:
                            for _ in range(64):
                                f.write(b"x" * (1 << 20))
                                f.flush()
                        out.append("kept")
                    except OSError:
                        out.append("refused")
                return out
            """;

        // When
        var result = await SandboxRun.RunAsync(code, SandboxMode.Required);

        // Then
        SandboxRun.Value(result).ShouldBe("[\"refused\",\"refused\"]");
    }

    [RequiresFact("bubblewrap", "python")]
    public async Task Should_Read_Files_From_A_Folder_Only_Root_Can_Enter()
    {
        // Given a run folder under a folder closed to other accounts (a data folder under /root, or made by mktemp -d)
        var closed = Directory.CreateTempSubdirectory("grain-closed-");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(closed.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        try
        {
            // When
            var result = await SandboxRun.RunAsync("def solve(rows):\n    return sum(r['x'] for r in rows)\n", SandboxMode.Required, parent: closed.FullName);

            // Then
            SandboxRun.Value(result).ShouldBe("1");
        }
        finally
        {
            closed.Delete(recursive: true);
        }
    }

    [RequiresFact("bubblewrap", "python")]
    public async Task Should_Not_Hand_The_Candidate_Descriptors_The_Host_Left_Open()
    {
        // Given a host file opened without close-on-exec, as native libraries (DuckDB among them) open their files
        var secret = Path.Combine(Path.GetTempPath(), "grain-leak-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(secret, "grain-secret-words");
        var fd = OpenInheritable(secret);
        fd.ShouldBeGreaterThan(2);
        const string code = """
            import os

            def solve(rows):
                found = []
                for fd in range(4, 1024):
                    try:
                        os.lseek(fd, 0, 0)
                        if b"grain-secret" in os.read(fd, 64):
                            found.append(fd)
                    except OSError:
                        pass
                return found
            """;
        try
        {
            // When
            var result = await SandboxRun.RunAsync(code, SandboxMode.Required);

            // Then the candidate saw none of it
            SandboxRun.Value(result).ShouldBe("[]");
        }
        finally
        {
            CloseDescriptor(fd);
            File.Delete(secret);
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int OpenInheritable(string path, int flags = 0);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "close")]
    private static extern int CloseDescriptor(int fd);

    private static bool DescendsFromThisProcess(string pid)
    {
        for (var i = 0; i < 32 && int.TryParse(pid, out var id) && id > 1; i++)
        {
            if (id == Environment.ProcessId)
            {
                return true;
            }
            // Field 4 of /proc/PID/stat, after the parenthesised command name.
            var stat = File.ReadAllText($"/proc/{id}/stat");
            pid = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1];
        }
        return false;
    }

    private static IEnumerable<string> HarnessProcessUids()
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            string? uid = null;
            try
            {
                var cmdline = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                // The interpreter itself, not the supervisor or bubblewrap whose arguments name it.
                if (cmdline.Contains("/judge/harness.py", StringComparison.Ordinal) && !cmdline.Contains("bwrap", StringComparison.Ordinal)
                    && DescendsFromThisProcess(Path.GetFileName(dir)))
                {
                    uid = File.ReadLines(Path.Combine(dir, "status")).First(l => l.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1];
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
            }
            if (uid is not null)
            {
                yield return uid;
            }
        }
    }
}
