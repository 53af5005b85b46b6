namespace StatiqSite.Build;

/// <summary>The HTTP headers the site is served with, by the host (netlify.toml) and by the preview alike.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The Content-Security-Policy: everything from the site itself, no inline scripts or styles, no plugins,
    /// no framing. The theme is written for it (scripts and styles are files); the preview sends it too, so a
    /// page that breaks it breaks while previewing.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
}
