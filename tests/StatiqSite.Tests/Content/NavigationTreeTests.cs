using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Tests.Content;

public class NavigationTreeTests
{
    private static Document Page(string source, string title, int? order = null) =>
        new Document { Source = source, Destination = PageUrls.DestinationOf(source) }
            .With(Keys.Title, title)
            .With(Keys.Order, order);

    private static readonly Document[] Site =
    [
        Page("valkuilen/manager.md", "Manager", 2),
        Page("index.md", "Home"),
        Page("basis/index.md", "De basis", 1),
        Page("valkuilen/index.md", "Valkuilen", 2),
        Page("valkuilen/ik-stond-erbij.md", "Ik stond erbij", 1),
        Page("basis/wanneer.md", "Wanneer"),
        Page("basis/competentie.md", "Competentie"),
        Page("bronnen.md", "Bronnen"),
    ];

    [Fact]
    public void Siblings_are_ordered_by_order_then_title()
    {
        var tree = new NavigationTree(Site);

        var home = Assert.Single(tree.Roots);
        Assert.Equal(["De basis", "Valkuilen", "Bronnen"], home.Children.Select(c => c.Label));
        Assert.Equal(["Competentie", "Wanneer"], home.Children[0].Children.Select(c => c.Label));
    }

    [Fact]
    public void Reading_order_is_depth_first()
    {
        var tree = new NavigationTree(Site);
        var order = new List<string>();
        for (var node = tree.Find("index.html"); node is not null; node = tree.NeighboursOf(node).Next)
        {
            order.Add(node.Label);
        }

        Assert.Equal(["Home", "De basis", "Competentie", "Wanneer", "Valkuilen", "Ik stond erbij", "Manager", "Bronnen"], order);
    }

    [Fact]
    public void Breadcrumbs_are_the_ancestors_from_home()
    {
        var tree = new NavigationTree(Site);

        var crumbs = tree.Find("valkuilen/manager/index.html")!.Ancestors().Select(a => a.Label);

        Assert.Equal(["Home", "Valkuilen"], crumbs);
    }

    [Fact]
    public void Hidden_pages_stay_out_of_the_tree()
    {
        var tree = new NavigationTree([.. Site, new Document { Destination = "404.html" }.With(Keys.Hidden, true)]);

        Assert.Null(tree.Find("404.html"));
    }

    [Fact]
    public void A_small_section_lists_all_its_pages()
    {
        var tree = new NavigationTree(Site);

        var (listed, unlisted) = tree.Find("basis/index.html")!.ListedChildren(new HashSet<string>());

        Assert.Equal(["Competentie", "Wanneer"], listed.Select(c => c.Label));
        Assert.Equal(0, unlisted);
    }

    [Theory]
    [InlineData("p0000", 0, 10)]      // the first page: the window starts at the section's start
    [InlineData("p0500", 495, 505)]   // the current page with five on each side
    [InlineData("p2999", 2989, 2999)] // the last page: the window ends at the section's end
    [InlineData(null, 0, 10)]         // the landing page itself: the first pages
    public void A_large_section_lists_the_current_pages_neighbours_only(string? current, int first, int last)
    {
        var pages = Enumerable.Range(0, 3000).Select(i => Page($"veel/p{i:D4}.md", $"Pagina {i:D4}")).Append(Page("index.md", "Home")).Append(Page("veel/index.md", "Veel"));
        var tree = new NavigationTree(pages);
        var trail = current is null ? new HashSet<string>() : new HashSet<string> { $"veel/{current}/index.html" };

        var (listed, unlisted) = tree.Find("veel/index.html")!.ListedChildren(trail);

        Assert.Equal(Enumerable.Range(first, last - first + 1).Select(i => $"Pagina {i:D4}"), listed.Select(c => c.Label));
        Assert.Equal(3000 - listed.Count, unlisted);
    }
}
