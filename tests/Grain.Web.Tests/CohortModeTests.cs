using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Grain.Store;
using Grain.Web.Accounts;
using Grain.Web.Pages;
using Grain.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Grain.Web.Tests;

/// <summary>Cohort mode: sign-in, the gate in front of every page and the API, bearer tokens, invites and the instructor's view.</summary>
public sealed class CohortModeTests : IDisposable
{
    private readonly CohortAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private HttpClient Anonymous() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Should_Send_Anonymous_Pages_To_Login_And_Answer_The_Api_With_401()
    {
        // Given
        var client = Anonymous();

        // When
        var page = await client.GetAsync("/progress?tab=1");
        var api = await client.GetAsync("/api/submissions");
        var post = await client.PostAsync("/api/submissions", JsonContent.Create(new { problem = "avg-price-per-item" }));
        var health = await client.GetAsync("/api/health");
        var login = await client.GetAsync("/login");
        var asset = await client.GetAsync("/dist/app.js");

        // Then
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.ShouldBe("/login?return=%2Fprogress%3Ftab%3D1");
        api.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        post.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        asset.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Sign_In_Go_Back_Where_Asked_And_Sign_Out()
    {
        // Given
        await _factory.AddUserAsync("ana");
        var client = Anonymous();

        // When
        var signedIn = await CohortAppFactory.PostLoginAsync(client, "ana", CohortAppFactory.Password, "/progress");
        var progress = await client.GetAsync("/progress");
        var token = await FormClient.FormFieldTokenAsync(client, "/logout");
        var signedOut = await client.PostAsync("/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        var after = await client.GetAsync("/progress");

        // Then
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.OriginalString.ShouldBe("/progress");
        progress.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await progress.Content.ReadAsStringAsync()).ShouldContain("Sign out ana");
        signedOut.Headers.Location!.OriginalString.ShouldBe("/login");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("ana", "wrong password")]
    [InlineData("nobody", CohortAppFactory.Password)]
    [InlineData("bo", CohortAppFactory.Password)]
    public async Task Should_Say_Only_That_The_Name_Or_Password_Is_Wrong(string name, string password)
    {
        // Given: ana, and bo who is disabled
        await _factory.AddUserAsync("ana");
        await _factory.AddUserAsync("bo");
        await _factory.Store.SetUserDisabledAsync("bo", true);
        var client = Anonymous();

        // When
        var response = await CohortAppFactory.PostLoginAsync(client, name, password);

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain(AccountPages.WrongLogin);
        html.ShouldNotContain("disabled");
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Should_Refuse_Logins_Over_The_Limit_Per_Address_And_Name_Even_With_The_Right_Password()
    {
        // Given
        await _factory.AddUserAsync("ana");
        await _factory.AddUserAsync("bo");
        var client = Anonymous();
        for (var i = 0; i < LoginThrottle.PermitsPerMinute; i++)
        {
            (await CohortAppFactory.PostLoginAsync(client, "ana", "wrong password")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        // When
        var limited = await CohortAppFactory.PostLoginAsync(client, "ana", CohortAppFactory.Password);
        var otherName = await CohortAppFactory.PostLoginAsync(Anonymous(), "bo", CohortAppFactory.Password);

        // Then
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await limited.Content.ReadAsStringAsync()).ShouldContain(AccountPages.TooManyAttempts);
        otherName.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task Should_Not_Redirect_Off_Site_After_Sign_In(string back)
    {
        // Given
        await _factory.AddUserAsync("ana");

        // When
        var response = await CohortAppFactory.PostLoginAsync(Anonymous(), "ana", CohortAppFactory.Password, back);

        // Then
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task Should_Accept_A_Bearer_Token_On_The_Api_Until_It_Is_Revoked()
    {
        // Given
        var ana = await _factory.AddUserAsync("ana");
        var token = AccountSecrets.NewToken();
        await _factory.Store.AddApiTokenAsync(ana, AccountSecrets.Hash(token), DateTimeOffset.UtcNow);
        await _factory.Store.CreateSubmissionAsync(ana, "avg-price-per-item", "sql", "SELECT 1");
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        // When
        var mine = await client.GetAsync("/api/submissions");
        await _factory.Store.RevokeApiTokensAsync(ana, DateTimeOffset.UtcNow);
        var revoked = await client.GetAsync("/api/submissions");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "grain_made-up");
        var unknown = await client.GetAsync("/api/submissions");

        // Then
        mine.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await mine.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength().ShouldBe(1);
        revoked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unknown.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_End_The_Session_Of_A_User_Disabled_After_Signing_In()
    {
        // Given
        await _factory.AddUserAsync("ana");
        var client = await _factory.SignedInAsync("ana");

        // When
        await _factory.Store.SetUserDisabledAsync("ana", true);
        var response = await client.GetAsync("/");

        // Then
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldStartWith("/login");
    }

    [Fact]
    public async Task Should_Show_The_Cohort_To_Its_Instructor_Only()
    {
        // Given
        await _factory.AddUserAsync("ines", UserRoles.Instructor);
        await _factory.AddUserAsync("otto", UserRoles.Instructor, "autumn");
        var ana = await _factory.AddUserAsync("ana");
        await _factory.AddUserAsync("cy", cohort: "autumn");
        var failed = await _factory.Store.CreateSubmissionAsync(ana, "avg-price-per-item", "sql", "SELECT 1");
        await _factory.Store.CompleteSubmissionAsync(failed, SubmissionStatus.Done, false, null);
        var instructor = await _factory.SignedInAsync("ines");
        var learner = await _factory.SignedInAsync("ana");
        var other = await _factory.SignedInAsync("otto");

        // When
        var page = await instructor.GetAsync("/cohort");
        var json = await instructor.GetFromJsonAsync<JsonElement>("/api/cohorts/spring/progress");
        var csv = await instructor.GetStringAsync("/cohort/export.csv");
        var submission = await instructor.GetAsync($"/submissions/{failed}");

        // Then
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("ana");
        html.ShouldNotContain(">cy<");
        html.ShouldContain($"/submissions/{failed}");
        var learners = json.GetProperty("learners").EnumerateArray().ToList();
        learners.Select(l => l.GetProperty("name").GetString()).ShouldBe(["ana"]);
        learners[0].GetProperty("submissions_7d").GetInt32().ShouldBe(1);
        learners[0].GetProperty("skills").GetArrayLength().ShouldBeGreaterThan(0);
        json.GetProperty("most_failed")[0].GetProperty("problem").GetString().ShouldBe("avg-price-per-item");
        csv.Split("\r\n")[0].ShouldStartWith("name,disabled,readiness,");
        csv.Split("\r\n")[1].ShouldStartWith("ana,no,");
        submission.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await learner.GetAsync("/cohort")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await learner.GetAsync("/api/cohorts/spring/progress")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await learner.GetAsync("/cohort/export.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.GetAsync("/api/cohorts/spring/progress")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.GetAsync($"/submissions/{failed}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Let_An_Invite_Link_Add_One_Learner_To_The_Cohort()
    {
        // Given
        await _factory.AddUserAsync("ines", UserRoles.Instructor);
        var instructor = await _factory.SignedInAsync("ines");
        var made = await (await instructor.PostAsync("/cohort/invites", new FormUrlEncodedContent([]))).Content.ReadAsStringAsync();
        var link = new Uri(System.Text.RegularExpressions.Regex.Match(made, "value=\"(http[^\"]+/invite/[^\"]+)\"").Groups[1].Value).PathAndQuery;
        var client = Anonymous();

        // When
        var shown = await client.GetAsync(link);
        var token = await FormClient.FormFieldTokenAsync(client, link);
        var joined = await client.PostAsync(link, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("name", "newbie"), new("password", "a long password")]));
        var home = await client.GetAsync("/");
        var again = await Anonymous().GetAsync(link);

        // Then
        shown.StatusCode.ShouldBe(HttpStatusCode.OK);
        joined.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _factory.Store.GetUserAsync("newbie")).ShouldNotBeNull().CohortId.ShouldBe("spring");
        again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Put_An_Assignment_On_Each_Learners_Plan_And_Show_The_Instructor_Who_Did_It()
    {
        // Given
        await _factory.AddUserAsync("ines", UserRoles.Instructor);
        var ana = await _factory.AddUserAsync("ana");
        await _factory.AddUserAsync("bo");
        var solved = await _factory.Store.CreateSubmissionAsync(ana, "avg-price-per-item", "sql", "SELECT 1");
        await _factory.Store.CompleteSubmissionAsync(solved, SubmissionStatus.Done, true, null);
        var instructor = await _factory.SignedInAsync("ines");
        var learner = await _factory.SignedInAsync("ana");

        // When
        var set = await instructor.PostAsync("/cohort/assignments", new FormUrlEncodedContent(
            [new("title", "Week one"), new("items", "avg-price-per-item, idempotent-loads"), new("due", "2026-12-31")]));
        var unknown = await instructor.PostAsync("/cohort/assignments", new FormUrlEncodedContent(
            [new("title", "Bad"), new("items", "no-such-item"), new("due", "2026-12-31")]));
        var byLearner = await learner.PostAsync("/cohort/assignments", new FormUrlEncodedContent(
            [new("title", "Mine"), new("items", "avg-price-per-item"), new("due", "2026-12-31")]));
        var plan = await learner.GetStringAsync("/plan");
        var progress = await instructor.GetFromJsonAsync<JsonElement>("/api/cohorts/spring/progress");

        // Then
        set.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("no-such-item");
        byLearner.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        plan.ShouldContain("Week one");
        plan.ShouldContain("data-done=\"yes\" data-item=\"avg-price-per-item\"");
        plan.ShouldContain("data-done=\"no\" data-item=\"idempotent-loads\"");
        var assignment = progress.GetProperty("assignments").EnumerateArray().ShouldHaveSingleItem();
        assignment.GetProperty("due").GetString().ShouldBe("2026-12-31");
        assignment.GetProperty("learners").EnumerateArray().Select(l => (l.GetProperty("name").GetString(), l.GetProperty("done").GetInt32(), l.GetProperty("total").GetInt32()))
            .ShouldBe([("ana", 1, 2), ("bo", 0, 2)]);
    }
}
