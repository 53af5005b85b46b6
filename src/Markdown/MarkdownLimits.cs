using System.Buffers;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StatiqSite.Markdown;

/// <summary>
/// Parses Markdown from a contributor (a page body, a quiz text, a glossary definition) within limits no real text
/// reaches, so that no text can crash or stall the build: at most <see cref="MaxLength"/> characters, at most
/// <see cref="MaxOpenBrackets"/> '[' or '(' open at once in a paragraph (Markdig's link parsing takes time growing
/// with the square of that number: 8,000 nested '[' took 12 s), and nesting (quotes, lists, emphasis inside each
/// other) at most <see cref="MaxDepth"/> deep, below the limits at which Markdig's parser and renderer throw.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>The longest text accepted, in characters: about 50 times this site's longest page.</summary>
    public const int MaxLength = 1_000_000;

    /// <summary>The most '[' (or '(') open at once in one paragraph; real text has one or two.</summary>
    public const int MaxOpenBrackets = 100;

    /// <summary>
    /// The deepest nesting of the parsed text, counting every block and inline level (a paragraph in a list item in
    /// a list is 4 deep).
    /// </summary>
    public const int MaxDepth = 64;

    // What the bracket count looks at: brackets, the escape, the line break.
    private static readonly SearchValues<char> Notable = SearchValues.Create("[]()\\\n");

    private const string TooDeep = "the Markdown here is nested too deeply (quotes, lists, links or emphasis inside each other, like '>>>>' or '____'): write it flatter";

    /// <summary>
    /// The parsed text, or null with <paramref name="problem"/> saying where (0-based line and column within the
    /// text) and what to do.
    /// </summary>
    public static MarkdownDocument? Parse(string markdown, MarkdownPipeline pipeline, out MarkdownProblem? problem)
    {
        problem = Check(markdown);
        if (problem is not null)
        {
            return null;
        }

        MarkdownDocument syntax;
        try
        {
            syntax = Markdig.Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's parser depth limit ("too deeply nested"); it says not where, so point at the most nested-looking line.
            problem = new MarkdownProblem(DeepestLine(markdown), 0, TooDeep);
            return null;
        }

        problem = DeeperThanAllowed(syntax);
        return problem is null ? syntax : null;
    }

    /// <summary>The deepest node past <see cref="MaxDepth"/> (the renderer would throw there), walked without recursion.</summary>
    private static MarkdownProblem? DeeperThanAllowed(MarkdownDocument syntax)
    {
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((syntax, 0));
        while (stack.TryPop(out var item))
        {
            var (node, depth) = item;
            if (depth > MaxDepth)
            {
                return new MarkdownProblem(node.Line, node.Column, TooDeep);
            }

            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        stack.Push((child, depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                    {
                        stack.Push((child, depth + 1));
                    }

                    break;
            }
        }

        return null;
    }

    private static MarkdownProblem? Check(string markdown)
    {
        if (markdown.Length > MaxLength)
        {
            return new MarkdownProblem(0, 0, $"the text is {markdown.Length:N0} characters long, more than the {MaxLength:N0} allowed: split it into several pages");
        }

        int line = 0, lineStart = 0, squares = 0, parens = 0;
        var blank = true;
        for (var i = 0; i < markdown.Length; i++)
        {
            // Skip to the next character that matters; what lies between only tells whether the line is blank.
            var skip = markdown.AsSpan(i).IndexOfAny(Notable);
            var next = skip < 0 ? markdown.Length : i + skip;
            blank = blank && markdown.AsSpan(i, next - i).IsWhiteSpace();
            if (next == markdown.Length)
            {
                break;
            }

            i = next;
            var c = markdown[i];
            if (c == '\n')
            {
                (squares, parens) = blank ? (0, 0) : (squares, parens); // a blank line ends the paragraph
                (line, lineStart, blank) = (line + 1, i + 1, true);
                continue;
            }

            blank = false; // a bracket or a backslash
            if (c == '\\' && i + 1 < markdown.Length && markdown[i + 1] != '\n')
            {
                i++; // an escaped bracket is text
                continue;
            }

            (squares, parens) = c switch
            {
                '[' => (squares + 1, parens),
                ']' => (Math.Max(0, squares - 1), parens),
                '(' => (squares, parens + 1),
                ')' => (squares, Math.Max(0, parens - 1)),
                _ => (squares, parens),
            };
            if (squares > MaxOpenBrackets || parens > MaxOpenBrackets)
            {
                var bracket = squares > MaxOpenBrackets ? '[' : '(';
                return new MarkdownProblem(line, i - lineStart, $"more than {MaxOpenBrackets} '{bracket}' are open at once here: close them, or write '\\{bracket}' for a bracket that is text");
            }
        }

        return null;
    }

    private static int DeepestLine(string markdown)
    {
        var lines = markdown.Split('\n');
        var best = 0;
        for (int i = 0, most = -1; i < lines.Length; i++)
        {
            var count = lines[i].Count(c => c is '>' or '*' or '_' or '-' or '+' or '[' or '(');
            (best, most) = count > most ? (i, count) : (best, most);
        }

        return best;
    }
}

/// <summary>A limit a Markdown text breaks: 0-based line and column within the text, and what to do.</summary>
public sealed record MarkdownProblem(int Line, int Column, string Message);
