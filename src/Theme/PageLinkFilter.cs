using Fluid;
using Fluid.Values;

namespace StatiqSite.Theme;

/// <summary>
/// The Liquid filter <c>page_link</c>: <c>{{ 'bronnen.md' | page_link }}</c> gives the link from the current page
/// to the page built from that source file, or an empty string when the site has no such page, so a theme can
/// link to a page only where it exists.
/// </summary>
public static class PageLinkFilter
{
    /// <summary>The filter's name in templates.</summary>
    public const string Name = "page_link";

    /// <summary>Resolves the input (a source path below <c>input/</c>) with the current page's resolver.</summary>
    public static ValueTask<FluidValue> Apply(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(StringValue.Create(
            context.AmbientValues.TryGetValue(Name, out var value) && value is Func<string, string?> resolve
                ? resolve(input.ToStringValue()) ?? ""
                : ""));
}
