using System.Net;
using Grain.Store;
using Grain.Web.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Grain.Web.Tests.Support;

/// <summary>The real app in cohort mode over the test content and a temporary data folder, with helpers to add users and sign in.</summary>
public sealed class CohortAppFactory : WebApplicationFactory<Program>
{
    /// <summary>The password every test user gets.</summary>
    public const string Password = "correct horse battery";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "grain-cohort-tests-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>The options of the test app: the test content, cohort mode on.</summary>
    public GrainWebOptions Options => new() { ContentDirectory = GrainAppFactory.TestContent, DataDirectory = DataDirectory, Cohort = true };

    public IGrainStore Store => Services.GetRequiredService<IGrainStore>();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => GrainAppFactory.AddTestServices(services, Options));

    /// <summary>Adds a user with <see cref="Password"/>; returns their id.</summary>
    public async Task<long> AddUserAsync(string name, string role = UserRoles.Learner, string? cohort = "spring") =>
        await Store.AddUserAsync(new NewUser(name, role, cohort, AccountSecrets.HashPassword(name, Password)), DateTimeOffset.UtcNow)
        ?? throw new InvalidOperationException($"{name} exists");

    /// <summary>A client that signed in through /login (cookie kept) and sends the antiforgery token of its pages.</summary>
    public async Task<HttpClient> SignedInAsync(string name)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await PostLoginAsync(client, name, Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{name} could not sign in: {(int)response.StatusCode}");
        }
        client.DefaultRequestHeaders.Add("RequestVerificationToken", await FormClient.PageTokenAsync(client, "/"));
        return client;
    }

    /// <summary>Posts the login form as a browser does (with the login page's antiforgery field).</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string name, string password, string back = "/")
    {
        var token = await FormClient.FormFieldTokenAsync(client, "/login");
        return await client.PostAsync("/login", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("name", name), new("password", password), new("return", back),
        ]));
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
