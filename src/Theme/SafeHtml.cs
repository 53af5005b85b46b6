namespace StatiqSite.Theme;

/// <summary>
/// HTML the build made itself (Markdown rendered with the site's policy, a rendered partial), handed to a Liquid
/// template as it is: the theme writes it without encoding it again. Every other value is encoded by Fluid.
/// </summary>
/// <param name="Html">The HTML.</param>
public sealed record SafeHtml(string Html)
{
    /// <inheritdoc />
    public override string ToString() => Html;
}
