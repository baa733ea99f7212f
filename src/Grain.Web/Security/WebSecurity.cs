using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.HostFiltering;

namespace Grain.Web.Security;

/// <summary>Wires the web app's protections: allowed hosts, antiforgery, body limits, cross-site refusal, headers.</summary>
public static class WebSecurity
{
    /// <summary>The header htmx and scripts send the antiforgery token in.</summary>
    public const string TokenHeader = "RequestVerificationToken";

    /// <summary>Registers the allowed hosts (from configuration or the listening addresses) and antiforgery.</summary>
    public static void AddGrainSecurity(this WebApplicationBuilder builder, GrainWebOptions options)
    {
        var hosts = HostAllowList.From(
            options.AllowedHosts ?? builder.Configuration["AllowedHosts"],
            options.Urls ?? builder.Configuration[WebHostDefaults.ServerUrlsKey],
            HostAllowList.MachineNames);
        builder.Services.Configure<HostFilteringOptions>(o => o.AllowedHosts = [.. hosts]);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddAntiforgery(o =>
        {
            o.HeaderName = TokenHeader;
            // Set by SecurityHeaders for every answer, as DENY.
            o.SuppressXFrameOptionsHeader = true;
        });
        // The keys behind the tokens live in the data folder, so a restart does not void the forms of open pages.
        builder.Services.AddOptions<KeyManagementOptions>().Configure<GrainWebOptions, ILoggerFactory>((o, web, logs) =>
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(web.DataDirectory, "keys")), logs));
        // The keys only sign antiforgery tokens of a local app; the warning about storing them unencrypted is noise here.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
    }

    /// <summary>Adds the body limits, then the cross-site guard (after the error handler, before static files and endpoints).</summary>
    public static void UseGrainSecurity(this WebApplication app)
    {
        app.UseRequestBodyLimit();
        app.UseCrossSiteGuard();
    }
}
