using StatiqSite.Pipeline;

namespace StatiqSite.Content;

/// <summary>
/// The order of pages among their siblings: by <c>order</c> (pages without one last), then by title
/// compared with diacritics folded and case ignored, then by path so ties never depend on timing.
/// </summary>
public sealed class NavigationOrder : IComparer<Document>
{
    /// <summary>The shared instance.</summary>
    public static readonly NavigationOrder Instance = new();

    /// <inheritdoc />
    public int Compare(Document? x, Document? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var byOrder = (x.Get(Keys.Order) ?? int.MaxValue).CompareTo(y.Get(Keys.Order) ?? int.MaxValue);
        if (byOrder != 0)
        {
            return byOrder;
        }

        var byTitle = string.Compare(SortKey(x), SortKey(y), StringComparison.OrdinalIgnoreCase);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(x.Destination, y.Destination);
    }

    /// <summary>The label a page has in navigation: its nav_title, else its title.</summary>
    public static string LabelOf(Document page) =>
        page.Get(Keys.NavTitle) is { Length: > 0 } nav ? nav : page.Get(Keys.Title) ?? page.Destination;

    private static string SortKey(Document page) => Slug.FoldDiacritics(LabelOf(page));
}
