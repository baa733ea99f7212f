using Grain.Core.Learning;

namespace Grain.Store.Tests;

/// <summary>Card marks (suspend, bury, flag) per learner, on SQLite and PostgreSQL.</summary>
public sealed class CardMarkTests
{
    private static readonly DateTimeOffset Tomorrow = new(2026, 5, 5, 0, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Keep_Marks_Per_Learner_Replace_Them_And_Drop_Empty_Ones(string engine)
    {
        // Given
        await using var db = await TestStore.OpenAsync(engine);
        var ana = await db.Store.GetOrCreateUserAsync("ana");
        var bo = await db.Store.GetOrCreateUserAsync("bo");
        await db.Store.SetCardMarkAsync(ana, new CardMark("window-frames", Suspended: true));
        await db.Store.SetCardMarkAsync(ana, new CardMark("nulls", BuriedUntil: Tomorrow, Flagged: true));
        await db.Store.SetCardMarkAsync(bo, new CardMark("nulls", Flagged: true));

        // When
        await db.Store.SetCardMarkAsync(ana, new CardMark("window-frames"));
        await db.Store.SetCardMarkAsync(ana, new CardMark("nulls", Flagged: true));

        // Then
        (await db.Store.GetCardMarksAsync(ana)).ShouldBe([new CardMark("nulls", Flagged: true)]);
        (await db.Store.GetCardMarksAsync(bo)).ShouldBe([new CardMark("nulls", Flagged: true)]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Should_Read_Back_A_Burial_Time_And_A_Suspension(string engine)
    {
        await using var db = await TestStore.OpenAsync(engine);
        var user = await db.Store.GetOrCreateUserAsync(IGrainStore.LocalUser);

        await db.Store.SetCardMarkAsync(user, new CardMark("a", Suspended: true, BuriedUntil: Tomorrow));

        (await db.Store.GetCardMarksAsync(user)).ShouldBe([new CardMark("a", true, Tomorrow, false)]);
    }
}
