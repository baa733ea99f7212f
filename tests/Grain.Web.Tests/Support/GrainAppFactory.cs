using Grain.Content;
using Grain.Judge;
using Grain.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Grain.Web.Tests.Support;

/// <summary>The real app over the test content and a temporary data folder, with the real judges (small inputs).</summary>
public sealed class GrainAppFactory : WebApplicationFactory<Program>
{
    /// <summary>The test content set under Data/content.</summary>
    public static string TestContent => Path.Combine(RepoPaths.Root, "tests", "Grain.Web.Tests", "Data", "content");

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "grain-web-tests-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>A PostgreSQL connection string for the store (a test schema); null: SQLite in the data folder.</summary>
    public string? Database { get; init; }

    /// <summary>False: the app only queues submissions, as <c>grain serve --grading off</c>.</summary>
    public bool GradeInProcess { get; init; } = true;

    /// <summary>The options every test app uses.</summary>
    public GrainWebOptions Options => new() { ContentDirectory = TestContent, DataDirectory = DataDirectory, Database = Database, GradeInProcess = GradeInProcess };

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => AddTestServices(services, Options));

    /// <summary>Replaces the options and shrinks the Python and pandas judges' scale ladders.</summary>
    public static void AddTestServices(IServiceCollection services, GrainWebOptions options)
    {
        services.AddSingleton(options);
        // Small scale ladder: enough for the bounded-memory check to see list(events), fast enough for a test.
        services.AddSingleton(sp => sp.GetRequiredService<JudgeSettings>().PythonOptions(sp.GetRequiredService<ContentLibrary>()) with
        {
            ScaleSizes = [2_000, 8_000, 32_000],
        });
        // pandas: three small sizes, enough to draw the scale chart of a pandas Submit.
        services.AddSingleton(sp => sp.GetRequiredService<JudgeSettings>().PandasOptions(sp.GetRequiredService<ContentLibrary>()) with
        {
            ScaleSizes = [1_000, 2_000, 4_000],
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
