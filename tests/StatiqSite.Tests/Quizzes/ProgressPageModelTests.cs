using AngleSharp.Html.Parser;
using StatiqSite.Quizzes;
using StatiqSite.Tests.Support;
using StatiqSite.Theme;

namespace StatiqSite.Tests.Quizzes;

/// <summary>
/// The theme's <c>partials/progress/page.liquid</c> with a <see cref="ProgressPageModel"/>: the self-ratings part of
/// /voortgang/ (a chart and a table per rating, with the same statements) and what the page says without quizzes.
/// </summary>
public sealed class ProgressPageModelTests
{
    private static readonly QuizStrings Strings = new(ThemeStrings.Load(Repository.Theme, QuizStrings.Widget, "nl", QuizStrings.Required).Strings!);

    private static AngleSharp.Dom.IDocument Render(ProgressPageModel model)
    {
        var (theme, errors) = ThemeTemplates.Parse(Repository.Theme);
        Assert.Empty(errors);
        return new HtmlParser().ParseDocument(theme!.RenderPartial(GenerateProgressPage.Partial, model));
    }

    private static ProgressSelfRating Rating(string quiz, params string[] statements) =>
        new(quiz, "1", "abcd1234", $"../p/index.html#{quiz}-v1", "Hoe goed beheers je dit?", "[\"Nog niet\",\"Altijd\"]",
            [.. statements.Zip(StatementEntry.KeysOf(statements), (s, key) => new StatementEntry(key, s))]);

    [Fact]
    public void Each_self_rating_has_a_hidden_chart_bar_and_a_table_row_per_statement_with_the_same_keys()
    {
        var competency = new ProgressCompetency("professionele-afstand", "Professionele afstand",
            [Rating("een", "Ik luister <goed>.", "Ik stel grenzen."), Rating("twee", "Ik vraag hulp.")]);

        var page = Render(new ProgressPageModel(Strings.Values, Strings.Json, [], null, [competency]));

        var group = page.QuerySelector("[data-competency='professionele-afstand']")!;
        Assert.Equal("Professionele afstand", group.QuerySelector("h3")!.TextContent);
        var first = group.QuerySelectorAll(".selfrating-result")[0];
        Assert.Equal("true", first.QuerySelector("svg")!.GetAttribute("aria-hidden"));
        var rows = first.QuerySelectorAll("tbody tr");
        Assert.Equal(["Ik luister <goed>.", "Ik stel grenzen."], rows.Select(r => r.QuerySelector("th[scope=row]")!.TextContent));
        Assert.Equal(rows.Select(r => r.GetAttribute("data-statement-key")), first.QuerySelectorAll("svg g").Select(g => g.GetAttribute("data-statement-key")));
        Assert.Equal("Professionele afstand: je inschatting per uitspraak", first.QuerySelector("caption")!.TextContent);
        Assert.Equal("[\"Nog niet\",\"Altijd\"]", first.GetAttribute("data-scale"));
        Assert.Equal("0 0 100 20", first.QuerySelector("svg")!.GetAttribute("viewBox"));
        Assert.Equal(2, group.QuerySelectorAll(".selfrating-result").Length);
        Assert.Contains("zelfbeoordelingen", page.QuerySelector(".quiz-progress-nojs")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_self_ratings_the_page_has_no_self_rating_section_and_without_quizzes_it_says_so()
    {
        var page = Render(new ProgressPageModel(Strings.Values, Strings.Json, [], "../begrippen/oefenen/index.html", []));

        Assert.Null(page.QuerySelector(".progress-zelfbeoordeling"));
        Assert.DoesNotContain("zelfbeoordelingen", page.QuerySelector(".quiz-progress-nojs")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("p"), p => p.TextContent == Strings[QuizStrings.ProgressNone]);
        Assert.Equal("../begrippen/oefenen/index.html", page.QuerySelector(".progress-flashcards a")!.GetAttribute("href"));
    }
}
