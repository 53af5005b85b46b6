using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;

namespace StatiqSite.Theme;

/// <summary>
/// The theme's Liquid layouts (<c>theme/layouts/*.liquid</c>) and partials (<c>theme/partials/**</c>, so a broken one is
/// reported with the layouts, and a widget's partial can be rendered on its own) parsed once with Fluid, and the shared
/// options to render them (partials for <c>include</c>, snake_case member names, HTML encoding of every value that is
/// not piped through <c>raw</c> or a <see cref="SafeHtml"/>). Rendering state lives in a new TemplateContext per render.
/// </summary>
public sealed class ThemeTemplates
{
    /// <summary>The encoder for values written into pages: HTML-escapes, but keeps "ë" as itself.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // Per thread, reused page after page: each page is encoded to UTF-8 as it is rendered, instead of being
    // rendered to a string (a UTF-16 copy of the whole page) and encoded afterwards.
    [ThreadStatic]
    private static (MemoryStream Stream, StreamWriter Writer)? _buffer;

    private readonly Dictionary<string, IFluidTemplate> _layouts;
    private readonly Dictionary<string, IFluidTemplate> _partials;

    private ThemeTemplates(TemplateOptions options, Dictionary<string, IFluidTemplate> layouts, Dictionary<string, IFluidTemplate> partials)
    {
        Options = options;
        _layouts = layouts;
        _partials = partials;
    }

    /// <summary>The options shared by every render.</summary>
    public TemplateOptions Options { get; }

    /// <summary>The layout names (file names without extension).</summary>
    public IEnumerable<string> LayoutNames => _layouts.Keys.Order(StringComparer.Ordinal);

    /// <summary>
    /// Parses every layout and partial of <paramref name="themeDirectory"/>. Returns the problems found (theme file,
    /// message) instead of throwing, so they are reported like content errors. A build does this once (<see cref="ReadTheme"/>).
    /// </summary>
    public static (ThemeTemplates? Theme, IReadOnlyList<(string File, string Message)> Errors) Parse(string themeDirectory)
    {
        themeDirectory = Path.GetFullPath(themeDirectory);
        var errors = new List<(string, string)>();
        var layoutsFolder = Path.Combine(themeDirectory, "layouts");
        if (!Directory.Exists(layoutsFolder))
        {
            return (null, [(layoutsFolder, "the theme has no layouts folder")]);
        }

        var options = new TemplateOptions
        {
            FileProvider = PartialFiles.Read(Path.Combine(themeDirectory, "partials")),
            MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
        };
        options.Filters.AddFilter(PageLinkFilter.Name, PageLinkFilter.Apply);
        options.ValueConverters.Add(value => value is SafeHtml safe ? new Fluid.Values.StringValue(safe.Html, encode: false) : null);
        var parser = new FluidParser();
        var layouts = ParseFolder(parser, layoutsFolder, SearchOption.TopDirectoryOnly, errors);
        var partials = ParseFolder(parser, Path.Combine(themeDirectory, "partials"), SearchOption.AllDirectories, errors);
        return (errors.Count == 0 ? new ThemeTemplates(options, layouts, partials) : null, errors);
    }

    /// <summary>The Liquid files below <paramref name="folder"/> by their path without extension (<c>quiz/single</c>).</summary>
    private static Dictionary<string, IFluidTemplate> ParseFolder(FluidParser parser, string folder, SearchOption depth, List<(string, string)> errors)
    {
        var templates = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return templates;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.liquid", depth).Order(StringComparer.Ordinal))
        {
            if (parser.TryParse(File.ReadAllText(file), out var template, out var error))
            {
                templates[Path.ChangeExtension(Path.GetRelativePath(folder, file), null).Replace('\\', '/')] = template;
            }
            else
            {
                errors.Add((file, error));
            }
        }

        return templates;
    }

    /// <summary>Whether a layout of that name exists.</summary>
    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    /// <summary>Whether a partial of that name (<c>quiz/single</c>, without extension) exists.</summary>
    public bool HasPartial(string name) => _partials.ContainsKey(name);

    /// <summary>
    /// Renders the partial <paramref name="name"/> (<c>quiz/single</c>) on its own, with <paramref name="model"/>'s
    /// members as its variables: for markup the build places inside a page's content (the quiz widget).
    /// </summary>
    public string RenderPartial(string name, object model)
    {
        var context = new TemplateContext(model, Options);
        var writer = new StringWriter();
        var rendering = _partials[name].RenderAsync(writer, context, Encoder, isolateContext: true);
        if (!rendering.IsCompletedSuccessfully)
        {
            rendering.AsTask().GetAwaiter().GetResult();
        }

        return writer.ToString();
    }

    /// <summary>
    /// Renders <paramref name="layout"/> with <paramref name="model"/>'s members as the template's variables;
    /// <paramref name="pageLink"/> resolves the <c>page_link</c> filter for this page. Returns the page as UTF-8
    /// without byte order mark, as it is written.
    /// </summary>
    public byte[] RenderUtf8(string layout, object model, Func<string, string?> pageLink)
    {
        var context = new TemplateContext(model, Options);
        context.AmbientValues[PageLinkFilter.Name] = pageLink;
        var (stream, writer) = _buffer ??= NewBuffer();
        stream.SetLength(0);
        // Fluid's synchronous Render with a writer is obsolete and its named replacement is not in this version:
        // the asynchronous one, which completes at once for a theme that reads no files while rendering.
        var rendering = _layouts[layout].RenderAsync(writer, context, Encoder, isolateContext: true);
        if (!rendering.IsCompletedSuccessfully)
        {
            rendering.AsTask().GetAwaiter().GetResult();
        }

        writer.Flush();
        return stream.ToArray();
    }

    private static (MemoryStream, StreamWriter) NewBuffer()
    {
        var stream = new MemoryStream();
        return (stream, new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true));
    }
}
