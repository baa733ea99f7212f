namespace Grain.Store.Schema;

/// <summary>
/// The schema, as numbered migrations shared by SQLite and PostgreSQL. Tokens: {id} an auto-increment key,
/// {int} a 64-bit integer, {real} a double. Times are Unix milliseconds (UTC); dates are yyyy-MM-dd text.
/// Never edit a released migration: add a new one.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<(int Version, string Name, string Sql)> All =
    [
        (1, "initial schema", """
            CREATE TABLE users (
              id {id},
              name TEXT NOT NULL UNIQUE,
              created_ms {int} NOT NULL
            );
            INSERT INTO users (name, created_ms) VALUES ('local', 0);

            CREATE TABLE card_states (
              user_id {int} NOT NULL REFERENCES users(id),
              item_id TEXT NOT NULL,
              item_kind TEXT NOT NULL,
              state {int} NOT NULL,
              step {int} NOT NULL,
              stability {real},
              difficulty {real},
              due_ms {int} NOT NULL,
              last_review_ms {int},
              reps {int} NOT NULL,
              lapses {int} NOT NULL,
              PRIMARY KEY (user_id, item_id)
            );
            -- Covering: today's queue reads only this index.
            CREATE INDEX card_states_due ON card_states (user_id, due_ms, item_id, state, step, stability, difficulty, last_review_ms, reps, lapses);

            CREATE TABLE review_logs (
              id {id},
              user_id {int} NOT NULL REFERENCES users(id),
              item_id TEXT NOT NULL,
              item_kind TEXT NOT NULL,
              rating {int} NOT NULL,
              state_before {int} NOT NULL,
              reviewed_ms {int} NOT NULL,
              elapsed_days {real} NOT NULL,
              scheduled_days {real} NOT NULL,
              stability {real} NOT NULL,
              difficulty {real} NOT NULL,
              duration_ms {int}
            );
            CREATE INDEX review_logs_user_time ON review_logs (user_id, reviewed_ms);
            CREATE INDEX review_logs_user_item ON review_logs (user_id, item_id);
            -- Covering: new items introduced today (state_before = 0) for the daily limit.
            CREATE INDEX review_logs_user_introduced ON review_logs (user_id, state_before, reviewed_ms);

            CREATE TABLE submissions (
              id {id},
              user_id {int} NOT NULL REFERENCES users(id),
              problem_id TEXT NOT NULL,
              language TEXT NOT NULL,
              code TEXT NOT NULL,
              status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'error')),
              passed {int},
              report_json TEXT,
              created_ms {int} NOT NULL,
              updated_ms {int} NOT NULL
            );
            CREATE INDEX submissions_user_problem ON submissions (user_id, problem_id);
            CREATE INDEX submissions_status ON submissions (status, id);

            CREATE TABLE hint_reveals (
              user_id {int} NOT NULL REFERENCES users(id),
              problem_id TEXT NOT NULL,
              hint_number {int} NOT NULL,
              revealed_ms {int} NOT NULL,
              PRIMARY KEY (user_id, problem_id, hint_number)
            );

            CREATE TABLE assessments (
              id {id},
              user_id {int} NOT NULL REFERENCES users(id),
              ratings_json TEXT NOT NULL,
              company_id TEXT NOT NULL,
              interview_date TEXT NOT NULL,
              hours_per_day {real} NOT NULL,
              taken_ms {int} NOT NULL
            );
            CREATE INDEX assessments_user ON assessments (user_id, id);

            CREATE TABLE plans (
              id {id},
              user_id {int} NOT NULL REFERENCES users(id),
              assessment_id {int} REFERENCES assessments(id),
              start_date TEXT NOT NULL,
              interview_date TEXT NOT NULL,
              minutes_per_day {int} NOT NULL,
              active {int} NOT NULL,
              created_ms {int} NOT NULL
            );
            CREATE INDEX plans_user_active ON plans (user_id, active);

            CREATE TABLE plan_tasks (
              id {id},
              plan_id {int} NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
              day TEXT NOT NULL,
              seq {int} NOT NULL,
              kind TEXT NOT NULL,
              skill_id TEXT,
              item_ids TEXT NOT NULL,
              minutes {int} NOT NULL,
              title TEXT NOT NULL,
              done_ms {int}
            );
            CREATE INDEX plan_tasks_plan ON plan_tasks (plan_id, day, seq);

            CREATE TABLE mock_sessions (
              id {id},
              user_id {int} NOT NULL REFERENCES users(id),
              company_id TEXT NOT NULL,
              started_ms {int} NOT NULL,
              finished_ms {int},
              verdict TEXT
            );
            CREATE INDEX mock_sessions_user ON mock_sessions (user_id, id);

            CREATE TABLE mock_rounds (
              id {id},
              session_id {int} NOT NULL REFERENCES mock_sessions(id) ON DELETE CASCADE,
              number {int} NOT NULL,
              round_type TEXT NOT NULL,
              title TEXT NOT NULL,
              minutes {int} NOT NULL,
              item_ids TEXT NOT NULL,
              answer TEXT,
              submission_id {int} REFERENCES submissions(id),
              verdict TEXT,
              started_ms {int},
              finished_ms {int}
            );
            CREATE INDEX mock_rounds_session ON mock_rounds (session_id, number);

            CREATE TABLE rubric_grades (
              round_id {int} NOT NULL REFERENCES mock_rounds(id) ON DELETE CASCADE,
              level TEXT NOT NULL,
              seq {int} NOT NULL,
              criterion TEXT NOT NULL,
              ticked {int} NOT NULL,
              PRIMARY KEY (round_id, level, seq)
            );
            """),
        (2, "examples-only runs, review undo", """
            ALTER TABLE submissions ADD COLUMN examples_only {int} NOT NULL DEFAULT 0;
            -- The item's state before the review as JSON ('null' for a first review), so the last review can be undone.
            ALTER TABLE review_logs ADD COLUMN card_before TEXT;
            """),
        (3, "problem drafts and give-ups", """
            -- The code a learner is writing, one row per learner and problem, saved while they type.
            CREATE TABLE drafts (
              user_id {int} NOT NULL REFERENCES users(id),
              problem_id TEXT NOT NULL,
              code TEXT NOT NULL,
              saved_ms {int} NOT NULL,
              PRIMARY KEY (user_id, problem_id)
            );

            -- "Give up" on a problem: from then on its page shows the reference solution.
            CREATE TABLE give_ups (
              user_id {int} NOT NULL REFERENCES users(id),
              problem_id TEXT NOT NULL,
              given_up_ms {int} NOT NULL,
              PRIMARY KEY (user_id, problem_id)
            );
            """),
        (4, "submission engine", """
            -- The SQL engine a submission asked for (sqlite, postgres, duckdb); NULL: the problem's first available engine.
            ALTER TABLE submissions ADD COLUMN engine TEXT;
            """),
        (5, "card marks", """
            -- What a learner set on a card outside its schedule; a row exists only while something is set.
            CREATE TABLE card_marks (
              user_id {int} NOT NULL REFERENCES users(id),
              item_id TEXT NOT NULL,
              suspended {int} NOT NULL,
              buried_until_ms {int},
              flagged {int} NOT NULL,
              PRIMARY KEY (user_id, item_id)
            );
            """),
        (6, "accounts, api tokens, invites, assignments", """
            -- Cohort mode: who may sign in, as what, in which cohort. The built-in "local" user keeps no password.
            ALTER TABLE users ADD COLUMN password_hash TEXT;
            ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'learner' CHECK (role IN ('learner', 'instructor'));
            ALTER TABLE users ADD COLUMN cohort_id TEXT;
            ALTER TABLE users ADD COLUMN disabled {int} NOT NULL DEFAULT 0;
            CREATE INDEX users_cohort ON users (cohort_id, name);

            -- Personal API tokens: only the SHA-256 of the token is kept; a revoked token stays for the record.
            CREATE TABLE api_tokens (
              id {id},
              user_id {int} NOT NULL REFERENCES users(id),
              token_hash TEXT NOT NULL UNIQUE,
              created_ms {int} NOT NULL,
              revoked_ms {int}
            );
            CREATE INDEX api_tokens_user ON api_tokens (user_id);

            -- Single-use invite links into a cohort: the code's SHA-256, used once before it expires.
            CREATE TABLE invites (
              id {id},
              code_hash TEXT NOT NULL UNIQUE,
              cohort_id TEXT NOT NULL,
              created_by {int} REFERENCES users(id),
              created_ms {int} NOT NULL,
              expires_ms {int} NOT NULL,
              used_ms {int},
              used_by {int} REFERENCES users(id)
            );

            -- Problems and cards an instructor sets for a cohort, due on a date.
            CREATE TABLE assignments (
              id {id},
              cohort_id TEXT NOT NULL,
              title TEXT NOT NULL,
              item_ids TEXT NOT NULL,
              due_date TEXT NOT NULL,
              created_by {int} REFERENCES users(id),
              created_ms {int} NOT NULL
            );
            CREATE INDEX assignments_cohort ON assignments (cohort_id, due_date);
            """),
        (7, "grading leases", """
            -- A worker grading a submission holds a lease it renews; when the lease expires (the worker died) another
            -- worker may claim the submission, and only the lease holder may complete it.
            ALTER TABLE submissions ADD COLUMN lease_owner TEXT;
            ALTER TABLE submissions ADD COLUMN lease_expires_ms {int};
            -- How many times grading started (claims), so a submission that keeps killing its workers is stopped.
            ALTER TABLE submissions ADD COLUMN attempts {int} NOT NULL DEFAULT 0;
            """),
    ];

    /// <summary>The newest schema version this program knows.</summary>
    public static int Latest => All[^1].Version;
}
