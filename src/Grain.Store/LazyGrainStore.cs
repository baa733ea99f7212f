using Grain.Core.Learning;
using Grain.Core.Learning.Fsrs;
using Grain.Core.Learning.Mock;
using Grain.Core.Learning.Planning;

namespace Grain.Store;

/// <summary>
/// A store opened on first use, asynchronously (nothing blocks a thread at start-up). A failed open (database busy,
/// down, or not yet reachable) is not kept: the next call tries again.
/// </summary>
public sealed class LazyGrainStore(string engine, Func<CancellationToken, Task<IGrainStore>> open) : IGrainStore
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IGrainStore? _store;

    public string Engine => engine;

    /// <summary>The open store, opening it when this is the first call or every earlier open failed.</summary>
    public async Task<IGrainStore> OpenAsync(CancellationToken ct = default)
    {
        if (Volatile.Read(ref _store) is { } opened)
        {
            return opened;
        }
        await _gate.WaitAsync(ct);
        try
        {
            if (_store is null)
            {
                Volatile.Write(ref _store, await open(ct));
            }
            return _store!;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Volatile.Read(ref _store) is { } opened)
        {
            await opened.DisposeAsync();
        }
        _gate.Dispose();
    }

    public async Task<int> SchemaVersionAsync(CancellationToken ct = default) =>
        await (await OpenAsync(ct)).SchemaVersionAsync(ct);

    public async Task<long> GetOrCreateUserAsync(string name, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetOrCreateUserAsync(name, ct);

    public async Task<long?> AddUserAsync(NewUser user, DateTimeOffset at, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).AddUserAsync(user, at, ct);

    public async Task<StoredUser?> GetUserAsync(string name, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetUserAsync(name, ct);

    public async Task<StoredUser?> GetUserByIdAsync(long userId, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetUserByIdAsync(userId, ct);

    public async Task<IReadOnlyList<StoredUser>> GetUsersAsync(string? cohortId = null, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetUsersAsync(cohortId, ct);

    public async Task<bool> SetUserDisabledAsync(string name, bool disabled, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).SetUserDisabledAsync(name, disabled, ct);

    public async Task AddApiTokenAsync(long userId, string tokenHash, DateTimeOffset at, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).AddApiTokenAsync(userId, tokenHash, at, ct);

    public async Task<StoredUser?> FindUserByApiTokenAsync(string tokenHash, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).FindUserByApiTokenAsync(tokenHash, ct);

    public async Task<int> RevokeApiTokensAsync(long userId, DateTimeOffset at, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).RevokeApiTokensAsync(userId, at, ct);

    public async Task AddInviteAsync(string codeHash, string cohortId, long? createdBy, DateTimeOffset at, DateTimeOffset expires, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).AddInviteAsync(codeHash, cohortId, createdBy, at, expires, ct);

    public async Task<string?> GetInviteCohortAsync(string codeHash, DateTimeOffset at, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetInviteCohortAsync(codeHash, at, ct);

    public async Task<long?> RedeemInviteAsync(string codeHash, string name, string passwordHash, DateTimeOffset at, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).RedeemInviteAsync(codeHash, name, passwordHash, at, ct);

    public async Task<long> AddAssignmentAsync(string cohortId, string title, IReadOnlyList<string> itemIds, DateOnly due, long? createdBy, DateTimeOffset at, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).AddAssignmentAsync(cohortId, title, itemIds, due, createdBy, at, ct);

    public async Task<IReadOnlyList<StoredAssignment>> GetAssignmentsAsync(string cohortId, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetAssignmentsAsync(cohortId, ct);

    public async Task<SrsCard?> GetCardAsync(long userId, string itemId, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetCardAsync(userId, itemId, ct);

    public async Task<IReadOnlyList<SrsCard>> GetCardsAsync(long userId, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetCardsAsync(userId, ct);

    public async Task<IReadOnlyList<SrsCard>> GetDueCardsAsync(long userId, DateTimeOffset now, int? limit = null, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetDueCardsAsync(userId, now, limit, ct);

    public async Task<int> CountDueAsync(long userId, DateTimeOffset now, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).CountDueAsync(userId, now, ct);

    public async Task<int> CountIntroducedAsync(long userId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).CountIntroducedAsync(userId, from, to, ct);

    public async Task SaveReviewAsync(long userId, string itemKind, ReviewOutcome outcome, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).SaveReviewAsync(userId, itemKind, outcome, ct);

    public async Task SaveReviewsAsync(long userId, string itemKind, IReadOnlyList<ReviewOutcome> outcomes, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).SaveReviewsAsync(userId, itemKind, outcomes, ct);

    public async Task<string?> UndoLastReviewAsync(long userId, string itemKind, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).UndoLastReviewAsync(userId, itemKind, ct);

    public async Task<IReadOnlyList<ReviewLogEntry>> GetReviewLogsAsync(long userId, DateTimeOffset? since = null, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetReviewLogsAsync(userId, since, ct);

    public async Task<long> CreateSubmissionAsync(long userId, string problemId, string language, string code, bool examplesOnly = false, string? engine = null, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).CreateSubmissionAsync(userId, problemId, language, code, examplesOnly, engine, ct);

    public async Task<int> RequeueRunningSubmissionsAsync(CancellationToken ct = default) =>
        await (await OpenAsync(ct)).RequeueRunningSubmissionsAsync(ct);

    public async Task<bool> TryStartSubmissionAsync(long submissionId, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).TryStartSubmissionAsync(submissionId, ct);

    public async Task CompleteSubmissionAsync(long submissionId, string status, bool? passed, string? reportJson, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).CompleteSubmissionAsync(submissionId, status, passed, reportJson, ct);

    public async Task<StoredSubmission?> GetSubmissionAsync(long submissionId, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetSubmissionAsync(submissionId, ct);

    public async Task<IReadOnlyList<StoredSubmission>> GetSubmissionsAsync(long userId, string? problemId = null, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetSubmissionsAsync(userId, problemId, ct);

    public async Task<IReadOnlyList<StoredSubmission>> GetQueuedSubmissionsAsync(int limit, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetQueuedSubmissionsAsync(limit, ct);

    public async Task RevealHintAsync(long userId, string problemId, int hintNumber, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).RevealHintAsync(userId, problemId, hintNumber, ct);

    public async Task<IReadOnlyList<int>> GetRevealedHintsAsync(long userId, string problemId, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetRevealedHintsAsync(userId, problemId, ct);

    public async Task<long> SaveAssessmentAsync(long userId, SelfAssessment assessment, DateTimeOffset takenAt, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).SaveAssessmentAsync(userId, assessment, takenAt, ct);

    public async Task<StoredAssessment?> GetLatestAssessmentAsync(long userId, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetLatestAssessmentAsync(userId, ct);

    public async Task<long> SavePlanAsync(long userId, long? assessmentId, StudyPlan plan, DateTimeOffset createdAt, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).SavePlanAsync(userId, assessmentId, plan, createdAt, ct);

    public async Task<StoredPlan?> GetActivePlanAsync(long userId, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetActivePlanAsync(userId, ct);

    public async Task MarkPlanTaskDoneAsync(long taskId, DateTimeOffset doneAt, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).MarkPlanTaskDoneAsync(taskId, doneAt, ct);

    public async Task MarkPlanTaskUndoneAsync(long taskId, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).MarkPlanTaskUndoneAsync(taskId, ct);

    public async Task<long> CreateMockSessionAsync(long userId, MockLoop loop, DateTimeOffset startedAt, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).CreateMockSessionAsync(userId, loop, startedAt, ct);

    public async Task<StoredMockSession?> GetMockSessionAsync(long sessionId, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetMockSessionAsync(sessionId, ct);

    public async Task<IReadOnlyList<StoredMockSession>> GetMockSessionsAsync(long userId, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetMockSessionsAsync(userId, ct);

    public async Task SaveRoundAnswerAsync(long roundId, string? answer, long? submissionId, DateTimeOffset at, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).SaveRoundAnswerAsync(roundId, answer, submissionId, at, ct);

    public async Task GradeRoundAsync(long roundId, IReadOnlyList<RubricGrade> grades, HireVerdict verdict, DateTimeOffset at, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GradeRoundAsync(roundId, grades, verdict, at, ct);

    public async Task FinishMockSessionAsync(long sessionId, HireVerdict verdict, DateTimeOffset at, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).FinishMockSessionAsync(sessionId, verdict, at, ct);

    public async Task<IReadOnlySet<string>> GetSeenItemIdsAsync(long userId, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetSeenItemIdsAsync(userId, ct);

    public async Task SaveSubmissionProgressAsync(long submissionId, string partialReportJson, string? leaseOwner = null, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).SaveSubmissionProgressAsync(submissionId, partialReportJson, leaseOwner, ct);

    public async Task<int> CountPendingSubmissionsAsync(long userId, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).CountPendingSubmissionsAsync(userId, ct);

    public async Task<GradingQueueStats> GetGradingQueueStatsAsync(DateTimeOffset now, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetGradingQueueStatsAsync(now, ct);

    public async Task<StoredSubmission?> ClaimSubmissionAsync(string worker, DateTimeOffset now, TimeSpan lease, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).ClaimSubmissionAsync(worker, now, lease, ct);

    public async Task<bool> RenewSubmissionLeaseAsync(long submissionId, string worker, DateTimeOffset now, TimeSpan lease, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).RenewSubmissionLeaseAsync(submissionId, worker, now, lease, ct);

    public async Task<bool> CompleteLeasedSubmissionAsync(long submissionId, string worker, string status, bool? passed, string? reportJson, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).CompleteLeasedSubmissionAsync(submissionId, worker, status, passed, reportJson, ct);

    public async Task<bool> ReleaseSubmissionLeaseAsync(long submissionId, string worker, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).ReleaseSubmissionLeaseAsync(submissionId, worker, ct);

    public async Task SetCardMarkAsync(long userId, CardMark mark, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).SetCardMarkAsync(userId, mark, ct);

    public async Task<IReadOnlyList<CardMark>> GetCardMarksAsync(long userId, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetCardMarksAsync(userId, ct);

    public async Task SaveDraftAsync(long userId, string problemId, string code, DateTimeOffset at, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).SaveDraftAsync(userId, problemId, code, at, ct);

    public async Task<StoredDraft?> GetDraftAsync(long userId, string problemId, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GetDraftAsync(userId, problemId, ct);

    public async Task GiveUpAsync(long userId, string problemId, DateTimeOffset at, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).GiveUpAsync(userId, problemId, at, ct);

    public async Task<bool> HasGivenUpAsync(long userId, string problemId, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).HasGivenUpAsync(userId, problemId, ct);

    public async Task StartRoundAsync(long roundId, DateTimeOffset at, CancellationToken ct = default) =>
        await (await OpenAsync(ct)).StartRoundAsync(roundId, at, ct);
}
