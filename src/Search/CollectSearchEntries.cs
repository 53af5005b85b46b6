using System.Collections.Immutable;
using System.Text;
using Markdig.Extensions.DefinitionLists;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StatiqSite.Content;
using StatiqSite.Markdown;
using StatiqSite.Quizzes;
using StatiqSite.Scenarios;

namespace StatiqSite.Search;

/// <summary>
/// What search finds on a page, read from its syntax tree after every other step: the page itself (its title and
/// the text before the first h2/h3), each h2/h3 with the text below it, each quiz question (from the typed
/// <see cref="Quiz"/>: the question only, never its options or answers), each scenario (its title and steps, never its
/// outcomes), and each definition-list term written
/// with an id (<c>Term {#id}</c>) with its definition. Code is indexed as text; raw HTML is not. Hidden pages are
/// skipped. Writes: <see cref="SearchKeys.Entries"/>: questions, then terms, then scenarios, then the page and its sections.
/// </summary>
public sealed class CollectSearchEntries : IMarkdownStep
{
    /// <summary>The heading line of a term result.</summary>
    public const string TermHeading = "Begrip";

    /// <inheritdoc />
    public void Run(MarkdownDocument syntax, MarkdownPage page)
    {
        if (page.Metadata.Get(Keys.Hidden) || !page.Document.Destination.EndsWith(".html", StringComparison.Ordinal))
        {
            return;
        }

        var reader = new EntryReader(page.Document.Destination, page.Metadata.Get(Keys.Title) ?? "");
        reader.Read(syntax);
        page.Metadata = page.Metadata.With(SearchKeys.Entries, reader.Entries());
    }

    /// <summary>Whitespace runs become one space; the ends are trimmed.</summary>
    public static string Collapse(StringBuilder text) =>
        string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed class EntryReader(string destination, string title)
    {
        private readonly List<SearchEntry> _questions = [];
        private readonly List<SearchEntry> _terms = [];
        private readonly List<SearchEntry> _scenarios = [];
        private readonly List<(string Anchor, string Heading, StringBuilder Text)> _sections = [("", "", new StringBuilder())];

        public ImmutableArray<SearchEntry> Entries() =>
        [
            .. _questions, .. _terms, .. _scenarios,
            .. _sections.Select(s => new SearchEntry(s.Anchor.Length == 0 ? SearchEntryKind.Page : SearchEntryKind.Section,
                destination, s.Anchor, title, s.Heading, Collapse(s.Text))),
        ];

        public void Read(ContainerBlock container)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    case HeadingBlock { Level: 2 or 3 } heading when heading.GetAttributes().Id is { Length: > 0 } id:
                        _sections.Add((id, PlainText.Of(heading), new StringBuilder()));
                        break;
                    case QuizBlock quiz:
                        AddQuestions(quiz);
                        break;
                    case ScenarioBlock scenario:
                        AddScenario(scenario);
                        break;
                    case DefinitionItem item when item.OfType<DefinitionTerm>().Any(t => t.GetAttributes().Id is not null):
                        AddTerms(item);
                        break;
                    case ContainerBlock inner:
                        _sections[^1].Text.Append(' ');
                        Read(inner);
                        _sections[^1].Text.Append(' ');
                        break;
                    default:
                        AppendText(block, _sections[^1].Text);
                        break;
                }
            }
        }

        private void AddQuestions(QuizBlock block)
        {
            var quiz = block.Quiz;
            var heading = quiz.Title is null ? block.Strings[QuizStrings.Title] : TextOf(quiz.Title.Syntax);
            foreach (var question in quiz.Questions)
            {
                if (TextOf(question.Text.Syntax) is { Length: > 0 } text)
                {
                    _questions.Add(new SearchEntry(SearchEntryKind.Question, destination, quiz.Anchor, title, heading, text));
                }
            }
        }

        /// <summary>A scenario as a section of its own: its title, with what happens in its steps (never the outcomes).</summary>
        private void AddScenario(ScenarioBlock block)
        {
            var scenario = block.Scenario;
            var heading = scenario.Title is null ? block.Strings["title"] : TextOf(scenario.Title.Syntax);
            var text = string.Join(' ', scenario.Steps.Select(s => TextOf(s.Text.Syntax)));
            _scenarios.Add(new SearchEntry(SearchEntryKind.Section, destination, scenario.Anchor, title, heading, Collapse(new StringBuilder(text))));
        }

        private void AddTerms(DefinitionItem item)
        {
            var definition = TextOf(item.Where(b => b is not DefinitionTerm));
            foreach (var term in item.OfType<DefinitionTerm>())
            {
                if (term.GetAttributes().Id is { } id && PlainText.Of(term) is { Length: > 0 } text)
                {
                    _terms.Add(new SearchEntry(SearchEntryKind.Term, destination, id, text, TermHeading, definition));
                }
            }
        }

        private static string TextOf(IEnumerable<Block> blocks)
        {
            var text = new StringBuilder();
            foreach (var block in blocks)
            {
                AppendText(block, text);
            }

            return Collapse(text);
        }

        /// <summary>The readable text of a block, a space around it: its inlines, or its lines when it is code.</summary>
        private static void AppendText(Block block, StringBuilder text)
        {
            text.Append(' ');
            switch (block)
            {
                case CodeBlock code:
                    text.Append(code.Lines.ToString());
                    break;
                case LeafBlock { Inline: { } inline }:
                    text.Append(PlainText.Of(inline));
                    break;
                case ContainerBlock container:
                    foreach (var inner in container)
                    {
                        AppendText(inner, text);
                    }

                    break;
            }

            text.Append(' ');
        }
    }
}
