using Grain.Core.Content;

namespace Grain.Content;

/// <summary>A content kind whose items are <typeparamref name="T"/>: override <see cref="Read"/> and what applies.</summary>
public abstract class ContentKind<T> : ContentKind where T : class, IContentItem
{
    /// <inheritdoc />
    public sealed override Type ItemType => typeof(T);

    /// <summary>The mock round types every item of this kind fits (none by default).</summary>
    public virtual IReadOnlyList<string> MockRounds => [];

    /// <summary>Reads one file (its path as given by <see cref="ContentKind.Files"/>); null when it cannot be read.</summary>
    public abstract T? Read(ContentReader reader, string path);

    /// <summary>The item's hire rubric, or null (the default) when items of this kind have none.</summary>
    public virtual Rubric? RubricOf(T item) => null;

    /// <summary>The mock round types the item fits; <see cref="MockRounds"/> by default.</summary>
    public virtual IReadOnlyList<string> MockRoundsOf(T item) => MockRounds;

    /// <summary>The sections a generic page shows for the item (none by default).</summary>
    public virtual IReadOnlyList<ContentSection> SectionsOf(T item) => [];

    /// <summary>The item's prompt in a mock round; the first of its <see cref="SectionsOf(T)"/> by default.</summary>
    public virtual string PromptOf(T item) => SectionsOf(item) is [var first, ..] ? first.Markdown : "";

    /// <summary>The item's reference in a mock round; the rest of its <see cref="SectionsOf(T)"/> by default, each under its heading.</summary>
    public virtual string ReferenceOf(T item) => string.Join("\n\n", SectionsOf(item).Skip(1).Select(s => $"### {s.Heading}\n\n{s.Markdown}"));

    /// <inheritdoc />
    public sealed override IContentItem? ReadItem(ContentReader reader, string path) => Read(reader, path);

    /// <inheritdoc />
    public sealed override Rubric? RubricOf(IContentItem item) => item is T t ? RubricOf(t) : null;

    /// <inheritdoc />
    public sealed override IReadOnlyList<string> MockRoundsOf(IContentItem item) => item is T t ? MockRoundsOf(t) : [];

    /// <inheritdoc />
    public sealed override IReadOnlyList<ContentSection> SectionsOf(IContentItem item) => item is T t ? SectionsOf(t) : [];

    /// <inheritdoc />
    public sealed override string PromptOf(IContentItem item) => item is T t ? PromptOf(t) : "";

    /// <inheritdoc />
    public sealed override string ReferenceOf(IContentItem item) => item is T t ? ReferenceOf(t) : "";
}
