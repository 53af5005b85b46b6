using Markdig;
using StatiqSite.Markdown;

namespace StatiqSite.Tests.Markdown;

/// <summary>The bracket limit: counted per paragraph, escapes and blank lines as Markdown reads them.</summary>
public sealed class MarkdownLimitsTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();
    private static readonly string TooMany = new('[', MarkdownLimits.MaxOpenBrackets + 1);
    private static readonly string Half = new('(', (MarkdownLimits.MaxOpenBrackets / 2) + 1);

    [Fact]
    public void One_bracket_too_many_is_reported_where_it_opens()
    {
        var syntax = MarkdownLimits.Parse("Tekst.\n\nab " + TooMany + "\n", Pipeline, out var problem);

        Assert.Null(syntax);
        Assert.Equal((2, 3 + MarkdownLimits.MaxOpenBrackets), (problem!.Line, problem.Column));
    }

    [Theory]
    [InlineData("\n\n")] // a blank line ends the paragraph
    [InlineData("\n \t \n")] // a line of spaces is blank too
    public void Brackets_of_another_paragraph_do_not_count(string between)
    {
        Assert.NotNull(MarkdownLimits.Parse(Half + between + Half, Pipeline, out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void Brackets_on_the_lines_of_one_paragraph_add_up()
    {
        MarkdownLimits.Parse(Half + "\ntekst " + Half, Pipeline, out var problem);

        Assert.NotNull(problem);
        Assert.Equal(1, problem!.Line);
    }

    [Fact]
    public void Escaped_and_closed_brackets_do_not_count()
    {
        var escaped = string.Concat(Enumerable.Repeat("\\[", MarkdownLimits.MaxOpenBrackets * 2));
        var closed = string.Concat(Enumerable.Repeat("[a](b) ", MarkdownLimits.MaxOpenBrackets * 2));

        Assert.NotNull(MarkdownLimits.Parse(escaped + "\n" + closed, Pipeline, out var problem));
        Assert.Null(problem);
    }
}
