namespace Grain.Core.Content;

/// <summary>The kinds of round a data-engineering loop is made of.</summary>
public static class RoundType
{
    public const string PhoneScreen = "phone-screen";
    public const string Sql = "sql";
    public const string Coding = "coding";
    public const string SystemDesign = "system-design";
    public const string DataModeling = "data-modeling";
    public const string Behavioral = "behavioral";

    /// <summary>Every round type content may name.</summary>
    public static readonly IReadOnlyList<string> All =
        [PhoneScreen, Sql, Coding, SystemDesign, DataModeling, Behavioral];

    /// <summary>A short human title for a round type.</summary>
    public static string Title(string type) => type switch
    {
        PhoneScreen => "Phone screen",
        Sql => "SQL",
        Coding => "Coding",
        SystemDesign => "System design",
        DataModeling => "Data modelling",
        Behavioral => "Behavioural",
        _ => type,
    };
}
