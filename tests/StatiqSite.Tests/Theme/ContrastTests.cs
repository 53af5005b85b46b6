using System.Globalization;
using System.Text.RegularExpressions;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Theme;

/// <summary>
/// WCAG contrast of the colour pairs the theme uses, read from the custom properties of <c>site.css</c>, in the
/// light scheme and in the dark one. Text needs 4.5:1 (AA); focus rings and other non-text indicators 3:1.
/// Change a colour and this tells you whether it still passes; docs/theme.md lists the ratios.
/// </summary>
public sealed partial class ContrastTests
{
    private const double Text = 4.5;
    private const double Indicator = 3.0;

    public static TheoryData<string, string, string, double> Pairs()
    {
        (string Foreground, string Background, double Minimum)[] pairs =
        [
            ("text", "background", Text),
            ("text", "surface", Text),
            ("text", "current", Text),
            ("text", "code", Text),
            ("muted", "background", Text),
            ("muted", "surface", Text),
            ("link", "background", Text),
            ("link", "surface", Text),
            ("link-hover", "background", Text),
            ("link-hover", "surface", Text),
            ("on-accent", "accent", Text),
            ("focus", "background", Indicator),
            ("focus", "surface", Indicator),
            ("focus", "current", Indicator),
            ("focus-on-accent", "accent", Indicator),
            ("link", "current", Indicator),
        ];
        var data = new TheoryData<string, string, string, double>();
        foreach (var scheme in new[] { "light", "dark" })
        {
            foreach (var (foreground, background, minimum) in pairs)
            {
                data.Add(scheme, foreground, background, minimum);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Colour_pairs_meet_wcag_aa(string scheme, string foreground, string background, double minimum)
    {
        var colours = Scheme(scheme);

        var ratio = Ratio(colours[foreground], colours[background]);

        Assert.True(ratio >= minimum, $"{scheme}: --color-{foreground} on --color-{background} is {ratio:F2}:1, needs {minimum}:1");
    }

    [Fact]
    public void The_dark_scheme_sets_every_colour_of_the_light_one() =>
        Assert.Equal(Scheme("light").Keys.Order(StringComparer.Ordinal), Scheme("dark").Keys.Order(StringComparer.Ordinal));

    /// <summary>The WCAG 2 contrast ratio of two sRGB colours written as #rrggbb.</summary>
    public static double Ratio(string a, string b)
    {
        var (lighter, darker) = (Luminance(a), Luminance(b)) is var (x, y) && x > y ? (x, y) : (y, x);
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int start)
        {
            var c = int.Parse(hex.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }

    /// <summary>The <c>--color-*</c> properties of the first <c>:root</c> block (light) or of the one inside the dark media query.</summary>
    private static Dictionary<string, string> Scheme(string scheme)
    {
        var css = File.ReadAllText(Path.Combine(Repository.Theme, "assets", "css", "site.css"));
        var dark = css.IndexOf("@media (prefers-color-scheme: dark)", StringComparison.Ordinal);
        Assert.True(dark > 0, "site.css has no dark colour scheme");
        var start = scheme == "light" ? css.IndexOf(":root", StringComparison.Ordinal) : css.IndexOf(":root", dark, StringComparison.Ordinal);
        var block = css[start..css.IndexOf('}', start)];
        return ColourProperty().Matches(block).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"--color-([a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;")]
    private static partial Regex ColourProperty();
}
