using AngleSharp.Dom;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Quizzes;

/// <summary>The widget's HTML as the build writes it: a form that works without JavaScript.</summary>
public sealed class HtmlQuizRendererTests
{
    private const string Quiz = """
        ```quiz
        id: proef
        title: Test *jezelf*
        questions:
          - question: Wat is *professionele afstand*? <script>alert(1)</script>
            options:
              - text: Meeleven met grenzen
                correct: true
                feedback: Precies, zie [de uitleg](andere.md).
              - text: Kil zijn <img src=x onerror=alert(1)>
                feedback: Dat is afstandelijkheid.
            explanation: Het gaat om **balans**.
          - question: Welke passen?
            type: multiple
            options:
              - text: A
                correct: true
              - text: B
                correct: true
              - text: C
          - question: Meehuilen helpt.
            type: truefalse
            answer: false
          - question: Beschrijf een grens.
            type: reflection
            model_answer: Situatie, Taak, Actie, Resultaat.
        ```
        """;

    private static async Task<IElement> BuildQuiz(TestSite site)
    {
        site.Page("index.md", "Home", "Inleiding.\n\n" + Quiz + "\n").Page("andere.md", "Andere", "Geen quiz hier.\n");
        var report = await site.BuildAsync();
        Assert.Empty(Errors.Of(report, site));
        return site.Html("index.html").QuerySelector("[data-quiz]")!;
    }

    [Fact]
    public async Task Widget_root_carries_id_anchor_and_content_version()
    {
        using var site = new TestSite();
        var quiz = await BuildQuiz(site);

        Assert.Equal("proef", quiz.GetAttribute("data-quiz"));
        Assert.Equal("quiz-proef", quiz.Id);
        Assert.Matches("^[0-9a-f]{10}$", quiz.GetAttribute("data-quiz-version"));
        Assert.Equal("jezelf", quiz.QuerySelector("h2 em")!.TextContent);
    }

    [Fact]
    public async Task Each_question_is_a_fieldset_with_a_legend_and_labelled_controls()
    {
        using var site = new TestSite();
        var quiz = await BuildQuiz(site);

        var questions = quiz.QuerySelectorAll("form fieldset");
        Assert.Equal(["single", "multiple", "truefalse", "reflection"], questions.Select(q => q.GetAttribute("data-type")));
        Assert.All(questions, q => Assert.False(string.IsNullOrWhiteSpace(q.QuerySelector("legend")?.TextContent)));
        Assert.Equal(["radio", "radio"], questions[0].QuerySelectorAll("input").Select(i => i.GetAttribute("type")));
        Assert.Equal(["checkbox", "checkbox", "checkbox"], questions[1].QuerySelectorAll("input").Select(i => i.GetAttribute("type")));
        Assert.Equal(["Waar", "Niet waar"], questions[2].QuerySelectorAll("label").Select(l => l.TextContent.Trim()));
        Assert.NotNull(questions[3].QuerySelector("textarea"));
        foreach (var control in quiz.QuerySelectorAll("input, textarea"))
        {
            var label = quiz.QuerySelector($"label[for='{control.Id}']");
            Assert.False(string.IsNullOrWhiteSpace(label?.TextContent), $"{control.Id} has no label");
        }
    }

    [Fact]
    public async Task Without_javascript_each_question_reveals_its_answer_in_details()
    {
        using var site = new TestSite();
        var quiz = await BuildQuiz(site);

        var questions = quiz.QuerySelectorAll("fieldset");
        Assert.All(questions, q => Assert.Equal("Toon antwoord", q.QuerySelector("details > summary")!.TextContent));
        var first = questions[0].QuerySelector("details")!;
        Assert.Contains("Juist: Meeleven met grenzen", first.QuerySelector(".is-correct")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dat is afstandelijkheid.", first.TextContent, StringComparison.Ordinal);
        Assert.Equal("balans", first.QuerySelector(".quiz-explanation strong")!.TextContent);
        Assert.Contains("Juist: Niet waar", questions[2].QuerySelector("details .is-correct")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Situatie, Taak, Actie, Resultaat.", questions[3].QuerySelector("details")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_only_parts_are_hidden_and_the_live_region_exists_from_load()
    {
        using var site = new TestSite();
        var quiz = await BuildQuiz(site);

        Assert.All(quiz.QuerySelectorAll(".quiz-check, .quiz-retry, .quiz-feedback, .quiz-result"), e => Assert.True(e.HasAttribute("hidden")));
        var status = quiz.QuerySelector("[role=status]")!;
        Assert.Equal("polite", status.GetAttribute("aria-live"));
        Assert.Contains("Controleer", quiz.GetAttribute("data-quiz-strings"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_written_in_quiz_text_is_shown_as_text_and_never_runs()
    {
        using var site = new TestSite();
        var quiz = await BuildQuiz(site);

        Assert.Empty(quiz.QuerySelectorAll("script, img, [onerror]"));
        Assert.Contains("<script>alert(1)</script>", quiz.QuerySelector("legend")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", quiz.QuerySelectorAll("label")[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("professionele afstand", quiz.QuerySelector("legend em")!.TextContent);
    }

    [Fact]
    public async Task Links_in_quiz_text_are_rewritten_to_page_urls()
    {
        using var site = new TestSite();
        var quiz = await BuildQuiz(site);

        Assert.Equal("andere/index.html", quiz.QuerySelector(".quiz-feedback a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_broken_link_in_quiz_text_is_reported_at_its_line()
    {
        using var site = new TestSite().Page("index.md", "Home", "```quiz\nquestion: Zie [dit](weg.md).\nanswer: true\n```\n");

        var report = await site.BuildAsync(dryRun: true);

        Assert.Equal(["index.md:5:11: broken link 'weg.md': there is no page or file 'weg.md' in the input folder"], Errors.Of(report, site));
    }

    [Fact]
    public async Task Quiz_assets_are_added_only_to_pages_with_a_quiz()
    {
        using var site = new TestSite();
        await BuildQuiz(site);

        static IEnumerable<string> Assets(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll("link[rel=stylesheet], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);
        Assert.Contains(Assets(site.Html("index.html")), a => a.StartsWith("assets/css/quiz.", StringComparison.Ordinal));
        Assert.Contains(Assets(site.Html("index.html")), a => a.StartsWith("assets/js/quiz.", StringComparison.Ordinal));
        Assert.DoesNotContain(Assets(site.Html("andere/index.html")), a => a.Contains("quiz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_quiz_without_id_gets_the_page_slug_and_its_number_and_can_be_linked()
    {
        using var site = new TestSite()
            .Page("basis/grenzen.md", "Grenzen", "```quiz\nquestion: Een?\nanswer: true\n```\n\n```quiz\nquestion: Twee?\nanswer: false\n```\n")
            .Page("index.md", "Home", "[De tweede quiz](basis/grenzen.md#quiz-basis-grenzen-2)\n");

        var report = await site.BuildAsync();

        Assert.Empty(Errors.Of(report, site));
        Assert.Equal(["basis-grenzen-1", "basis-grenzen-2"], site.Html("basis/grenzen/index.html").QuerySelectorAll("[data-quiz]").Select(q => q.GetAttribute("data-quiz")));
    }
}
