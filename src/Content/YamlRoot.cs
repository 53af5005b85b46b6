using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Content;

/// <summary>
/// The one loader of every YAML text of a site (front matter, <c>_site.yml</c>, a quiz block, <c>_glossary.yml</c>):
/// parses it into its root node with positions kept, and turns every way the text can fail into a place and a
/// readable message instead of an exception. Besides what YamlDotNet rejects it refuses, through
/// <see cref="YamlEventChecks"/>: anchors and aliases, a duplicate key, a null character, nesting deeper than
/// <see cref="YamlEventChecks.MaxDepth"/>.
/// </summary>
public static class YamlRoot
{
    /// <summary>
    /// The root node of the first document, or an empty scalar when the text has none. On invalid YAML: null, with
    /// <paramref name="problem"/> holding where it is (1-based, within <paramref name="yaml"/>) and what is wrong.
    /// </summary>
    public static YamlNode? Load(string yaml, out (Mark At, string Message) problem)
    {
        var checks = new YamlEventChecks(new Parser(new StringReader(yaml)));
        try
        {
            var stream = new YamlStream();
            stream.Load(checks);
            problem = default;
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : new YamlScalarNode();
        }
        catch (YamlEventChecks.RefusedException e)
        {
            problem = (e.At, e.Message);
        }
        catch (YamlException e)
        {
            problem = (e.Start, YamlMessages.Explain(e));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet fails this way on some unclosed flow collections ("title: {a" with a key below it), without
            // a place: the collection still open is the mistake, else the last thing read is as close as we get.
            problem = checks.UnreadableHere();
        }

        return null;
    }
}
