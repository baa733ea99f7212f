using Grain.Content;
using Grain.Judge;
using Grain.Web.Accounts;
using Grain.Web.Api;
using Grain.Web.Pages;
using Grain.Store;
using Grain.Web.Learning;
using Grain.Web.Security;
using Grain.Web.Submissions;

namespace Grain.Web;

/// <summary>Builds the Grain web application; used by <c>grain serve</c> and by the tests.</summary>
public static class GrainWebApp
{
    /// <summary>Builds the app; <paramref name="configure"/> lets hosts and tests replace services (judges, stores).</summary>
    public static WebApplication Build(GrainWebOptions options, string[]? args = null, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        if (options.Urls is { Length: > 0 } urls)
        {
            builder.WebHost.UseUrls(urls);
        }
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddGrainServices(options);
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseGrainErrors();
        app.UseGrainAuthentication();
        app.UseGrainSecurity();
        app.UseGrainStaticFiles();
        app.UseCohortGate();
        app.MapGrainEndpoints();
        return app;
    }

    /// <summary>Registers Grain's services: the options and the content library loaded once.</summary>
    public static void AddGrainServices(this WebApplicationBuilder builder, GrainWebOptions options)
    {
        builder.Services.AddSingleton(options);
        builder.AddGrainSecurity(options);
        builder.AddGrainAccounts();
        builder.Services.AddGrainGrading();
        builder.Services.AddSingleton<GradingQueue>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<GradingQueue>());
        builder.Services.AddSingleton<ReviewQueues>();
        builder.Services.AddSingleton<LocalUser>();
        // Per request: the learner is whoever signed in (cohort mode) or the local user.
        builder.Services.AddScoped<Learner>();
        builder.Services.AddScoped<ReviewSession>();
        builder.Services.AddScoped<ProgressView>();
        builder.Services.AddSingleton<Pages.ProblemChoices>();
        builder.Services.AddProblemDetails();
        // Pages are Razor components rendered on the server (static SSR) by Pages/PageResults with the framework's
        // HtmlRenderer: no endpoint renderer, no circuits.
        builder.Services.AddOpenApi(o =>
        {
            // Pages are HTML for people; the document describes the JSON API only.
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info.Title = "Grain API";
                doc.Info.Description = "The JSON API shared by Grain's web app and CLI: content, submissions and their judge results.";
                return Task.CompletedTask;
            });
        });
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);
    }

    /// <summary>
    /// What grading needs, shared by the web app and <c>grain worker</c>: the store, the content library, the judges, the
    /// review recorder (a graded Submit becomes a review of its learner's schedule) and the <see cref="SubmissionGrader"/>. Reads the registered <see cref="GrainWebOptions"/>.
    /// </summary>
    public static IServiceCollection AddGrainGrading(this IServiceCollection services)
    {
        // The store opens on first use without blocking a thread; StoreStartup opens it (and migrates) before the
        // grading queue starts, so a database that cannot be opened stops the start-up with its message.
        services.AddSingleton<IGrainStore>(sp =>
        {
            var o = sp.GetRequiredService<GrainWebOptions>();
            return GrainStore.OpenLazily(o.DataDirectory, o.StoreVariable);
        });
        services.AddHostedService<StoreStartup>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ReviewRecorder>();
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<GrainWebOptions>();
            return o.Library ?? ContentLoader.Load([o.ContentDirectory, .. o.ContentPacks], o.ContentKinds).Library;
        });
        // Read from the registered options, which tests may replace after this.
        services.AddGrainJudges(sp =>
        {
            var o = sp.GetRequiredService<GrainWebOptions>();
            return o.Judges ?? JudgeSettings.Bind(o.DataDirectory, Environment.GetEnvironmentVariable);
        });
        services.AddSingleton<SubmissionGrader>();
        return services;
    }

    /// <summary>Maps every page and API endpoint.</summary>
    public static void MapGrainEndpoints(this WebApplication app)
    {
        app.MapDashboardPages();
        app.MapLibraryPages();
        app.MapProblemPages();
        app.MapPracticePages();
        app.MapGuidePages();
        app.MapReviewPages();
        app.MapPlanPages();
        app.MapMockPages();
        app.MapProgressPages();
        app.MapSubmissionPages();
        app.MapContentKindPages();
        if (app.Services.GetRequiredService<CohortMode>().Enabled)
        {
            // Only in cohort mode: a local app has no sign-in and no cohort, and maps exactly what it did before.
            app.MapAccountPages();
            app.MapCohortPages();
        }
        app.MapContentApi();
        app.MapSubmissionApi();
        app.MapDraftApi();
        app.MapHealthApi();
        app.MapOpenApi("/api/openapi.json");
        app.MapFallback(NotFoundPage.Handle);
    }
}
