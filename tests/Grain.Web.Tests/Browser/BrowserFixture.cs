using Grain.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Grain.Web.Tests.Browser;

/// <summary>The app on a real Kestrel port and Debian's Chromium driven by Playwright; one per test class.</summary>
public class BrowserFixture : IAsyncLifetime
{
    /// <summary>True to run the app in cohort mode (<see cref="CohortBrowserFixture"/>).</summary>
    protected virtual bool Cohort => false;

    /// <summary>The running app's services (its store, to set up users).</summary>
    public IServiceProvider Services => _app!.Services;

    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "grain-browser-" + Guid.NewGuid().ToString("N")[..8]);

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Every Content-Security-Policy violation Chromium reported on this fixture's pages.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> CspViolations { get; } = new();

    /// <summary>Where screenshots go: the test output folder.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists("/usr/bin/chromium"))
        {
            return;
        }
        await StartAppAsync("http://127.0.0.1:0");
        // Expectations wait as long as page actions do (Playwright's own default is 5 s, short on a busy 2-core machine).
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    private async Task StartAppAsync(string urls)
    {
        var options = new GrainWebOptions { ContentDirectory = GrainAppFactory.TestContent, DataDirectory = DataDirectory, Urls = urls, Cohort = Cohort };
        _app = GrainWebApp.Build(options, configure: services => GrainAppFactory.AddTestServices(services, options));
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>
    /// Stops the app, runs <paramref name="whileDown"/> (pages see a dead server), then starts a new app on the same address
    /// and data folder, as a restart of <c>grain serve</c> would.
    /// </summary>
    public async Task RestartAsync(Func<Task>? whileDown = null)
    {
        var url = BaseUrl;
        await StopAppAsync();
        if (whileDown is not null)
        {
            await whileDown();
        }
        await StartAppAsync(url);
    }

    private async Task StopAppAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    /// <summary>A fresh page at 1280×800 (or the given width).</summary>
    public async Task<IPage> NewPageAsync(int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 }, BaseURL = BaseUrl });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                CspViolations.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        return page;
    }

    /// <summary>Saves the page at 1280×800 and 375×800 as journey-wide.png and journey-narrow.png.</summary>
    public static async Task ScreenshotAsync(IPage page, string journey)
    {
        await page.SetViewportSizeAsync(1280, 800);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, journey + "-1280.png"), FullPage = true });
        await page.SetViewportSizeAsync(375, 800);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, journey + "-375.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 800);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        await StopAppAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>The browser fixture with the app in cohort mode (sign-in required).</summary>
public sealed class CohortBrowserFixture : BrowserFixture
{
    protected override bool Cohort => true;
}
