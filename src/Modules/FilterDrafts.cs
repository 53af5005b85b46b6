using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>Leaves out pages with <c>draft: true</c> unless the build runs with <c>--drafts</c>. Reads: <see cref="Keys.Draft"/>.</summary>
public sealed class FilterDrafts : DocumentModule
{
    /// <inheritdoc />
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context) =>
        input.Get(Keys.Draft) && !context.Settings.IncludeDrafts ? [] : [input];
}
