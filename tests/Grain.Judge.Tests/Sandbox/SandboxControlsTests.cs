using Grain.Judge.Sandbox;
using Grain.Testing;

namespace Grain.Judge.Tests.Sandbox;

public sealed class SandboxControlsTests
{
    [RequiresFact("bubblewrap", "python")]
    public void Should_Have_Every_Control_In_Force_When_All_Components_Are_Required()
    {
        // Given a machine where every sandbox control is expected (GRAIN_REQUIRE_ALL=1, as root, as in CI)
        var sandbox = new PythonSandbox(SandboxMode.Required);
        if (!Components.RequireAll && sandbox.Gaps.Count > 0)
        {
            // Without GRAIN_REQUIRE_ALL a missing control is reported in the notes, not a test failure.
            return;
        }

        // Then
        sandbox.Gaps.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Build_A_Seccomp_Program_Of_Whole_Instructions()
    {
        // When
        var program = SeccompFilter.ForThisMachine();

        // Then
        program.ShouldNotBeNull();
        (program.Length % 8).ShouldBe(0);
        SeccompFilter.RefusedNames.ShouldContain("ptrace");
        SeccompFilter.RefusedNames.ShouldContain("unshare");
    }

    [Fact]
    public void Should_Share_The_Waiting_Budget_Between_Processes()
    {
        // Given 10 s of allowance
        var budget = new WaitBudget(TimeSpan.FromSeconds(10));

        // When two processes slept 4 s each
        budget.Charge(4_000);
        budget.Charge(4_000);

        // Then another 2 s would still fit, 2.001 s would not
        budget.Exhausted.ShouldBeFalse();
        budget.WouldExceed(2_000).ShouldBeFalse();
        budget.WouldExceed(2_001).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Drop_A_Frame_Cut_Short_When_The_Process_Died_Writing_It()
    {
        // Given a result channel whose writer was killed in the middle of its last frame
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "n R\nn B c0\nn I {\"a\": 1}\nn I {\"a\"");
        try
        {
            using var handle = File.OpenHandle(file);
            var reader = new ResultReader(handle, 1 << 20, "n", calls: 1, kill: () => { });

            // When
            await reader.Start();

            // Then the whole frames are kept, the cut one is not read as a line (it would look forged)
            reader.Lines.ShouldBe(["n R", "n B c0", "n I {\"a\": 1}"]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [RequiresFact("python")]
    public async Task Should_Not_Count_A_Write_The_Host_Has_Not_Read_Yet_As_Waiting()
    {
        // Given two runs: one writes 4 MB to its output, which nobody reads (as when a garbage collection pauses the
        // host's readers), the other sleeps
        var writer = await StartInCgroupAsync("import os\nos.write(1, b'x' * (4 << 20))");
        var sleeper = await StartInCgroupAsync("import time\ntime.sleep(30)");
        if (writer is null || sleeper is null)
        {
            // No writable cgroup (not root): waiting is not measured at all, the wall limits alone apply.
            Components.RequireAll.ShouldBeFalse("GRAIN_REQUIRE_ALL=1 expects the run cgroups");
            return;
        }
        try
        {
            // When both have settled (the interpreters started, the pipe filled): on a busy machine this takes a while
            var settled = System.Diagnostics.Stopwatch.StartNew();
            while (settled.Elapsed < TimeSpan.FromSeconds(20) && !(Blocked(writer.Value.Child.Pid) && sleeper.Value.Cgroup.AllAsleep() == true))
            {
                await Task.Delay(100);
            }

            // Then only the sleeper is waiting by its own choice
            Blocked(writer.Value.Child.Pid).ShouldBeTrue("the writer never blocked on its full pipe");
            writer.Value.Cgroup.AllAsleep().ShouldBe(false);
            sleeper.Value.Cgroup.AllAsleep().ShouldBe(true);
        }
        finally
        {
            foreach (var (cgroup, child) in new[] { writer.Value, sleeper.Value })
            {
                cgroup.KillAll();
                NativeProcess.Wait(child.Pid);
                await cgroup.DisposeAsync();
            }
        }
    }

    private static bool Blocked(int pid) =>
        File.Exists($"/proc/{pid}/wchan") && File.ReadAllText($"/proc/{pid}/wchan").Contains("pipe_write", StringComparison.Ordinal);

    private static async Task<(RunCgroup Cgroup, NativeProcess.Child Child)?> StartInCgroupAsync(string script)
    {
        var cgroup = RunCgroup.TryCreate(16, 256L << 20);
        if (cgroup is null)
        {
            return null;
        }
        var child = NativeProcess.Spawn(["/usr/bin/env", "python3", "-c", script], ["PATH=/usr/local/bin:/usr/bin:/bin"], ownProcessGroup: true);
        foreach (var procs in cgroup.ProcsFiles)
        {
            await File.WriteAllTextAsync(procs, child.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return (cgroup, child);
    }
}
