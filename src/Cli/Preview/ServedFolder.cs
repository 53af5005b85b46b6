using StatiqSite.Build;

namespace StatiqSite.Cli.Preview;

/// <summary>
/// Maps request paths to files of the output folder with the static host's clean URLs, and nothing outside it:
/// <c>/page/</c> is <c>page/index.html</c>, <c>/page</c> redirects to <c>/page/</c> when that folder has an
/// index.html. A path with <c>..</c> (however it was encoded), or one that a link leads out of the folder, is
/// not found: the real path of every file is resolved and must lie below the real path of the folder. The output
/// folder's marker (<see cref="OutputFolder.MarkerName"/>) is not part of the site and is not found either.
/// </summary>
public sealed class ServedFolder
{
    /// <summary>The page a static host sends, with status 404, for an unknown path.</summary>
    public const string NotFoundPage = "404.html";

    private const string IndexPage = "index.html";

    private readonly string _root;

    /// <summary>Serves <paramref name="folder"/>, which must exist.</summary>
    public ServedFolder(string folder) =>
        _root = RealPaths.Of(folder) ?? throw new ArgumentException($"'{folder}' cannot be resolved", nameof(folder));

    /// <summary>What to answer for a request path (already percent-decoded, starting with '/').</summary>
    public Resolution Resolve(string requestPath)
    {
        var segments = requestPath.Split('/');
        if (!requestPath.StartsWith('/') || segments.Any(s => s is "." or ".." || s.Contains('\\') || s.Contains('\0'))
            || requestPath == "/" + OutputFolder.MarkerName)
        {
            return Resolution.NotFound;
        }

        var relative = string.Join(Path.DirectorySeparatorChar, segments.Where(s => s.Length > 0));
        if (requestPath.EndsWith('/'))
        {
            return File(Path.Combine(relative, IndexPage)) is { } index ? new Resolution(index, false) : Resolution.NotFound;
        }

        if (File(relative) is { } file)
        {
            return new Resolution(file, false);
        }

        return File(Path.Combine(relative, IndexPage)) is not null ? new Resolution(null, true) : Resolution.NotFound;
    }

    /// <summary>The real path of the 404 page, or null when the site has none.</summary>
    public string? NotFoundFile => File(NotFoundPage);

    /// <summary>The real path of an existing file below the folder, or null.</summary>
    private string? File(string relative)
    {
        var real = RealPaths.Of(Path.Combine(_root, relative));
        return real is not null && real.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && System.IO.File.Exists(real)
            ? real
            : null;
    }
}

/// <summary>The answer to a request: a file to send, a redirect to the folder URL, or neither (not found).</summary>
/// <param name="File">The real path of the file to send.</param>
/// <param name="RedirectToFolder">Whether to redirect to the same path with '/' appended.</param>
public sealed record Resolution(string? File, bool RedirectToFolder)
{
    /// <summary>Nothing at this path.</summary>
    public static readonly Resolution NotFound = new(null, false);
}
