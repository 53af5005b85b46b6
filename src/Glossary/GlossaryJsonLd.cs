using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace StatiqSite.Glossary;

/// <summary>
/// The glossary as schema.org structured data: a <c>DefinedTermSet</c> of <c>DefinedTerm</c>s, for a
/// <c>&lt;script type="application/ld+json"&gt;</c> block. The encoder writes &lt;, &gt; and &amp; as \u escapes, so
/// no text from the YAML can close the script element.
/// </summary>
public static class GlossaryJsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The JSON text of the set; <paramref name="pageUrl"/> is the page's absolute URL, or "" when unknown.</summary>
    public static string Of(IEnumerable<GlossaryTerm> terms, string name, string pageUrl)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "DefinedTermSet");
            json.WriteString("name", name);
            if (pageUrl.Length > 0)
            {
                json.WriteString("@id", pageUrl);
                json.WriteString("url", pageUrl);
            }

            json.WriteStartArray("hasDefinedTerm");
            foreach (var term in terms)
            {
                json.WriteStartObject();
                json.WriteString("@type", "DefinedTerm");
                json.WriteString("@id", pageUrl + "#" + term.Id);
                json.WriteString("name", term.Term);
                json.WriteString("termCode", term.Id);
                json.WriteString("description", term.DefinitionText);
                if (term.Aliases.Length > 0)
                {
                    json.WriteStartArray("alternateName");
                    foreach (var alias in term.Aliases)
                    {
                        json.WriteStringValue(alias.Text);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
