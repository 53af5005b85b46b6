using System.Text;
using StatiqSite.Pipeline;

namespace StatiqSite.Content;

/// <summary>
/// Reads a text file of <c>input/</c> (a page, <c>_site.yml</c>, <c>_glossary.yml</c>) the one strict way: UTF-8
/// or an error at the first bad byte, no null characters (a sign of a binary or UTF-16 file, and invisible in
/// editors), a byte order mark dropped, line endings made '\n'.
/// </summary>
public static class InputText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="source"/> (input-relative), or null with the problem reported.</summary>
    public static string? Read(string inputDirectory, string source, DiagnosticBag diagnostics)
    {
        var bytes = File.ReadAllBytes(Path.Combine(inputDirectory, source));
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var valid = Encoding.UTF8.GetString(bytes, 0, Math.Max(0, e.Index));
            var (line, column) = TextPosition.Of(valid, valid.Length);
            diagnostics.Error(source, line, column, "the file is not valid UTF-8: save it as UTF-8 in your editor");
            return null;
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var (line, column) = TextPosition.Of(text, nul);
            diagnostics.Error(source, line, column, "the file holds a null character, invisible in most editors: retype this line (or save the file as UTF-8 if it was saved as UTF-16)");
            return null;
        }

        return text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
    }
}
