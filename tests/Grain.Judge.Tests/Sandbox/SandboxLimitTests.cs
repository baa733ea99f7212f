using Grain.Judge.Sandbox;
using Grain.Testing;

namespace Grain.Judge.Tests.Sandbox;

/// <summary>Memory counted for the run as a whole and time measured from outside, with small limits to stay fast.</summary>
public sealed class SandboxLimitTests
{
    private static readonly SandboxLimits Small = new() { CpuPerCallSeconds = 1, CpuSeconds = 3, MemoryBytes = 96L << 20, MemoryBaseBytes = 64L << 20 };

    [RequiresTheory("bubblewrap", "python")]
    [InlineData(SandboxMode.Required)]
    [InlineData(SandboxMode.Local)]
    public async Task Should_Count_Forked_Children_Together(SandboxMode mode)
    {
        // Given three children of 80 MB each, alive together for 3 s: each under the 96 MB limit, together far over it
        // (the time limits are wide, so only memory can stop the run)
        const string code = """
            import os, time
            def solve(rows):
                kids = []
                for _ in range(3):
                    pid = os.fork()
                    if pid == 0:
                        hog = b"x" * (80 << 20)
                        time.sleep(3)
                        os._exit(0)
                    kids.append(pid)
                for pid in kids:
                    os.waitpid(pid, 0)
                return 1
            """;

        // When
        var result = await SandboxRun.RunAsync(code, mode, Small with { CpuPerCallSeconds = 10, CpuSeconds = 12 });

        // Then
        result.Outcome.MemoryExceeded.ShouldBeTrue(SandboxRun.Value(result) + " " + System.Text.Json.JsonSerializer.Serialize(result.Outcome with { Lines = [] }));
    }

    [RequiresTheory("bubblewrap", "python")]
    [InlineData(SandboxMode.Required)]
    [InlineData(SandboxMode.Local)]
    public async Task Should_Stop_A_Call_That_Ignores_The_Cpu_Signal(SandboxMode mode)
    {
        // Given a call that ignores SIGXCPU and spins for 20 s of CPU (the call may use 1 s), telling stderr how far it got
        const string code = """
            import signal, sys, time
            signal.signal(signal.SIGXCPU, signal.SIG_IGN)
            def solve(rows):
                end = time.process_time() + 20
                mark = 0.0
                while time.process_time() < end:
                    if time.process_time() - mark > 0.05:
                        mark = time.process_time()
                        print(int(mark * 1000), file=sys.stderr, flush=True)
                return 1
            """;

        // When
        var result = await SandboxRun.RunAsync(code, mode, Small with { CpuSeconds = 30 });

        // Then it is stopped from outside before its own 30 s limit, and keeps at least the CPU it was seen to use
        result.Outcome.TimedOut.ShouldBeTrue(SandboxRun.Value(result));
        result.Output.Calls.ShouldBeEmpty();
        var seen = result.Outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).DefaultIfEmpty(0).Max();
        result.Outcome.CpuMs.ShouldBeGreaterThanOrEqualTo(seen);
        result.Outcome.CpuMs.ShouldBeLessThan(10_000);
    }

    [RequiresFact("bubblewrap", "python")]
    public async Task Should_Not_Let_Forged_Call_Frames_Extend_The_Cpu_Budget()
    {
        // Given a call that finds the channel's nonce, ignores SIGXCPU and announces a new call every 0.1 s while spinning
        const string code = """
            import gc, os, signal, time
            signal.signal(signal.SIGXCPU, signal.SIG_IGN)
            def solve(rows):
                prefix = next(o.prefix for o in gc.get_objects() if hasattr(o, "prefix") and hasattr(o, "fd"))
                last = 0.0
                end = time.process_time() + 20
                while time.process_time() < end:
                    if time.monotonic() - last > 0.1:
                        os.write(3, (prefix + "B c0\n").encode())
                        last = time.monotonic()
                return 1
            """;

        // When the process as a whole may use 30 s
        var result = await SandboxRun.RunAsync(code, SandboxMode.Required, Small with { CpuSeconds = 30 });

        // Then the forged frames did not restart the call's clock: it was stopped and returned nothing
        result.Outcome.TimedOut.ShouldBeTrue(SandboxRun.Value(result));
        result.Output.Calls.ShouldBeEmpty();
        result.Outcome.CpuMs.ShouldBeLessThan(10_000);
    }

    [RequiresFact("bubblewrap", "python")]
    public async Task Should_Stop_A_Submission_That_Waits_Instead_Of_Computing()
    {
        // Given a 2 s waiting budget and calls that each sleep 1.5 s
        var budget = new WaitBudget(TimeSpan.FromSeconds(2));
        const string code = "import time\ndef solve(rows):\n    time.sleep(1.5)\n    return 1\n";

        // When
        var result = await SandboxRun.RunAsync(code, SandboxMode.Required, Small with { CpuSeconds = 10, Waiting = budget }, calls: 4);

        // Then
        result.Outcome.Waited.ShouldBeTrue();
        budget.Exhausted.ShouldBeTrue();
        result.Output.Calls.Count.ShouldBeLessThan(4);
    }
}
