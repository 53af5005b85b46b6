namespace StatiqSite.Tests.Browser;

/// <summary>The one collection of browser tests: they share <see cref="BrowserFixture"/> and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name, for <c>[Collection(BrowserCollection.Name)]</c>.</summary>
    public const string Name = "Browser";
}
