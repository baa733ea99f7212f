using System.Globalization;
using System.Text.Json;

namespace Grain.Store;

internal abstract partial class DbGrainStore
{
    private const string UserColumns = "id, name, role, cohort_id, disabled, password_hash, created_ms";

    public Task<long?> AddUserAsync(NewUser user, DateTimeOffset at, CancellationToken ct = default) =>
        WriteAsync(db => InsertUserAsync(db, user, at), ct);

    private static async Task<long?> InsertUserAsync(DbSession db, NewUser user, DateTimeOffset at)
    {
        if (!UserRoles.All.Contains(user.Role))
        {
            throw new ArgumentException($"unknown role '{user.Role}'", nameof(user));
        }
        return await db.ExecuteScalarAsync<long?>("""
            INSERT INTO users (name, created_ms, password_hash, role, cohort_id) VALUES (@Name, @at, @PasswordHash, @Role, @CohortId)
            ON CONFLICT (name) DO NOTHING RETURNING id
            """, new { user.Name, at = Ms(at), user.PasswordHash, user.Role, user.CohortId });
    }

    public Task<StoredUser?> GetUserAsync(string name, CancellationToken ct = default) =>
        ReadAsync(async db => (await db.QueryAsync<UserRow>($"SELECT {UserColumns} FROM users WHERE name = @name", new { name }))
            .Select(r => r.ToUser()).FirstOrDefault(), ct);

    public Task<StoredUser?> GetUserByIdAsync(long userId, CancellationToken ct = default) =>
        ReadAsync(async db => (await db.QueryAsync<UserRow>($"SELECT {UserColumns} FROM users WHERE id = @userId", new { userId }))
            .Select(r => r.ToUser()).FirstOrDefault(), ct);

    public Task<IReadOnlyList<StoredUser>> GetUsersAsync(string? cohortId = null, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<StoredUser>>(async db => (await db.QueryAsync<UserRow>(
            $"SELECT {UserColumns} FROM users {(cohortId is null ? "" : "WHERE cohort_id = @cohortId")} ORDER BY name", new { cohortId }))
            .Select(r => r.ToUser()).ToList(), ct);

    public Task<bool> SetUserDisabledAsync(string name, bool disabled, CancellationToken ct = default) =>
        WriteAsync(async db => await db.ExecuteAsync(
            "UPDATE users SET disabled = @disabled WHERE name = @name", new { name, disabled = disabled ? 1L : 0L }) == 1, ct);

    public Task AddApiTokenAsync(long userId, string tokenHash, DateTimeOffset at, CancellationToken ct = default) =>
        WriteAsync(db => db.ExecuteAsync(
            "INSERT INTO api_tokens (user_id, token_hash, created_ms) VALUES (@userId, @tokenHash, @at)", new { userId, tokenHash, at = Ms(at) }), ct);

    public Task<StoredUser?> FindUserByApiTokenAsync(string tokenHash, CancellationToken ct = default) =>
        ReadAsync(async db => (await db.QueryAsync<UserRow>($"""
            SELECT {string.Join(", ", UserColumns.Split(", ").Select(c => "u." + c))} FROM api_tokens t JOIN users u ON u.id = t.user_id
            WHERE t.token_hash = @tokenHash AND t.revoked_ms IS NULL AND u.disabled = 0
            """, new { tokenHash })).Select(r => r.ToUser()).FirstOrDefault(), ct);

    public Task<int> RevokeApiTokensAsync(long userId, DateTimeOffset at, CancellationToken ct = default) =>
        WriteAsync(db => db.ExecuteAsync(
            "UPDATE api_tokens SET revoked_ms = @at WHERE user_id = @userId AND revoked_ms IS NULL", new { userId, at = Ms(at) }), ct);

    public Task AddInviteAsync(string codeHash, string cohortId, long? createdBy, DateTimeOffset at, DateTimeOffset expires, CancellationToken ct = default) =>
        WriteAsync(db => db.ExecuteAsync("""
            INSERT INTO invites (code_hash, cohort_id, created_by, created_ms, expires_ms) VALUES (@codeHash, @cohortId, @createdBy, @at, @expires)
            """, new { codeHash, cohortId, createdBy, at = Ms(at), expires = Ms(expires) }), ct);

    public Task<string?> GetInviteCohortAsync(string codeHash, DateTimeOffset at, CancellationToken ct = default) =>
        ReadAsync(db => db.ExecuteScalarAsync<string?>(
            "SELECT cohort_id FROM invites WHERE code_hash = @codeHash AND used_ms IS NULL AND expires_ms > @at", new { codeHash, at = Ms(at) }), ct);

    public async Task<long?> RedeemInviteAsync(string codeHash, string name, string passwordHash, DateTimeOffset at, CancellationToken ct = default)
    {
        try
        {
            return await WriteAsync(async db =>
            {
                var cohort = await db.ExecuteScalarAsync<string?>("""
                    UPDATE invites SET used_ms = @at WHERE code_hash = @codeHash AND used_ms IS NULL AND expires_ms > @at RETURNING cohort_id
                    """, new { codeHash, at = Ms(at) });
                if (cohort is null)
                {
                    throw new InviteRefused();
                }
                var id = await InsertUserAsync(db, new NewUser(name, UserRoles.Learner, cohort, passwordHash), at) ?? throw new InviteRefused();
                await db.ExecuteAsync("UPDATE invites SET used_by = @id WHERE code_hash = @codeHash", new { id, codeHash });
                return (long?)id;
            }, ct);
        }
        catch (InviteRefused)
        {
            // Thrown inside the transaction so that a taken name leaves the invite unused.
            return null;
        }
    }

    public Task<long> AddAssignmentAsync(string cohortId, string title, IReadOnlyList<string> itemIds, DateOnly due, long? createdBy, DateTimeOffset at, CancellationToken ct = default) =>
        WriteAsync(db => db.ExecuteScalarAsync<long>("""
            INSERT INTO assignments (cohort_id, title, item_ids, due_date, created_by, created_ms) VALUES (@cohortId, @title, @items, @due, @createdBy, @at) RETURNING id
            """, new { cohortId, title, items = JsonSerializer.Serialize(itemIds), due = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), createdBy, at = Ms(at) }), ct);

    public Task<IReadOnlyList<StoredAssignment>> GetAssignmentsAsync(string cohortId, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<StoredAssignment>>(async db => (await db.QueryAsync<AssignmentRow>(
            "SELECT id, cohort_id, title, item_ids, due_date, created_ms FROM assignments WHERE cohort_id = @cohortId ORDER BY due_date, id", new { cohortId }))
            .Select(r => new StoredAssignment(r.Id, r.CohortId, r.Title, JsonSerializer.Deserialize<List<string>>(r.ItemIds) ?? [],
                DateOnly.ParseExact(r.DueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), Time(r.CreatedMs))).ToList(), ct);

    private sealed class InviteRefused : Exception;

    private sealed class UserRow
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string Role { get; set; } = UserRoles.Learner;
        public string? CohortId { get; set; }
        public long Disabled { get; set; }
        public string? PasswordHash { get; set; }
        public long CreatedMs { get; set; }

        public StoredUser ToUser() => new(Id, Name, Role, CohortId, Disabled != 0, PasswordHash, Time(CreatedMs));
    }

    private sealed class AssignmentRow
    {
        public long Id { get; set; }
        public string CohortId { get; set; } = "";
        public string Title { get; set; } = "";
        public string ItemIds { get; set; } = "[]";
        public string DueDate { get; set; } = "";
        public long CreatedMs { get; set; }
    }
}
