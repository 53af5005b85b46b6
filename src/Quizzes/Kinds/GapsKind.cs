using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StatiqSite.Content;
using StatiqSite.Theme;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Quizzes.Kinds;

/// <summary>
/// <c>gaps</c>: a Markdown <c>text</c> with 1 to 10 gaps <c>[answer|other accepted answer]</c>, each a text field in
/// the sentence. quiz.js compares without regard to case, accents and surrounding spaces. A Markdown link
/// (<c>[tekst](url)</c>) is not a gap.
/// </summary>
public sealed partial class GapsKind : QuestionKind<GapsQuestion>
{
    /// <summary>Fewest and most gaps.</summary>
    public const int MinGaps = 1, MaxGaps = 10;

    // Where a gap stood in the text: private-use characters no contributor types, kept as they are by Markdig, so the
    // text is parsed (links rewritten, policy checked) once with the gaps in it and split at them when rendered.
    private const char Open = '\uE000', Close = '\uE001';

    /// <inheritdoc />
    public override string Name => "gaps";

    /// <inheritdoc />
    public override IReadOnlyList<string> Keys { get; } = [QuizSyntax.Text];

    /// <inheritdoc />
    public override Question? Read(QuestionHead head, IReadOnlyDictionary<string, KindEntry> keys, QuizYaml reading)
    {
        if (Required(keys, QuizSyntax.Text, "add 'text:' with the sentence, each answer between brackets, like 'text: Een [competentie] is zichtbaar in je [gedrag|handelen].'", head, reading) is not { } entry)
        {
            return null;
        }

        if (!YamlScalars.TryText(entry.Value, out var written) || YamlScalars.IsNull(entry.Value) || string.IsNullOrWhiteSpace(written))
        {
            reading.Report(entry.Value, "'text' must be text with the answers between brackets, like 'text: Een [competentie] is zichtbaar in je [gedrag|handelen].'");
            return null;
        }

        written = written.Replace(Open.ToString(), "", StringComparison.Ordinal).Replace(Close.ToString(), "", StringComparison.Ordinal); // never taken for a mark
        var gaps = GapPattern().Matches(written);
        if (gaps.Count is < MinGaps or > MaxGaps)
        {
            reading.Report(entry.Value, gaps.Count == 0
                ? "the 'text' has no gaps: put each answer between brackets, like 'Een [competentie] is zichtbaar in je [gedrag|handelen].'"
                : $"the 'text' has {gaps.Count} gaps, at most {MaxGaps}: split the question");
            return null;
        }

        var answers = gaps.Select((gap, i) => ReadGap(gap, i + 1, entry.Value, reading)).ToList();
        var number = 0;
        var gapped = GapPattern().Replace(written, _ => $"{Open}{++number}{Close}");
        return answers.All(a => !a.IsDefault) && reading.Markdown(gapped, entry.Value) is { } text && head.Text is not null
            ? head.Complete(new GapsQuestion(this, head.Text, text, [.. answers]))
            : null;
    }

    /// <summary>The accepted answers of a gap, or default after reporting an empty gap or answer at its place.</summary>
    private static ImmutableArray<string> ReadGap(Match gap, int number, YamlNode value, QuizYaml reading)
    {
        var answers = gap.Groups[1].Value.Split('|').Select(a => a.Trim()).ToImmutableArray();
        if (answers.All(a => a.Length > 0))
        {
            return answers;
        }

        reading.Report(PlaceOf(value, gap.Index), answers.Length == 1
            ? $"gap {number} '[]' is empty: write the answer between the brackets, like '[competentie]'"
            : $"gap {number} '{gap.Value}' has an empty answer: write it, or remove the extra '|'");
        return default;
    }

    /// <summary>The place of a gap: exact in a one-line value, else the value's start.</summary>
    private static Mark PlaceOf(YamlNode value, int index)
    {
        var start = value.Start;
        if (value is not YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } scalar || value.End.Line != start.Line)
        {
            return start;
        }

        var offset = index + (scalar.Style == ScalarStyle.Plain ? 0 : 1);
        return new Mark(start.Index + offset, start.Line, start.Column + offset);
    }

    /// <inheritdoc />
    protected override IEnumerable<string> PartsOf(GapsQuestion question) =>
        [question.Gapped.Markdown, .. question.Answers.Select(a => string.Join('|', a))];

    /// <inheritdoc />
    protected override IEnumerable<QuizText?> TextsOf(GapsQuestion question) => [question.Gapped];

    /// <inheritdoc />
    protected override QuestionView ViewOf(GapsQuestion question, QuestionContext context)
    {
        var html = QuizMarkdown.Block(question.Gapped);
        var parts = new List<GapsPart>();
        var at = 0;
        foreach (Match mark in MarkPattern().Matches(html))
        {
            var n = int.Parse(mark.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            parts.Add(new GapsPart(new SafeHtml(html[at..mark.Index]), new GapModel($"{context.Anchor}-gat{n}", n, string.Join('|', question.Answers[n - 1]))));
            at = mark.Index + mark.Length;
        }

        parts.Add(new GapsPart(new SafeHtml(html[at..]), null));
        var or = context.Strings[QuizStrings.GapsOr];
        var key = question.Answers.Select(a => new AnswerKeyEntry(new SafeHtml(ThemeTemplates.Encoder.Encode(string.Join(or, a))), null, null));
        return new QuestionView(new GapsModel(parts), context.Strings[QuizStrings.Check], [.. key], []) { Ordered = true };
    }

    /// <summary>
    /// The HTML of a rendered <see cref="GapsQuestion.Gapped"/> split at its gaps: one more part than there are gaps
    /// (for the export to learning platforms, which put their own field where each gap is).
    /// </summary>
    public static IReadOnlyList<string> SplitAtGaps(string html) => MarkPattern().Split(html).Where((_, i) => i % 2 == 0).ToList();

    // A gap: brackets without brackets inside, not followed by '(' or '[' (a link) or ':' (a link definition).
    [GeneratedRegex(@"\[([^\[\]\n]*)\](?![(\[:])")]
    private static partial Regex GapPattern();

    [GeneratedRegex("\uE000([0-9]+)\uE001")]
    private static partial Regex MarkPattern();
}

/// <summary>A <c>gaps</c> question.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Text">The question.</param>
/// <param name="Gapped">The text with a mark where each gap was.</param>
/// <param name="Answers">Each gap's accepted answers, as written.</param>
public sealed record GapsQuestion(IQuestionKind Kind, QuizText Text, QuizText Gapped, ImmutableArray<ImmutableArray<string>> Answers) : Question(Kind, Text);

/// <summary>The model of <c>quiz/gaps.liquid</c>: the text's HTML in parts, each followed by its gap (the last by none).</summary>
/// <param name="Parts">The parts in order.</param>
public sealed record GapsModel(IReadOnlyList<GapsPart> Parts);

/// <summary>A piece of the text and the gap after it.</summary>
/// <param name="Html">The HTML before the gap.</param>
/// <param name="Gap">The gap, or null after the last one.</param>
public sealed record GapsPart(SafeHtml Html, GapModel? Gap);

/// <summary>One gap.</summary>
/// <param name="Id">Its text field's element id.</param>
/// <param name="Number">Its number in the text, 1-based.</param>
/// <param name="Answers">Its accepted answers, separated by <c>|</c>.</param>
public sealed record GapModel(string Id, int Number, string Answers);
