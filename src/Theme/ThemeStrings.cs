using System.Text.Json;
using StatiqSite.Content;

namespace StatiqSite.Theme;

/// <summary>
/// A widget's reader-facing text, kept in one file of the theme (<c>theme/strings/&lt;widget&gt;.&lt;language&gt;.json</c>)
/// so another language can replace it: the partial writes its labels from it and passes the whole set to the
/// widget's script as JSON, so neither C# nor JS holds text of its own.
/// </summary>
public sealed class ThemeStrings
{
    private const string DefaultLanguage = "nl";
    private readonly SortedDictionary<string, string> _strings;

    private ThemeStrings(SortedDictionary<string, string> strings)
    {
        _strings = strings;
        // Relaxed escaping is safe here: the JSON is HTML-encoded as a whole when written into an attribute.
        Json = JsonSerializer.Serialize(strings, SiteJson.Relaxed.SortedDictionaryStringString);
    }

    /// <summary>All strings by name, for a partial's model (<c>strings.back</c>).</summary>
    public IReadOnlyDictionary<string, string> All => _strings;

    /// <summary>All strings as one JSON object, for the script.</summary>
    public string Json { get; }

    /// <summary>The string named <paramref name="name"/>.</summary>
    public string this[string name] => _strings[name];

    /// <summary>
    /// The strings of <paramref name="widget"/> for a language (falling back to Dutch), or an error message saying
    /// what is wrong: no file, not a JSON object of texts, or one of <paramref name="required"/> missing.
    /// </summary>
    public static (ThemeStrings? Strings, string? Error) Load(string themeDirectory, string widget, string? language, IEnumerable<string> required)
    {
        var file = FileOf(themeDirectory, widget, language);
        if (!File.Exists(file))
        {
            return (null, $"the theme has no {widget} strings file {file}");
        }

        try
        {
            var strings = JsonSerializer.Deserialize(File.ReadAllText(file), SiteJson.Default.SortedDictionaryStringString);
            var missing = required.Where(r => strings is null || !strings.ContainsKey(r)).ToList();
            return missing.Count == 0
                ? (new ThemeStrings(strings!), null)
                : (null, $"the {widget} strings file {file} lacks: {string.Join(", ", missing)}");
        }
        catch (JsonException e)
        {
            return (null, $"the {widget} strings file {file} is not a JSON object of texts: {e.Message}");
        }
    }

    /// <summary>The full path of the file <see cref="Load"/> reads: the language's, or else the Dutch one.</summary>
    public static string FileOf(string themeDirectory, string widget, string? language)
    {
        var folder = Path.Combine(themeDirectory, "strings");
        var file = Path.GetFullPath(Path.Combine(folder, $"{widget}.{language}.json"));
        return language is not null && File.Exists(file) ? file : Path.GetFullPath(Path.Combine(folder, $"{widget}.{DefaultLanguage}.json"));
    }
}
