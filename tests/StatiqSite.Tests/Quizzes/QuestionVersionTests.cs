using StatiqSite.Quizzes;

namespace StatiqSite.Tests.Quizzes;

/// <summary>
/// Each question's own version: what the reader answers to changes it, nothing else does, so an edit to one question
/// resets that question's saved progress only.
/// </summary>
public sealed class QuestionVersionTests
{
    private const string Original = """
        id: proef
        questions:
          - question: Welke kleur heeft de lucht?
            options:
              - text: Groen
                feedback: Dat is het gras.
              - text: Blauw
                correct: true
            explanation: Blauw licht verstrooit het meest.
          - question: Water kookt bij 100 graden.
            answer: true
          - question: Beschrijf je plek.
            model_answer: Het strand.
        """;

    [Fact]
    public void An_edit_to_one_question_changes_its_version_only()
    {
        var edited = Versions(Original.Replace("Welke kleur heeft de lucht?", "Welke kleur heeft een heldere lucht?", StringComparison.Ordinal));

        var before = Versions(Original);
        Assert.NotEqual(before[0], edited[0]);
        Assert.Equal(before[1..], edited[1..]);
    }

    [Theory]
    [InlineData("- text: Groen", "- text: Paars")]                 // an option's text
    [InlineData("- text: Blauw\n        correct: true", "- text: Blauw")] // which option is right (moved to Groen below)
    [InlineData("answer: true", "answer: false")]                  // a true/false answer
    [InlineData("Beschrijf je plek.", "Beschrijf je favoriete plek.")] // a reflection's question
    public void What_the_reader_answers_to_changes_the_version(string from, string to)
    {
        var yaml = Original.Replace(from, to, StringComparison.Ordinal);
        if (from.Contains("correct", StringComparison.Ordinal))
        {
            yaml = yaml.Replace("- text: Groen", "- text: Groen\n        correct: true", StringComparison.Ordinal);
        }

        Assert.NotEqual(Versions(Original), Versions(yaml));
    }

    [Theory]
    [InlineData("Dat is het gras.", "Groen is het gras, niet de lucht.")] // feedback
    [InlineData("Blauw licht verstrooit het meest.", "Blauw licht wordt het meest verstrooid.")] // explanation
    [InlineData("model_answer: Het strand.", "model_answer: Het bos.")] // a model answer
    public void Feedback_explanations_and_model_answers_keep_the_version(string from, string to) =>
        Assert.Equal(Versions(Original), Versions(Original.Replace(from, to, StringComparison.Ordinal)));

    [Fact]
    public void Reformatting_the_YAML_keeps_every_version()
    {
        var reformatted = """
            id:   proef
            questions:
            -   question:   "Welke kleur heeft de lucht?"
                options:
                -   {text: Groen, feedback: Dat is het gras.}
                -   {text: Blauw, correct: true}
                explanation: Blauw licht verstrooit het meest.
            -   question: 'Water kookt bij 100 graden.'
                answer: true
            -   question: Beschrijf je plek.
                model_answer: Het strand.
            """;

        Assert.Equal(Versions(Original), Versions(reformatted));
    }

    [Fact]
    public void A_question_with_an_id_keeps_its_version_and_key_when_it_moves()
    {
        var withId = Original.Replace("  - question: Water kookt bij 100 graden.", "  - question: Water kookt bij 100 graden.\n    id: koken", StringComparison.Ordinal);
        var quiz = Read(withId);

        Assert.Equal("koken", quiz.KeyOf(1));
        Assert.Equal("proef-vraag-koken", quiz.QuestionAnchorOf(1));
        Assert.Equal("3", quiz.KeyOf(2));
        Assert.Equal(Versions(Original)[1], QuestionVersion.Of(quiz.Questions[1]));
    }

    /// <summary>
    /// The versions the first four kinds had before kinds became a registry (sha256 of kind, text, options as
    /// "+text"/"-text", answer, joined by U+001F): readers' saved progress is kept under them, so they may never change.
    /// </summary>
    [Fact]
    public void The_first_four_kinds_keep_the_versions_saved_progress_refers_to()
    {
        const string yaml = """
            questions:
              - question: Wat doe je?
                options:
                  - text: Niets.
                  - text: Grenzen stellen.
                    correct: true
              - question: Welke passen?
                type: multiple
                shuffle: true
                options:
                  - text: A
                    correct: true
                  - text: B
                    correct: true
                  - text: C
              - question: Meehuilen helpt.
                answer: false
              - question: Beschrijf een grens.
                model_answer: Situatie, Taak, Actie, Resultaat.
            """;

        Assert.Equal(["0e7f9ee0", "768c3b96", "d616881d", "399b802d"], Versions(yaml));
    }

    private static string[] Versions(string yaml) => [.. Read(yaml).Questions.Select(QuestionVersion.Of)];

    private static Quiz Read(string yaml)
    {
        var quiz = QuizReader.Read(yaml, 1, 0, out var problems);
        Assert.Empty(problems);
        return quiz!;
    }
}
