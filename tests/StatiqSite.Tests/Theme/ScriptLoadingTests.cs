using System.Text.RegularExpressions;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Theme;

/// <summary>
/// The theme's scripts as sources: what keeps them working from <c>file://</c> in every browser, Firefox included
/// (not installed here, so checked on the source): no module syntax (module scripts are refused from disk), no
/// <c>fetch</c> (local files cannot be fetched), and each wrapped in one function, since classic scripts share one
/// global scope where two top-level <c>const</c>s of one name would clash.
/// </summary>
public sealed partial class ScriptLoadingTests
{
    /// <summary>Every script of the theme.</summary>
    public static TheoryData<string> Scripts() =>
        [.. Directory.EnumerateFiles(Path.Combine(Repository.Theme, "assets", "js"), "*.js").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static string Source(string name) => File.ReadAllText(Path.Combine(Repository.Theme, "assets", "js", name));

    // The code without its leading comment lines.
    private static string Code(string name) => CommentLines().Replace(Source(name), "").Trim();

    [Theory]
    [MemberData(nameof(Scripts))]
    public void A_script_has_no_import_or_export(string name) =>
        Assert.DoesNotMatch(ModuleSyntax(), Source(name));

    [Theory]
    [MemberData(nameof(Scripts))]
    public void A_script_fetches_nothing(string name) =>
        Assert.DoesNotContain("fetch(", Code(name), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Scripts))]
    public void A_script_is_one_strict_function_run_at_once(string name)
    {
        var code = Code(name);

        Assert.StartsWith("(() => {\n  'use strict';", code, StringComparison.Ordinal);
        Assert.EndsWith("})();", code, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s*(import|export)\b", RegexOptions.Multiline)]
    private static partial Regex ModuleSyntax();

    [GeneratedRegex(@"^//.*\n", RegexOptions.Multiline)]
    private static partial Regex CommentLines();
}
