using System.Security.Claims;
using Grain.Content;
using Grain.Core.Content;
using Grain.Core.Learning.Fsrs;
using Grain.Core.Learning.Planning;
using Grain.Core.Learning.Progress;
using Grain.Store;
using Grain.Web.Accounts;

namespace Grain.Web.Learning;

/// <summary>
/// The learner a request acts for, as the pages see them: the store, their user id, the content and the clock. One per
/// request: the signed-in user in cohort mode, else the built-in local learner.
/// </summary>
public sealed class Learner(IGrainStore store, ContentLibrary library, TimeProvider clock, ReviewRecorder reviews, CohortMode cohort, LocalUser local, IHttpContextAccessor http)
{
    /// <summary>The FSRS scheduler shared by card reviews, problems and practice.</summary>
    public FsrsScheduler Scheduler => reviews.Scheduler;

    /// <summary>The scheduler for problems and practice exercises (no minute-long learning steps).</summary>
    public FsrsScheduler ItemScheduler => reviews.ItemScheduler;

    public IGrainStore Store => store;
    public ContentLibrary Library => library;
    public DateTimeOffset Now => clock.GetUtcNow();
    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    private ClaimsPrincipal? Principal => http.HttpContext?.User;

    /// <summary>True when the learner is a signed-in instructor (cohort mode).</summary>
    public bool IsInstructor => cohort.Enabled && Principal?.IsInRole(UserRoles.Instructor) == true;

    /// <summary>The signed-in user's cohort, or null (always null outside cohort mode).</summary>
    public string? CohortId => cohort.Enabled ? Principal?.FindFirstValue(AccountClaims.Cohort) : null;

    /// <summary>The learner's user id: the signed-in user in cohort mode, else the local user (created on first use).</summary>
    public async Task<long> UserIdAsync() =>
        !cohort.Enabled ? await local.IdAsync()
        : AccountClaims.UserId(Principal) ?? throw new InvalidOperationException("cohort mode: this request has no signed-in user");

    /// <summary>
    /// True when the learner may read data owned by <paramref name="ownerId"/>: their own, or (instructors, read-only) a
    /// member of their cohort; an instructor without a cohort oversees every cohort.
    /// </summary>
    public async Task<bool> CanSeeAsync(long ownerId)
    {
        // A local app is one person's: every row is theirs, as before accounts existed.
        if (!cohort.Enabled || ownerId == await UserIdAsync())
        {
            return true;
        }
        return IsInstructor && await store.GetUserByIdAsync(ownerId) is { } owner && Oversees(owner.CohortId);
    }

    /// <summary>True when the learner is an instructor of that cohort (or an instructor without a cohort, who oversees all).</summary>
    public bool Oversees(string? cohortId) => IsInstructor && (CohortId is null || CohortId == cohortId);

    /// <summary>A submission the learner may read, or null (missing and someone else's look the same).</summary>
    public async Task<StoredSubmission?> SubmissionAsync(long id) =>
        await store.GetSubmissionAsync(id) is { } s && await CanSeeAsync(s.UserId) ? s : null;

    /// <summary>One of the learner's own mock loops, or null (missing and someone else's look the same).</summary>
    public async Task<StoredMockSession?> MockSessionAsync(long id) =>
        await store.GetMockSessionAsync(id) is { } s && await OwnsAsync(s.UserId) ? s : null;

    /// <summary>True when a task of the learner's active plan has that id (always true outside cohort mode, as before accounts).</summary>
    public async Task<bool> OwnsPlanTaskAsync(long taskId) =>
        !cohort.Enabled || (await store.GetActivePlanAsync(await UserIdAsync()))?.Tasks.Any(t => t.Id == taskId) == true;

    private async Task<bool> OwnsAsync(long ownerId) => !cohort.Enabled || ownerId == await UserIdAsync();

    /// <summary>The skill a topic trains, or null.</summary>
    public string? SkillOf(string topic) => library.Catalogue.SkillOf(topic);

    /// <summary>Cards and problems as the plan builder sees them.</summary>
    public IReadOnlyList<PlanItem> PlanItems() => library.Catalogue.PlanItems;

    /// <summary>Readiness per skill and overall, from the store.</summary>
    public async Task<ReadinessReport> ReadinessAsync() => await ReadinessOfAsync(await UserIdAsync());

    /// <summary>Readiness per skill and overall of any user (the instructor's view reads its cohort's).</summary>
    public async Task<ReadinessReport> ReadinessOfAsync(long user)
    {
        var cards = await store.GetCardsAsync(user);
        var logs = await store.GetReviewLogsAsync(user);
        var solved = (await store.GetSubmissionsAsync(user)).Where(s => s.Passed == true && !s.ExamplesOnly).Select(s => s.ProblemId).ToHashSet(StringComparer.Ordinal);
        var assessment = await store.GetLatestAssessmentAsync(user);
        var company = assessment is null ? null : library.Company(assessment.Assessment.CompanyId);
        return Readiness.Compute(library.Skills.Select(s => s.Id).ToList(), library.Catalogue.ProgressItems, cards, logs, solved,
            assessment?.Assessment.Ratings, company?.Emphasis, Now);
    }

    /// <summary>A graded Submit of a problem as an FSRS review of this learner's schedule, when due (<see cref="ReviewRecorder"/>).</summary>
    public async Task RecordProblemAttemptAsync(string problemId, bool solved) =>
        await reviews.RecordProblemAttemptAsync(await UserIdAsync(), problemId, solved);

    /// <summary>A self-graded practice verdict as an FSRS review of the item, when due (<see cref="ReviewRecorder"/>).</summary>
    public async Task RecordPracticeAsync(IContentItem item, Core.Learning.Mock.HireVerdict verdict) =>
        await reviews.RecordPracticeAsync(await UserIdAsync(), item, verdict);
}
