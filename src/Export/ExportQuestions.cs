using System.Collections.Immutable;
using StatiqSite.Quizzes;
using K = StatiqSite.Quizzes.Kinds;

namespace StatiqSite.Export;

/// <summary>
/// The mapping of the quiz's kinds (<see cref="K.QuestionKinds"/>) onto the shapes of question the formats hold
/// (<see cref="ExportQuestion"/>): the one place a kind is named for the export. Texts are rendered with the quiz's
/// own Markdown, links made absolute by <see cref="ExportLinks"/>. A kind with no shape here is not exported
/// (self-rating: the reader's own view, not a test question).
/// </summary>
public static class ExportQuestions
{
    /// <summary>The quiz with its questions mapped; <paramref name="links"/> makes each link of its texts absolute.</summary>
    public static ExportQuiz From(Quiz quiz, string title, string source, Func<string, string> links)
    {
        var questions = ImmutableArray.CreateBuilder<ExportQuestion>();
        for (var i = 0; i < quiz.Questions.Length; i++)
        {
            if (From(quiz, i, links) is { } question)
            {
                questions.Add(question);
            }
        }

        return new ExportQuiz(quiz.Id!, title, source, questions.ToImmutable());
    }

    private static ExportQuestion? From(Quiz quiz, int index, Func<string, string> links)
    {
        var question = quiz.Questions[index];
        string Block(QuizText text) => QuizMarkdown.Block(text, links);
        string Inline(QuizText text) => QuizMarkdown.Inline(text, links);
        string? Optional(QuizText? text) => text is null ? null : Block(text);
        var (name, kind, html, explanation) = ($"{quiz.Id}-{quiz.KeyOf(index)}", question.Kind.Name, Block(question.Text), Optional(question.Explanation));
        var (line, column) = (question.Text.Line, question.Text.Column);
        return question switch
        {
            K.ChoiceQuestion choice => new ExportChoice(name, kind, html, explanation, line, column, choice.Kind is K.MultipleKind,
                [.. choice.Options.Select(o => new ExportOption(Inline(o.Text), o.Correct, Optional(o.Feedback)))], choice.Shuffle),
            K.TrueFalseQuestion truefalse => new ExportTrueFalse(name, kind, html, explanation, line, column, truefalse.Answer),
            K.ReflectionQuestion reflection => new ExportEssay(name, kind, html, explanation, line, column, Block(reflection.ModelAnswer)),
            K.OrderingQuestion ordering => new ExportOrdering(name, kind, html, explanation, line, column, [.. ordering.Items.Select(Inline)]),
            K.GapsQuestion gaps => new ExportGaps(name, kind, html, explanation, line, column, [.. K.GapsKind.SplitAtGaps(Block(gaps.Gapped))], gaps.Answers),
            K.MatchingQuestion matching => new ExportMatching(name, kind, html, explanation, line, column,
                [.. matching.Pairs.Select(p => new ExportPair(Inline(p.Left), QuizMarkdown.Plain(p.Right)))]),
            _ => null,
        };
    }
}
