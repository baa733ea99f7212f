using Grain.Store;
using Grain.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Grain.Web.Tests;

/// <summary>Stored reports render through the view of their details' kind, including reports stored before details were typed.</summary>
public sealed class StoredReportTests(GrainAppFactory factory) : IClassFixture<GrainAppFactory>
{
    private async Task<string> PanelOfAsync(string problem, string language, string reportJson)
    {
        var store = factory.Services.GetRequiredService<IGrainStore>();
        var user = await store.GetOrCreateUserAsync(IGrainStore.LocalUser);
        var id = await store.CreateSubmissionAsync(user, problem, language, "-- stored earlier");
        (await store.TryStartSubmissionAsync(id)).ShouldBeTrue();
        await store.CompleteSubmissionAsync(id, "done", false, reportJson);
        return await factory.CreateClient().GetStringAsync($"/submissions/{id}/panel");
    }

    [Fact]
    public async Task Should_Render_A_Row_Diff_Stored_Before_Details_Had_A_Kind()
    {
        // Given: a SQL report as the judge stored it when details were a loose object
        const string report = """
            {"version":1,"problem":"avg-price-per-item","language":"sql","status":"fail","tests":[{"name":"hidden","group":"hidden","status":"fail",
            "verdict":"WA","message":"2 rows missing","details":{"engine":"sqlite","data":"store (hidden)","expected_rows":5,"actual_rows":3,
            "expected_columns":["title","average"],"actual_columns":["title","average"],"missing_count":2,"missing":[["Lamp",12.5],["Desk",null]],
            "extra_count":0,"extra":[],"causes":["an inner join drops them"],"first_difference":{"row":4,"expected":["Lamp",12.5],"actual":null},
            "plan":["SCAN b"],"reference_plan":["SEARCH b USING INDEX"]}}]}
            """;

        // When
        var panel = await PanelOfAsync("avg-price-per-item", "sql", report);

        // Then
        panel.ShouldContain("Missing rows (expected, not in your result): 2");
        panel.ShouldContain("<td>Lamp</td><td>12.5</td>");
        panel.ShouldContain("First difference, row 4");
        panel.ShouldContain("Row count: expected 5, got 3.");
        panel.ShouldContain("SEARCH b USING INDEX");
    }

    [Fact]
    public async Task Should_Render_A_Python_Value_Diff_And_A_Scale_Series()
    {
        // Given
        const string report = """
            {"version":1,"problem":"count-events","language":"python","status":"fail","tests":[
            {"name":"example 1","group":"example","status":"fail","verdict":"WA","details":{"kind":"value","expected":"{'a': 2}","got":"{'a': 3}"}},
            {"name":"scale","group":"scale","status":"fail","verdict":"TLE","details":{"kind":"scale","sizes":[1000,16000],"cpu_ms":[4,250],
            "reference_cpu_ms":[1,3],"peak_growth_kb":[10,20],"reference_peak_growth_kb":[5,6]}}]}
            """;

        // When
        var panel = await PanelOfAsync("count-events", "python", report);

        // Then
        panel.ShouldContain("{&#x27;a&#x27;: 3}");
        panel.ShouldContain("<td>16,000</td><td>250</td><td>3</td>");
    }
}
