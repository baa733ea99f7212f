namespace Grain.Store.Tests;

/// <summary>Accounts, API tokens, invites and assignments (schema version 6), on SQLite and PostgreSQL.</summary>
public sealed class AccountTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Add_A_User_Once_With_Role_Cohort_And_Password_Hash(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);

        // When
        var ana = await db.Store.AddUserAsync(new NewUser("ana", UserRoles.Instructor, "spring", "hash-a"), Now);
        var again = await db.Store.AddUserAsync(new NewUser("ana", UserRoles.Learner, null, "hash-b"), Now);

        // Then
        ana.ShouldNotBeNull();
        again.ShouldBeNull();
        var stored = (await db.Store.GetUserAsync("ana")).ShouldNotBeNull();
        stored.ShouldBe(new StoredUser(ana.Value, "ana", UserRoles.Instructor, "spring", false, "hash-a", Now));
        (await db.Store.GetUserByIdAsync(ana.Value)).ShouldBe(stored);
        var local = (await db.Store.GetUserAsync(IGrainStore.LocalUser)).ShouldNotBeNull();
        local.Role.ShouldBe(UserRoles.Learner);
        local.PasswordHash.ShouldBeNull();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_List_A_Cohort_And_Disable_A_User(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        await db.Store.AddUserAsync(new NewUser("bo", UserRoles.Learner, "spring", "h"), Now);
        await db.Store.AddUserAsync(new NewUser("ana", UserRoles.Learner, "spring", "h"), Now);
        await db.Store.AddUserAsync(new NewUser("cy", UserRoles.Learner, "autumn", "h"), Now);

        // When
        var disabled = await db.Store.SetUserDisabledAsync("bo", true);
        var missing = await db.Store.SetUserDisabledAsync("nobody", true);

        // Then
        disabled.ShouldBeTrue();
        missing.ShouldBeFalse();
        (await db.Store.GetUsersAsync("spring")).Select(u => (u.Name, u.Disabled)).ShouldBe([("ana", false), ("bo", true)]);
        (await db.Store.GetUsersAsync()).Select(u => u.Name).ShouldBe(["ana", "bo", "cy", IGrainStore.LocalUser]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Find_A_User_By_Token_Hash_Until_Revoked_Or_Disabled(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var ana = (await db.Store.AddUserAsync(new NewUser("ana", UserRoles.Learner, null, "h"), Now))!.Value;
        var bo = (await db.Store.AddUserAsync(new NewUser("bo", UserRoles.Learner, null, "h"), Now))!.Value;
        await db.Store.AddApiTokenAsync(ana, "sha-ana", Now);
        await db.Store.AddApiTokenAsync(bo, "sha-bo", Now);

        // When
        var found = await db.Store.FindUserByApiTokenAsync("sha-ana");
        var revoked = await db.Store.RevokeApiTokensAsync(ana, Now);
        await db.Store.SetUserDisabledAsync("bo", true);

        // Then
        found.ShouldNotBeNull().Id.ShouldBe(ana);
        revoked.ShouldBe(1);
        (await db.Store.FindUserByApiTokenAsync("sha-ana")).ShouldBeNull();
        (await db.Store.FindUserByApiTokenAsync("sha-bo")).ShouldBeNull();
        (await db.Store.FindUserByApiTokenAsync("unknown")).ShouldBeNull();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Redeem_An_Invite_Once_Before_It_Expires(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        await db.Store.AddInviteAsync("code-1", "spring", null, Now, Now.AddDays(7));
        await db.Store.AddInviteAsync("code-old", "spring", null, Now, Now.AddHours(1));
        await db.Store.AddUserAsync(new NewUser("taken", UserRoles.Learner, null, "h"), Now);

        // When
        var nameTaken = await db.Store.RedeemInviteAsync("code-1", "taken", "h", Now);
        var cohortBefore = await db.Store.GetInviteCohortAsync("code-1", Now);
        var first = await db.Store.RedeemInviteAsync("code-1", "ana", "h", Now);
        var second = await db.Store.RedeemInviteAsync("code-1", "bo", "h", Now);
        var expired = await db.Store.RedeemInviteAsync("code-old", "cy", "h", Now.AddHours(2));

        // Then
        nameTaken.ShouldBeNull();
        cohortBefore.ShouldBe("spring");
        first.ShouldNotBeNull();
        (await db.Store.GetUserAsync("ana")).ShouldNotBeNull().CohortId.ShouldBe("spring");
        second.ShouldBeNull();
        expired.ShouldBeNull();
        (await db.Store.GetUserAsync("bo")).ShouldBeNull();
        (await db.Store.GetInviteCohortAsync("code-1", Now)).ShouldBeNull();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Keep_Assignments_Per_Cohort_Earliest_Due_First(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);

        // When
        await db.Store.AddAssignmentAsync("spring", "Week 2", ["top-users", "window-functions"], new DateOnly(2026, 5, 20), null, Now);
        await db.Store.AddAssignmentAsync("spring", "Week 1", ["event-counts"], new DateOnly(2026, 5, 10), null, Now);
        await db.Store.AddAssignmentAsync("autumn", "Other", ["x"], new DateOnly(2026, 5, 1), null, Now);

        // Then
        var spring = await db.Store.GetAssignmentsAsync("spring");
        spring.Select(a => a.Title).ShouldBe(["Week 1", "Week 2"]);
        spring[1].ItemIds.ShouldBe(["top-users", "window-functions"]);
        spring[1].Due.ShouldBe(new DateOnly(2026, 5, 20));
    }
}
