using StatiqSite.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Quizzes;

/// <summary>
/// The state of reading one quiz block: where its YAML sits in the page file and the problems found so far.
/// Turns YamlDotNet's marks (1-based, within the block) into page file positions.
/// </summary>
/// <param name="firstLine">1-based line of the block's first YAML line in the page file (one below the <c>```quiz</c> line).</param>
/// <param name="columnOffset">Columns before the YAML text starts in the file (the fence's indent).</param>
public sealed class QuizYaml(int firstLine, int columnOffset)
{
    private readonly List<QuizProblem> _problems = [];

    /// <summary>The problems found, in the order found.</summary>
    public IReadOnlyList<QuizProblem> Problems => _problems;

    /// <summary>The page file position of a YAML mark.</summary>
    public (int Line, int Column) At(Mark mark) => (firstLine + (int)mark.Line - 1, columnOffset + (int)mark.Column);

    /// <summary>Reports a problem at a YAML mark.</summary>
    public void Report(Mark mark, string message)
    {
        var (line, column) = At(mark);
        _problems.Add(new QuizProblem(line, column, message));
    }

    /// <summary>Reports a problem at the place a text was written.</summary>
    public void Report(QuizText text, string message) => _problems.Add(new QuizProblem(text.Line, text.Column, message));

    /// <summary>Reports a problem at the start of a node.</summary>
    public void Report(YamlNode node, string message) => Report(node.Start, message);

    /// <summary>The keys of a mapping with their nodes; a key that is not text is reported.</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(YamlMappingNode mapping)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } key })
            {
                yield return (key, keyNode, value);
            }
            else
            {
                Report(keyNode, "a key must be a word followed by ':', like 'question: ...'");
            }
        }
    }

    /// <summary>Reports an unknown key, with the closest known one.</summary>
    public void Unknown(string key, YamlNode keyNode, string where, IReadOnlyList<string> known)
    {
        var hint = Suggest.DidYouMean(key, known);
        if (hint.Length == 0 && QuizSyntax.DutchKeys.TryGetValue(key, out var english) && known.Contains(english))
        {
            hint = $" (did you mean '{english}'?)";
        }

        Report(keyNode, $"unknown key '{key}' in {where}{hint}; known keys are: {string.Join(", ", known)}");
    }

    /// <summary>A Markdown text value; reports and returns null when it is not text or is empty.</summary>
    public QuizText? Text(string key, YamlNode value)
    {
        if (!YamlScalars.TryText(value, out var text) || YamlScalars.IsNull(value) || string.IsNullOrWhiteSpace(text))
        {
            Report(value, $"'{key}' must be text on the same line (put quotes around text with ': ' in it), like '{key}: Wat doe je?'");
            return null;
        }

        return Markdown(text, value);
    }

    /// <summary>Markdown written in <paramref name="value"/> (or made from it, as a gaps text), parsed; reports and returns null beyond the limits.</summary>
    public QuizText? Markdown(string text, YamlNode value)
    {
        var (line, column) = At(value.Start);
        if (QuizMarkdown.Parse(text.Trim(), out var problem) is not { } syntax)
        {
            // A block value ('|' or '>') starts on the line below its marker.
            var first = value is YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded } ? line + 1 : line;
            _problems.Add(new QuizProblem(first + problem!.Line, first == line && problem.Line == 0 ? column : 1, problem.Message));
            return null;
        }

        return new QuizText(text.Trim(), line, column, syntax);
    }

    /// <summary>A true/false value; reports and returns null when it is anything else.</summary>
    public bool? Boolean(string key, YamlNode value)
    {
        if (YamlScalars.TryBoolean(value, out var flag))
        {
            return flag;
        }

        Report(value, $"'{key}' must be true or false without quotes (found '{Describe(value)}')");
        return null;
    }

    /// <summary>A short description of a node's value for messages.</summary>
    public static string Describe(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value ?? "" : node.NodeType.ToString().ToLowerInvariant();
}
