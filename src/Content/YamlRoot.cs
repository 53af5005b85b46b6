using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Content;

/// <summary>
/// Parses a YAML text (front matter, <c>_site.yml</c>, a quiz block, <c>_glossary.yml</c>) into its root node with
/// positions kept, turning a parser error into a place and a readable message instead of an exception.
/// </summary>
public static class YamlRoot
{
    /// <summary>
    /// The root node of the first document, or an empty scalar when the text has none. On invalid YAML: null, with
    /// <paramref name="problem"/> holding where it is and what is wrong (see <see cref="YamlMessages.Explain"/>).
    /// </summary>
    public static YamlNode? Load(string yaml, out (Mark At, string Message) problem)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            problem = default;
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : new YamlScalarNode();
        }
        catch (YamlException e)
        {
            problem = (e.Start, YamlMessages.Explain(e));
            return null;
        }
    }
}
