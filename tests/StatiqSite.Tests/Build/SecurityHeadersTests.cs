using StatiqSite.Build;

namespace StatiqSite.Tests.Build;

/// <summary>The site's Content-Security-Policy stays strict: the theme's promise of no inline code depends on it.</summary>
public class SecurityHeadersTests
{
    private static readonly Dictionary<string, string> Strict = new(StringComparer.Ordinal)
    {
        ["default-src"] = "'self'",
        ["script-src"] = "'self'",
        ["style-src"] = "'self'",
        ["img-src"] = "'self' data:",
        ["connect-src"] = "'self'",
        ["font-src"] = "'self'",
        ["object-src"] = "'none'",
        ["base-uri"] = "'self'",
        ["form-action"] = "'self'",
        ["frame-ancestors"] = "'none'",
    };

    [Fact]
    public void The_policy_allows_only_the_site_itself()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d[1], StringComparer.Ordinal);

        Assert.Equal(Strict, directives);
    }

    [Fact]
    public void Netlify_serves_the_same_policy()
    {
        var netlify = File.ReadAllText(Path.Combine(Support.Repository.Root, "netlify.toml"));

        Assert.Contains($"Content-Security-Policy = \"{SecurityHeaders.ContentSecurityPolicy}\"", netlify, StringComparison.Ordinal);
    }

    [Fact]
    public void Netlify_caches_fingerprinted_assets_forever_and_publishes_the_output_folder()
    {
        var netlify = File.ReadAllText(Path.Combine(Support.Repository.Root, "netlify.toml"));

        Assert.Contains("publish = \"output\"", netlify, StringComparison.Ordinal);
        Assert.Contains("for = \"/assets/*\"", netlify, StringComparison.Ordinal);
        Assert.Contains("max-age=31536000, immutable", netlify, StringComparison.Ordinal);
    }
}
