namespace StatiqSite.Build;

/// <summary>
/// The HTTP security headers the published site is served with. Written once here so the host's configuration
/// (netlify.toml), the preview server and the real-browser tests all send the same policy: a page that works in
/// the tests or the preview then also works in production.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The <c>Content-Security-Policy</c> header name.</summary>
    public const string ContentSecurityPolicyHeader = "Content-Security-Policy";

    /// <summary>
    /// The strict policy: scripts, styles, fonts and fetches only from the site itself, no inline script or style,
    /// images also as <c>data:</c> URLs, no plugins, no framing.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
}
