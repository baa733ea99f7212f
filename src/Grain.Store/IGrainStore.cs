using Grain.Core.Learning;
using Grain.Core.Learning.Fsrs;
using Grain.Core.Learning.Mock;
using Grain.Core.Learning.Planning;

namespace Grain.Store;

/// <summary>Everything Grain keeps about its users: reviews, submissions, assessments, plans, mock loops.</summary>
public interface IGrainStore : IAsyncDisposable
{
    /// <summary>The name of the user a local install works as.</summary>
    const string LocalUser = "local";

    /// <summary>"sqlite" or "postgres".</summary>
    string Engine { get; }

    /// <summary>The schema version the database is at.</summary>
    Task<int> SchemaVersionAsync(CancellationToken ct = default);

    /// <summary>The id of the named user, creating them when missing.</summary>
    Task<long> GetOrCreateUserAsync(string name, CancellationToken ct = default);

    // Accounts (cohort mode)

    /// <summary>Adds a user; returns their id, or null when the name is taken.</summary>
    Task<long?> AddUserAsync(NewUser user, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>The named user, or null.</summary>
    Task<StoredUser?> GetUserAsync(string name, CancellationToken ct = default);

    /// <summary>The user with that id, or null.</summary>
    Task<StoredUser?> GetUserByIdAsync(long userId, CancellationToken ct = default);

    /// <summary>Every user by name, or those of one cohort.</summary>
    Task<IReadOnlyList<StoredUser>> GetUsersAsync(string? cohortId = null, CancellationToken ct = default);

    /// <summary>Disables (or enables again) a user; false when there is no such user.</summary>
    Task<bool> SetUserDisabledAsync(string name, bool disabled, CancellationToken ct = default);

    /// <summary>Stores the hash of a new personal API token.</summary>
    Task AddApiTokenAsync(long userId, string tokenHash, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>The enabled user owning an unrevoked token with that hash, or null.</summary>
    Task<StoredUser?> FindUserByApiTokenAsync(string tokenHash, CancellationToken ct = default);

    /// <summary>Revokes every token of a user; returns how many were live.</summary>
    Task<int> RevokeApiTokensAsync(long userId, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Stores a single-use invite into a cohort by the hash of its code.</summary>
    Task AddInviteAsync(string codeHash, string cohortId, long? createdBy, DateTimeOffset at, DateTimeOffset expires, CancellationToken ct = default);

    /// <summary>The cohort of an unused, unexpired invite, or null.</summary>
    Task<string?> GetInviteCohortAsync(string codeHash, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Uses an invite to add a learner to its cohort, atomically; null when the invite is unknown, used or expired, or the name is taken.</summary>
    Task<long?> RedeemInviteAsync(string codeHash, string name, string passwordHash, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Stores an assignment for a cohort; returns its id.</summary>
    Task<long> AddAssignmentAsync(string cohortId, string title, IReadOnlyList<string> itemIds, DateOnly due, long? createdBy, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>A cohort's assignments, earliest due first.</summary>
    Task<IReadOnlyList<StoredAssignment>> GetAssignmentsAsync(string cohortId, CancellationToken ct = default);

    // Spaced repetition

    /// <summary>The stored state of one item, or null if never reviewed.</summary>
    Task<SrsCard?> GetCardAsync(long userId, string itemId, CancellationToken ct = default);

    /// <summary>Every item the user has reviewed at least once.</summary>
    Task<IReadOnlyList<SrsCard>> GetCardsAsync(long userId, CancellationToken ct = default);

    /// <summary>
    /// Items due at or before <paramref name="now"/>. Unordered without a limit; with one, the <paramref name="limit"/> least
    /// likely to be recalled (order them with <see cref="Core.Learning.ReviewQueue"/>).
    /// </summary>
    Task<IReadOnlyList<SrsCard>> GetDueCardsAsync(long userId, DateTimeOffset now, int? limit = null, CancellationToken ct = default);

    /// <summary>How many items are due at or before <paramref name="now"/>.</summary>
    Task<int> CountDueAsync(long userId, DateTimeOffset now, CancellationToken ct = default);

    /// <summary>How many items were seen for the first time in [from, to).</summary>
    Task<int> CountIntroducedAsync(long userId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default);

    /// <summary>Saves a review atomically: the new item state and its log row, or neither.</summary>
    Task SaveReviewAsync(long userId, string itemKind, ReviewOutcome outcome, CancellationToken ct = default);

    /// <summary>Saves many reviews in one transaction, in order (imports, benchmarks).</summary>
    Task SaveReviewsAsync(long userId, string itemKind, IReadOnlyList<ReviewOutcome> outcomes, CancellationToken ct = default);

    /// <summary>
    /// Undoes the user's last review of that kind: the item gets back the state it had before, and the log row goes.
    /// Returns the item id, or null when there is nothing to undo.
    /// </summary>
    Task<string?> UndoLastReviewAsync(long userId, string itemKind, CancellationToken ct = default);

    /// <summary>The user's review log since a time (all when null), oldest first.</summary>
    Task<IReadOnlyList<ReviewLogEntry>> GetReviewLogsAsync(long userId, DateTimeOffset? since = null, CancellationToken ct = default);

    /// <summary>Sets what the learner marked on a card (suspended, buried, flagged), replacing the previous mark; an empty mark clears it.</summary>
    Task SetCardMarkAsync(long userId, CardMark mark, CancellationToken ct = default);

    /// <summary>The learner's card marks, by item id.</summary>
    Task<IReadOnlyList<CardMark>> GetCardMarksAsync(long userId, CancellationToken ct = default);

    // Submissions and hints

    /// <summary>Stores a submission before grading, status queued; returns its id. <paramref name="examplesOnly"/> marks a Run; <paramref name="engine"/> is the SQL engine asked for.</summary>
    Task<long> CreateSubmissionAsync(long userId, string problemId, string language, string code, bool examplesOnly = false, string? engine = null, CancellationToken ct = default);

    /// <summary>Puts submissions left running by the in-process grader (no worker lease) back in the queue; returns how many.</summary>
    Task<int> RequeueRunningSubmissionsAsync(CancellationToken ct = default);

    /// <summary>Moves a queued submission to running; false when another grader took it first.</summary>
    Task<bool> TryStartSubmissionAsync(long submissionId, CancellationToken ct = default);

    /// <summary>Records the outcome: status done (with the report) or error (with the report or a message JSON).</summary>
    Task CompleteSubmissionAsync(long submissionId, string status, bool? passed, string? reportJson, CancellationToken ct = default);

    /// <summary>
    /// Stores the report of the groups graded so far while the submission is running (ignored once it is not running),
    /// so a reader sees results as they come.
    /// </summary>
    Task SaveSubmissionProgressAsync(long submissionId, string partialReportJson, string? leaseOwner = null, CancellationToken ct = default);

    Task<StoredSubmission?> GetSubmissionAsync(long submissionId, CancellationToken ct = default);

    /// <summary>The user's submissions, newest first, optionally for one problem.</summary>
    Task<IReadOnlyList<StoredSubmission>> GetSubmissionsAsync(long userId, string? problemId = null, CancellationToken ct = default);

    /// <summary>Submissions waiting for a grader, oldest first.</summary>
    Task<IReadOnlyList<StoredSubmission>> GetQueuedSubmissionsAsync(int limit, CancellationToken ct = default);

    /// <summary>How many of the learner's submissions are queued or being graded.</summary>
    Task<int> CountPendingSubmissionsAsync(long userId, CancellationToken ct = default);

    /// <summary>Queue depth, submissions being graded and the age of the oldest queued one at <paramref name="now"/>.</summary>
    Task<GradingQueueStats> GetGradingQueueStatsAsync(DateTimeOffset now, CancellationToken ct = default);

    // Grading workers (leases)

    /// <summary>
    /// Claims the next submission for <paramref name="worker"/>: Runs before Submits, oldest first, among queued ones and
    /// running ones whose lease expired before <paramref name="now"/>. Sets the lease until now + <paramref name="lease"/>
    /// and counts the attempt, in one transaction (PostgreSQL skips rows another claimer holds). Null when none waits.
    /// </summary>
    Task<StoredSubmission?> ClaimSubmissionAsync(string worker, DateTimeOffset now, TimeSpan lease, CancellationToken ct = default);

    /// <summary>Extends the worker's lease to now + <paramref name="lease"/>; false when the worker no longer holds it.</summary>
    Task<bool> RenewSubmissionLeaseAsync(long submissionId, string worker, DateTimeOffset now, TimeSpan lease, CancellationToken ct = default);

    /// <summary>
    /// Records the outcome as <see cref="CompleteSubmissionAsync"/> does, only while <paramref name="worker"/> holds the lease;
    /// false (nothing written) when another worker claimed the submission since.
    /// </summary>
    Task<bool> CompleteLeasedSubmissionAsync(long submissionId, string worker, string status, bool? passed, string? reportJson, CancellationToken ct = default);

    /// <summary>Gives a submission back to the queue (a worker shutting down) when the worker still holds it; the attempt is not counted.</summary>
    Task<bool> ReleaseSubmissionLeaseAsync(long submissionId, string worker, CancellationToken ct = default);

    /// <summary>Records that a hint was shown (idempotent).</summary>
    Task RevealHintAsync(long userId, string problemId, int hintNumber, CancellationToken ct = default);

    /// <summary>The hint numbers the user has revealed for a problem, ascending.</summary>
    Task<IReadOnlyList<int>> GetRevealedHintsAsync(long userId, string problemId, CancellationToken ct = default);

    // Drafts

    /// <summary>Keeps the code the learner is writing for a problem, replacing their previous draft.</summary>
    Task SaveDraftAsync(long userId, string problemId, string code, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>The learner's draft for a problem, or null when they have none.</summary>
    Task<StoredDraft?> GetDraftAsync(long userId, string problemId, CancellationToken ct = default);

    /// <summary>Records that the learner gave up on a problem (idempotent: the first time is kept).</summary>
    Task GiveUpAsync(long userId, string problemId, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>True when the learner gave up on the problem.</summary>
    Task<bool> HasGivenUpAsync(long userId, string problemId, CancellationToken ct = default);

    // Assessment and plan

    Task<long> SaveAssessmentAsync(long userId, SelfAssessment assessment, DateTimeOffset takenAt, CancellationToken ct = default);

    Task<StoredAssessment?> GetLatestAssessmentAsync(long userId, CancellationToken ct = default);

    /// <summary>Stores a plan as the user's active plan (the previous one is kept, inactive); returns its id.</summary>
    Task<long> SavePlanAsync(long userId, long? assessmentId, StudyPlan plan, DateTimeOffset createdAt, CancellationToken ct = default);

    Task<StoredPlan?> GetActivePlanAsync(long userId, CancellationToken ct = default);

    Task MarkPlanTaskDoneAsync(long taskId, DateTimeOffset doneAt, CancellationToken ct = default);

    /// <summary>Undoes "Mark done": the task is open again.</summary>
    Task MarkPlanTaskUndoneAsync(long taskId, CancellationToken ct = default);

    // Mock loops

    Task<long> CreateMockSessionAsync(long userId, MockLoop loop, DateTimeOffset startedAt, CancellationToken ct = default);

    Task<StoredMockSession?> GetMockSessionAsync(long sessionId, CancellationToken ct = default);

    Task<IReadOnlyList<StoredMockSession>> GetMockSessionsAsync(long userId, CancellationToken ct = default);

    /// <summary>Records when a round was first shown (kept on later calls), so its countdown survives a reload.</summary>
    Task StartRoundAsync(long roundId, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Saves the learner's answer to a round (text, and the graded submission for auto-graded rounds).</summary>
    Task SaveRoundAnswerAsync(long roundId, string? answer, long? submissionId, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Replaces the round's rubric self-grades and records its verdict.</summary>
    Task GradeRoundAsync(long roundId, IReadOnlyList<RubricGrade> grades, HireVerdict verdict, DateTimeOffset at, CancellationToken ct = default);

    Task FinishMockSessionAsync(long sessionId, HireVerdict verdict, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Ids of every item the user has met: reviewed, submitted, or drawn in a mock round.</summary>
    Task<IReadOnlySet<string>> GetSeenItemIdsAsync(long userId, CancellationToken ct = default);
}
