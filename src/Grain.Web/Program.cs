using Grain.Web;

var app = GrainWebApp.Build(GrainWebOptions.FromEnvironment(), args);
app.Run();

/// <summary>The web app's entry point; public for WebApplicationFactory in tests.</summary>
public partial class Program;
