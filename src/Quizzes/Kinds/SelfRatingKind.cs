using System.Collections.Immutable;
using System.Globalization;
using StatiqSite.Theme;

namespace StatiqSite.Quizzes.Kinds;

/// <summary>
/// <c>selfrating</c>: the reader rates statements on a scale (a native radio group per statement, one radio per
/// label), not scored. The statements are the <c>behaviours</c> of a glossary term (<c>behaviours_of</c>, resolved
/// against the build's glossary, <see cref="QuizYaml.Glossary"/>) or written in <c>statements</c>; see
/// <see cref="SelfRatingReader"/>. The reader's rating is kept per statement by the statement's key, so an edited
/// statement loses only its own rating; the version holds the scale alone (another scale resets the question).
/// </summary>
public sealed class SelfRatingKind : QuestionKind<SelfRatingQuestion>
{
    /// <summary>The stylesheet a page with a self-rating needs besides the quiz's (also <c>/voortgang/</c>'s).</summary>
    public const string Stylesheet = "css/selfrating.css";

    /// <inheritdoc />
    public override string Name => "selfrating";

    /// <inheritdoc />
    public override IReadOnlyList<string> Keys { get; } = [QuizSyntax.BehavioursOf, QuizSyntax.Statements, QuizSyntax.Scale];

    /// <inheritdoc />
    public override bool Scored => false;

    /// <inheritdoc />
    public override IReadOnlyList<string> Assets { get; } = [Stylesheet];

    /// <inheritdoc />
    public override bool Implied(IReadOnlyDictionary<string, KindEntry> keys) =>
        keys.ContainsKey(QuizSyntax.BehavioursOf) || keys.ContainsKey(QuizSyntax.Statements);

    /// <inheritdoc />
    public override Question? Read(QuestionHead head, IReadOnlyDictionary<string, KindEntry> keys, QuizYaml reading)
    {
        var source = SelfRatingReader.CheckSource(keys.ToDictionary(k => k.Key, k => k.Value.Key, StringComparer.Ordinal), head.At, reading);
        var scale = keys.TryGetValue(QuizSyntax.Scale, out var written) ? SelfRatingReader.ReadScale(written.Value, reading) : SelfRatingReader.DefaultScale;
        var statements = keys.TryGetValue(QuizSyntax.Statements, out var own) ? SelfRatingReader.ReadStatements(own.Value, reading) : [];
        var competency = keys.TryGetValue(QuizSyntax.BehavioursOf, out var of) ? SelfRatingReader.ReadCompetency(of.Value, reading) : null;
        if (!source || head.Text is null || (competency is null && statements.IsEmpty))
        {
            return null;
        }

        return head.Complete(competency is null
            ? new SelfRatingQuestion(this, head.Text, null, null, statements, scale)
            : new SelfRatingQuestion(this, head.Text, competency.Value.Id, competency.Value.Term, competency.Value.Behaviours, scale));
    }

    /// <inheritdoc />
    protected override IEnumerable<string> PartsOf(SelfRatingQuestion question) => question.Scale;

    /// <inheritdoc />
    protected override IEnumerable<QuizText?> TextsOf(SelfRatingQuestion question) => question.CompetencyId is null ? question.Statements : [];

    /// <inheritdoc />
    protected override QuestionView ViewOf(SelfRatingQuestion question, QuestionContext context)
    {
        var keys = StatementEntry.KeysOf(question.Statements.Select(s => s.Markdown));
        var statements = question.Statements.Select((statement, i) =>
        {
            var name = $"{context.Anchor}-u{(i + 1).ToString(CultureInfo.InvariantCulture)}";
            return new SelfRatingStatementModel(keys[i], name, new SafeHtml(QuizMarkdown.Inline(statement)),
                [.. question.Scale.Select((label, level) => new SelfRatingChoiceModel($"{name}-{level.ToString(CultureInfo.InvariantCulture)}", level.ToString(CultureInfo.InvariantCulture), label))]);
        });
        var none = new QuizNote("quiz-selfrating-note", context.Strings[QuizStrings.SelfRatingNoAnswerLabel], new SafeHtml($"<p>{ThemeTemplates.Encoder.Encode(context.Strings[QuizStrings.SelfRatingNoAnswer])}</p>"));
        return new QuestionView(new SelfRatingModel([.. statements]), context.Strings[QuizStrings.SelfRatingSave], [], [none]);
    }

    /// <summary>What <c>/voortgang/</c> needs of the question (<see cref="QuestionEntry.SelfRating"/>).</summary>
    public static SelfRatingEntry EntryOf(SelfRatingQuestion question) =>
        new(question.CompetencyId, question.Competency ?? QuizMarkdown.Plain(question.Text),
            [.. question.Statements.Zip(StatementEntry.KeysOf(question.Statements.Select(s => s.Markdown)), (s, key) => new StatementEntry(key, QuizMarkdown.Plain(s)))],
            question.Scale);
}

/// <summary>A <c>selfrating</c> question.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Text">The question.</param>
/// <param name="CompetencyId">The glossary id of <c>behaviours_of</c>, or null for its own statements.</param>
/// <param name="Competency">That term as displayed, or null.</param>
/// <param name="Statements">The statements rated, in order.</param>
/// <param name="Scale">The labels, low to high.</param>
public sealed record SelfRatingQuestion(IQuestionKind Kind, QuizText Text, string? CompetencyId, string? Competency, ImmutableArray<QuizText> Statements, ImmutableArray<string> Scale)
    : Question(Kind, Text);

/// <summary>The model of <c>quiz/selfrating.liquid</c>.</summary>
/// <param name="Statements">A radio group per statement.</param>
public sealed record SelfRatingModel(IReadOnlyList<SelfRatingStatementModel> Statements);

/// <summary>One statement with its radio group.</summary>
/// <param name="Key">Its key in the reader's progress (<see cref="StatementEntry.KeysOf"/>).</param>
/// <param name="Name">The radios' <c>name</c>, and the prefix of their ids.</param>
/// <param name="Text">The statement as HTML.</param>
/// <param name="Choices">One radio per label of the scale.</param>
public sealed record SelfRatingStatementModel(string Key, string Name, SafeHtml Text, IReadOnlyList<SelfRatingChoiceModel> Choices);

/// <summary>One radio of a statement.</summary>
/// <param name="Id">Its element id.</param>
/// <param name="Value">Its value: the label's 0-based place on the scale, what the reader's progress keeps.</param>
/// <param name="Label">The label.</param>
public sealed record SelfRatingChoiceModel(string Id, string Value, string Label);
