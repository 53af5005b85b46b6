using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StatiqSite.Content;
using StatiqSite.Glossary;
using StatiqSite.Modules;
using StatiqSite.Pipeline;

namespace StatiqSite.Build;

/// <summary>
/// The cache code of the page modules the preview remembers (<see cref="CacheDocuments"/> in
/// <see cref="SitePipelines"/>). A document's code: its source, destination, the hash of the file it was read from
/// (front matter included), its title and date, its content and bytes. A run's code: the glossary's terms, the site
/// settings, the build's options, the theme's files, and what an output module prepared for the run (the layout's
/// site model: navigation and assets). Everything written out explicitly; nothing is found by reflection.
/// </summary>
public sealed class PageCacheCode : ICacheCode
{
    /// <inheritdoc />
    public string OfRun(IExecutionContext context, object? state)
    {
        var text = new StringBuilder();
        foreach (var term in context.Glossary().Terms)
        {
            Append(text, term.Id, term.Term, term.Definition, string.Join('\n', term.Aliases.Select(a => a.Text)),
                string.Join('\n', term.Behaviours), string.Join('\n', term.Related.Select(r => r.Text)));
        }

        var site = context.OutputsOf(PipelineNames.Settings).SingleOrDefault()?.Get(Keys.Site) ?? new SiteSettings();
        Append(text, site.Title, site.Description, site.Language, site.BaseUrl, site.EditUrl);
        Append(text, context.Settings.BasePath, context.Settings.IncludeDrafts ? "drafts" : "", ThemeCode(context.Settings.ThemeDirectory));
        Append(text, state is ApplyLayout.Prepared prepared ? prepared.Shared : "");
        return Hash(text.ToString());
    }

    /// <inheritdoc />
    public string OfDocument(Document document)
    {
        var text = new StringBuilder();
        Append(text, document.Source ?? "", document.Destination, document.Get(Keys.SourceHash) ?? "", document.Get(Keys.Title) ?? "",
            document.Get(Keys.LastModified)?.ToString("O", CultureInfo.InvariantCulture) ?? "",
            document.Bytes is { } bytes ? Convert.ToHexString(SHA256.HashData(bytes.Span)) : "", document.Content);
        return Hash(text.ToString());
    }

    /// <summary>Every file of the theme with its size and time of change: a theme edit changes every page.</summary>
    private static string ThemeCode(string theme) =>
        !Directory.Exists(theme) ? "" : string.Join('\n', Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new FileInfo(f))
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.FullName}\t{f.Length}\t{f.LastWriteTimeUtc.Ticks}")));

    // Length-prefixed, so no two different lists of values give the same text.
    private static void Append(StringBuilder text, params string[] values)
    {
        foreach (var value in values)
        {
            text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
