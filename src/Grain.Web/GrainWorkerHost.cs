using Grain.Web.Submissions;

namespace Grain.Web;

/// <summary>Builds the process of <c>grain worker</c>: grading only, no web server, from the store's shared queue.</summary>
public static class GrainWorkerHost
{
    /// <summary>A host running <see cref="GradingWorker"/> with Grain's store, content and judges; <paramref name="configure"/> lets tests replace services.</summary>
    public static IHost Build(GrainWebOptions options, GradingWorkerOptions worker, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A start that fails (the database cannot be opened) is reported by the command as one line, not as a logged stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(worker);
        builder.Services.AddGrainGrading();
        builder.Services.AddSingleton<GradingWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<GradingWorker>());
        // Time to give the submissions in hand back to the queue after SIGTERM.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
