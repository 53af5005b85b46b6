using StatiqSite.Pipeline;

namespace StatiqSite.Content;

/// <summary>
/// The section tree of the site, from the folders: the home page at the root, a folder's index page above
/// the folder's pages, siblings in <see cref="NavigationOrder"/>. Gives breadcrumbs and reading order
/// (previous/next, depth first). Built once per build in linear time.
/// </summary>
public sealed class NavigationTree
{
    private readonly Dictionary<string, Node> _byDestination = new(StringComparer.Ordinal);
    private readonly List<Node> _readingOrder = [];

    /// <summary>Builds the tree of the given pages (hidden pages are left out).</summary>
    public NavigationTree(IEnumerable<Document> pages)
    {
        var visible = pages.Where(p => !p.Get(Keys.Hidden)).ToList();
        foreach (var page in visible)
        {
            _byDestination[page.Destination] = new Node(page);
        }

        var roots = new List<Node>();
        foreach (var node in _byDestination.Values)
        {
            var parent = ParentDestination(node.Page.Destination) is { } p && _byDestination.TryGetValue(p, out var found) ? found : null;
            node.Parent = parent;
            (parent?.Children ?? roots).Add(node);
        }

        foreach (var node in _byDestination.Values)
        {
            node.Children.Sort((a, b) => NavigationOrder.Instance.Compare(a.Page, b.Page));
        }

        roots.Sort((a, b) => NavigationOrder.Instance.Compare(a.Page, b.Page));
        Roots = roots;
        var stack = new Stack<Node>(Enumerable.Reverse(roots));
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            node.Index = _readingOrder.Count;
            _readingOrder.Add(node);
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }
    }

    /// <summary>The top of the tree: normally the home page alone, its children below it.</summary>
    public IReadOnlyList<Node> Roots { get; }

    /// <summary>The node of a page, or null for pages outside the tree (special pages).</summary>
    public Node? Find(string destination) => _byDestination.GetValueOrDefault(destination);

    /// <summary>The pages before and after <paramref name="node"/> in reading order.</summary>
    public (Node? Previous, Node? Next) NeighboursOf(Node node) =>
        (node.Index > 0 ? _readingOrder[node.Index - 1] : null,
         node.Index + 1 < _readingOrder.Count ? _readingOrder[node.Index + 1] : null);

    /// <summary>The destination of the page above <paramref name="destination"/>: the folder's index, or home.</summary>
    public static string? ParentDestination(string destination)
    {
        if (destination == "index.html")
        {
            return null;
        }

        var folder = destination[..destination.LastIndexOf('/')]; // "a/b" for "a/b/index.html"
        var up = folder.Contains('/') ? folder[..folder.LastIndexOf('/')] : "";
        return up.Length == 0 ? "index.html" : up + "/index.html";
    }

    /// <summary>
    /// The most pages of one section listed in every page's navigation. A larger section lists only the
    /// <see cref="ListedNeighbours"/> pages on each side of the current one (its landing page lists them all), so
    /// the output grows with the number of pages, not with its square.
    /// </summary>
    public const int MaxListedChildren = 50;

    /// <summary>Pages listed on each side of the current page in a section larger than <see cref="MaxListedChildren"/>.</summary>
    public const int ListedNeighbours = 5;

    /// <summary>A page in the tree.</summary>
    public sealed class Node(Document page)
    {
        /// <summary>The page.</summary>
        public Document Page { get; } = page;

        /// <summary>The page above, or null at the root.</summary>
        public Node? Parent { get; internal set; }

        /// <summary>The pages below, in navigation order.</summary>
        public List<Node> Children { get; } = [];

        /// <summary>Position in reading order.</summary>
        public int Index { get; internal set; }

        /// <summary>The label in navigation.</summary>
        public string Label => NavigationOrder.LabelOf(Page);

        /// <summary>
        /// The children a navigation lists, and how many it leaves out: all of them up to
        /// <see cref="MaxListedChildren"/>; beyond, the child on <paramref name="trail"/> (the current page or its
        /// ancestor) with <see cref="ListedNeighbours"/> on each side, or the first ones when none is.
        /// </summary>
        public (IReadOnlyList<Node> Listed, int Unlisted) ListedChildren(IReadOnlySet<string> trail)
        {
            if (Children.Count <= MaxListedChildren)
            {
                return (Children, 0);
            }

            var at = Math.Max(0, Children.FindIndex(c => trail.Contains(c.Page.Destination)));
            var first = Math.Clamp(at - ListedNeighbours, 0, Children.Count - (2 * ListedNeighbours) - 1);
            var listed = Children.GetRange(first, (2 * ListedNeighbours) + 1);
            return (listed, Children.Count - listed.Count);
        }

        /// <summary>This node's ancestors from the root down, without itself.</summary>
        public IReadOnlyList<Node> Ancestors()
        {
            var chain = new List<Node>();
            for (var n = Parent; n is not null; n = n.Parent)
            {
                chain.Insert(0, n);
            }

            return chain;
        }
    }
}
