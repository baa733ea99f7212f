using Xunit;

namespace Grain.Testing;

/// <summary>Finds out which real components (sandbox, database server, browser) this machine has.</summary>
public static class Components
{
    /// <summary>True when <c>GRAIN_REQUIRE_ALL=1</c>: a missing component fails its tests instead of skipping them.</summary>
    public static bool RequireAll => Environment.GetEnvironmentVariable("GRAIN_REQUIRE_ALL") == "1";

    /// <summary>The PostgreSQL connection string for tests, from <c>GRAIN_POSTGRES</c>.</summary>
    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable("GRAIN_POSTGRES") is { Length: > 0 } value ? value : null;

    /// <summary>Why a component is unavailable, or null when it is there.</summary>
    public static string? MissingReason(string component) => component switch
    {
        "bubblewrap" => OnPath("bwrap") ? null : "bubblewrap (bwrap) is not installed",
        "python" => OnPath("python3") ? null : "python3 is not installed",
        "postgres" => PostgresConnectionString is null ? "GRAIN_POSTGRES is not set (no PostgreSQL server)" : null,
        "pandas" => ImportsPandas.Value ? null : "no Python interpreter imports pandas (apt-get install python3-pandas)",
        "chromium" => File.Exists("/usr/bin/chromium") ? null : "Chromium is not installed at /usr/bin/chromium",
        _ => $"unknown component '{component}'",
    };

    /// <summary>Why tests needing these components are skipped, or null when they run (always, under GRAIN_REQUIRE_ALL=1).</summary>
    public static string? SkipReason(IEnumerable<string> components)
    {
        if (RequireAll)
        {
            return null;
        }
        var reasons = components.Select(MissingReason).OfType<string>().ToList();
        return reasons.Count > 0 ? "skipped: " + string.Join("; ", reasons) : null;
    }

    private static readonly Lazy<bool> ImportsPandas = new(() =>
        new[] { Environment.GetEnvironmentVariable("GRAIN_PYTHON"), "python3", "/usr/bin/python3" }.OfType<string>().Where(p => p.Length > 0).Any(python =>
        {
            try
            {
                using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(python, ["-c", "import pandas"]) { RedirectStandardError = true })!;
                process.StandardError.ReadToEnd();
                process.WaitForExit();
                return process.ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        }));

    /// <summary>True when an executable of that name is on PATH.</summary>
    public static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, name)));
}

/// <summary>
/// A fact that needs real components. When one is missing it is skipped with the reason,
/// unless GRAIN_REQUIRE_ALL=1, where it runs and fails.
/// </summary>
public sealed class RequiresFactAttribute : FactAttribute
{
    public RequiresFactAttribute(params string[] components)
    {
        Skip = Components.SkipReason(components);
    }
}

/// <summary>A theory that needs real components; see <see cref="RequiresFactAttribute"/>.</summary>
public sealed class RequiresTheoryAttribute : TheoryAttribute
{
    public RequiresTheoryAttribute(params string[] components)
    {
        Skip = Components.SkipReason(components);
    }
}
