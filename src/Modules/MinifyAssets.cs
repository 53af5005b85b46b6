using NUglify;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Minifies CSS and JavaScript with NUglify; the theme's sources stay readable. A file NUglify cannot parse is
/// kept as written and reported as a warning, so a minifier limit never breaks a build.
/// </summary>
public sealed class MinifyAssets : DocumentModule
{
    /// <inheritdoc />
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var extension = Path.GetExtension(input.Destination);
        if (input.Bytes is not null || extension is not (".css" or ".js"))
        {
            yield return input;
            yield break;
        }

        var result = extension == ".css"
            ? Uglify.Css(input.Content)
            : Uglify.Js(input.Content, new NUglify.JavaScript.CodeSettings { ScriptVersion = NUglify.JavaScript.ScriptVersion.EcmaScript6, PreserveImportantComments = false });
        if (result.HasErrors)
        {
            var error = result.Errors.First(e => e.IsError);
            context.Diagnostics.Warning("theme/assets/" + input.Destination["assets/".Length..], error.StartLine, error.StartColumn,
                $"not minified: {error.Message}");
            yield return input;
        }
        else
        {
            yield return input with { Content = result.Code };
        }
    }
}
