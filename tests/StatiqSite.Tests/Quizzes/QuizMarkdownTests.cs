using StatiqSite.Quizzes;

namespace StatiqSite.Tests.Quizzes;

public class QuizMarkdownTests
{
    private static QuizText Text(string markdown) => new(markdown, 1, 1, QuizMarkdown.Parse(markdown, out _)!);

    [Fact]
    public void Inline_text_has_no_paragraphs_and_joins_them_with_a_space()
    {
        Assert.Equal("Een <em>korte</em> vraag. Tweede alinea.", QuizMarkdown.Inline(Text("Een *korte* vraag.\n\nTweede alinea.")));
    }

    [Fact]
    public void Block_text_keeps_paragraphs_and_lists()
    {
        Assert.Equal("<p>Uitleg.</p>\n<ul>\n<li>een</li>\n<li>twee</li>\n</ul>", QuizMarkdown.Block(Text("Uitleg.\n\n- een\n- twee")));
    }

    [Fact]
    public void Texts_rendered_one_after_another_on_a_thread_do_not_leak_into_each_other()
    {
        // The renderers are reused per thread: each text must come out as if rendered alone, whatever came before.
        var alone = QuizMarkdown.Inline(Text("Wat doe je **nu**?"));
        QuizMarkdown.Block(Text("> Citaat\n\n1. een\n2. twee\n\n```\ncode\n```"));
        QuizMarkdown.Inline(Text("Geen regeleinde aan het eind"));

        Assert.Equal(alone, QuizMarkdown.Inline(Text("Wat doe je **nu**?")));
        Assert.Equal("Wat doe je <strong>nu</strong>?", alone);
        Assert.Equal("<p>Tekst met <code>&lt;script&gt;</code> en &lt;b&gt;rauw&lt;/b&gt;.</p>", QuizMarkdown.Block(Text("Tekst met `<script>` en <b>rauw</b>.")));
    }
}
