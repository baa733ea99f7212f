using Grain.Content;
using Grain.Web.Pages;

namespace Grain.Web;

/// <summary>Builds the Grain web application; used by <c>grain serve</c> and by the tests.</summary>
public static class GrainWebApp
{
    public static WebApplication Build(GrainWebOptions options, string[]? args = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (options.Urls is { Length: > 0 } urls)
        {
            builder.WebHost.UseUrls(urls);
        }
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddGrainServices(options);

        var app = builder.Build();
        app.UseStatusCodePages();
        app.MapLibraryPages();
        return app;
    }

    /// <summary>Registers Grain's services: the options and the content library loaded once.</summary>
    public static void AddGrainServices(this WebApplicationBuilder builder, GrainWebOptions options)
    {
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => ContentLoader.Load(options.ContentDirectory).Library);
    }
}
