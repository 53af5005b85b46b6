using System.Collections.Immutable;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Adds <c>404.html</c>, rendered with the theme's <c>404</c> layout. Hosts serve it at any missing URL, so its
/// links are rooted at the base path instead of relative. Writes: <see cref="Keys.Layout"/>,
/// <see cref="Keys.RootedLinks"/>, <see cref="Keys.Hidden"/>.
/// </summary>
public sealed class GenerateNotFoundPage : Module
{
    /// <summary>The layout the theme provides for this page.</summary>
    public const string LayoutName = "404";

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context) =>
        inputs.Add(new Document { Destination = "404.html" }
            .With(Keys.Title, "Pagina niet gevonden")
            .With(Keys.Layout, LayoutName)
            .With(Keys.RootedLinks, true)
            .With(Keys.Hidden, true));
}
