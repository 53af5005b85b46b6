using System.Security.Cryptography;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Theme;

/// <summary>The theme's own CSS and JavaScript, as the build publishes them: minified and content-hashed.</summary>
public sealed class ThemeAssetsTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Theory]
    [InlineData("css/site.css")]
    [InlineData("css/print.css")]
    [InlineData("js/menu.js")]
    [InlineData("js/search.js")]
    [InlineData("js/quiz.js")]
    [InlineData("js/glossary.js")]
    public void Theme_assets_are_minified_and_named_by_a_hash_of_their_content(string asset)
    {
        Assert.True(site.Report.Succeeded, string.Join('\n', site.Report.Diagnostics));
        Assert.DoesNotContain(site.Report.Diagnostics, d => d.Path.EndsWith(asset, StringComparison.Ordinal));
        var folder = Path.Combine(site.OutputDirectory, "assets", Path.GetDirectoryName(asset)!);
        var name = Path.GetFileNameWithoutExtension(asset);
        var extension = Path.GetExtension(asset);

        var published = Assert.Single(Directory.GetFiles(folder, $"{name}.*{extension}"));

        var hash = Path.GetFileName(published)[(name.Length + 1)..^extension.Length];
        Assert.Matches("^[0-9a-f]{10}$", hash);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(published)))[..10], hash);
        var source = new FileInfo(Path.Combine(Repository.Theme, "assets", asset));
        Assert.True(new FileInfo(published).Length < source.Length, $"{asset}: {new FileInfo(published).Length} bytes published from {source.Length}");
        Assert.DoesNotContain("\n  ", File.ReadAllText(published), StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_link_the_fingerprinted_names()
    {
        var home = site.Html("index.html");

        var stylesheet = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href");

        Assert.Matches(@"^assets/css/site\.[0-9a-f]{10}\.css$", stylesheet);
        Assert.Matches(@"^assets/js/menu\.[0-9a-f]{10}\.js$", home.QuerySelector("script")!.GetAttribute("src"));
    }
}
