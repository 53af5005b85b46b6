using System.Security.Cryptography;
using System.Text;
using StatiqSite.Content;
using StatiqSite.Pipeline;
using StatiqSite.Quizzes;

namespace StatiqSite.Build;

/// <summary>
/// The cache code of the export (<see cref="CacheDocuments"/> around <c>GenerateQuizExports</c> in
/// <see cref="SitePipelines"/>), so the preview makes a page's export files again only when the page changed. A
/// document's code: the page's source, destination, the hash of its file, its title, and which of its quizzes are
/// exported (a quiz whose id became unique again is). A run's code: the site's <c>base_url</c> and base path, which
/// every link in the files starts with. Written out explicitly, like <see cref="PageCacheCode"/>.
/// </summary>
public sealed class ExportCacheCode : ICacheCode
{
    /// <inheritdoc />
    public string OfRun(IExecutionContext context, object? state) =>
        Hash([context.Site().BaseUrl, context.Settings.BasePath]);

    /// <inheritdoc />
    public string OfDocument(Document document) =>
        Hash([document.Source ?? "", document.Destination, document.Get(Keys.SourceHash) ?? "", document.Get(Keys.Title) ?? "",
            .. document.GetList(QuizKeys.Read).Select(q => q.Id ?? "")]);

    // Length-prefixed, so no two different lists of values give the same text.
    private static string Hash(IEnumerable<string> values) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(values.Select(v => $"{v.Length}:{v}")))));
}
