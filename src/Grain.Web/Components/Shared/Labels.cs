using Grain.Content;
using Grain.Core.Content;

namespace Grain.Web.Components.Shared;

/// <summary>How content values read on a page: kinds, levels, difficulties, and the address of an item.</summary>
public static class Labels
{
    /// <summary>A count with its noun, singular for one: "1 day", "3 days".</summary>
    public static string Count(int n, string one, string many) => $"{n.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";

    /// <summary>URL-encodes a path segment or query value.</summary>
    public static string Url(string? text) => Uri.EscapeDataString(text ?? "");

    /// <summary>A level as users read it.</summary>
    public static string LevelText(Level level) => level switch
    {
        Level.Junior => "junior",
        Level.Mid => "mid",
        Level.Senior => "senior",
        _ => level.ToString().ToLowerInvariant(),
    };

    /// <summary>The page a content item lives on, as its content kind says.</summary>
    public static string UrlOf(ContentLibrary library, IContentItem item) => library.UrlOf(item);

    /// <summary>A content kind as users read it (its descriptor's title; the id when the kind is not registered).</summary>
    public static string KindText(ContentLibrary library, string kind) => library.Kinds.Find(kind)?.Title ?? kind;

    /// <summary>A problem's language as users read it.</summary>
    public static string LanguageText(string language) => language switch { "sql" => "SQL", "pandas" => "pandas", _ => "Python" };

    /// <summary>The chip colour of a difficulty.</summary>
    public static string DifficultyCss(string difficulty) => difficulty switch
    {
        "easy" => "chip-ok",
        "medium" => "status-learning",
        _ => "chip-bad",
    };

    /// <summary>A topic's title, or its id when the topic is unknown.</summary>
    public static string TopicTitle(ContentLibrary library, string topic) => library.Topic(topic)?.Title ?? topic;
}
