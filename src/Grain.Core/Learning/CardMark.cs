namespace Grain.Core.Learning;

/// <summary>What the learner set on a card outside its schedule: suspended, buried until a time, flagged.</summary>
public sealed record CardMark(string ItemId, bool Suspended = false, DateTimeOffset? BuriedUntil = null, bool Flagged = false)
{
    /// <summary>True when the card stays out of every queue at <paramref name="now"/> (suspended, or buried until later).</summary>
    public bool IsSetAside(DateTimeOffset now) => Suspended || BuriedUntil > now;

    /// <summary>True when nothing is set (the store then keeps no row).</summary>
    public bool IsEmpty => !Suspended && BuriedUntil is null && !Flagged;

    /// <summary>The moment a card buried now comes back: the start of the next day (UTC), like the day queue's day.</summary>
    public static DateTimeOffset NextDay(DateTimeOffset now) => new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1);

    /// <summary>The ids of the cards set aside at <paramref name="now"/>.</summary>
    public static IReadOnlySet<string> SetAside(IEnumerable<CardMark> marks, DateTimeOffset now) =>
        marks.Where(m => m.IsSetAside(now)).Select(m => m.ItemId).ToHashSet(StringComparer.Ordinal);
}
