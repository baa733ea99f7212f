namespace Grain.Web.Accounts;

/// <summary>
/// Whether accounts are on (<c>grain serve --cohort</c>, <see cref="GrainWebOptions.Cohort"/> or configuration
/// <c>Grain:Cohort=true</c>). Off, every request acts as the built-in local learner and nothing asks for a login.
/// </summary>
public sealed record CohortMode(bool Enabled)
{
    /// <summary>The configuration key that turns cohort mode on.</summary>
    public const string ConfigurationKey = "Grain:Cohort";
}
