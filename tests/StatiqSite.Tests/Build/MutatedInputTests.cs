using System.Text.RegularExpressions;
using CsCheck;
using StatiqSite.Cli;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Build;

/// <summary>
/// Property tests (issue #13): mutated front matter, <c>_site.yml</c>, <c>_glossary.yml</c>, quiz blocks and Markdown
/// fed to the whole build never crash it. Every case ends in exit 0 or 1, every error has a <c>path:line:column</c>
/// in the input, a failed build leaves the old output as it was, and a case that takes more than
/// <see cref="CaseTimeout"/> fails (unbounded work, not speed). The cases come from a fixed seed, so a failure
/// is the same on every run; its message names the case's seed and input.
/// </summary>
public partial class MutatedInputTests
{
    private const int Cases = 100;
    private const ulong Seed = 13_2026_11_30;
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(60);

    private const string FrontMatter = "title: Grenzen stellen\ndescription: Wat een grens is.\norder: 2\nnav_title: Grenzen\n";
    private const string Body = "# Grenzen\n\nEen *grens* geeft [houvast](#grenzen) aan **empathie**.\n\n> Een citaat\n> - met een lijst\n\n| a | b |\n| - | - |\n| 1 | 2 |\n";
    private const string Quiz = "id: grenzen\ntitle: Test jezelf\nquestions:\n  - question: Wat doe je?\n    options:\n      - text: Niets\n        feedback: Jammer.\n      - text: Iets\n        correct: true\n  - question: Klopt dit?\n    type: truefalse\n    answer: false\n";
    private const string Settings = "title: Testsite\ndescription: Een site.\nlanguage: nl\nbase_url: https://example.org\n";
    private const string Glossary = "- term: Empathie\n  aliases: [empathisch, meevoelen]\n  definition: Je *inleven* in een ander.\n  behaviours:\n    - Luistert.\n  related: [grens]\n- term: Grens\n  definition: Wat je wel en niet doet.\n";

    /// <summary>Pieces inserted or repeated: what breaks YAML and Markdown parsers.</summary>
    private static readonly string[] Pieces =
    [
        "[", "]", "{", "}", ": ", "- ", "&a ", "*a", "!!binary ", "|", ">", "#", "'", "\"", "\n", "\n  ", "\t", "\0", "\\",
        "```", "```quiz\n", "---\n", "[a](", "](b)", "? ", ",", "%YAML 1.1\n", "<script>", "javascript:x", "../x.md", "`", "*", "_",
        "\u00e9", "\uFFFD", "\u202E", "1e999", "~", "!", "@", "\r", "    ",
    ];

    private static readonly Gen<Edit[]> Edits = Gen.Select(Gen.Int[0, 3], Gen.Double[0, 1], Gen.Double[0, 1], Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]), Gen.Int[1, 400])
        .Select((kind, at, length, piece, times) => new Edit(kind, at, length, piece, times))
        .Array[1, 5];

    [Fact]
    public Task Mutated_front_matter_never_crashes_the_build() => Check(edits => Site(FrontMatter.Mutate(edits), Body, Quiz, Settings, Glossary));

    [Fact]
    public Task Mutated_markdown_never_crashes_the_build() => Check(edits => Site(FrontMatter, Body.Mutate(edits), Quiz, Settings, Glossary));

    [Fact]
    public Task Mutated_quiz_blocks_never_crash_the_build() => Check(edits => Site(FrontMatter, Body, Quiz.Mutate(edits), Settings, Glossary));

    [Fact]
    public Task Mutated_site_settings_never_crash_the_build() => Check(edits => Site(FrontMatter, Body, Quiz, Settings.Mutate(edits), Glossary));

    [Fact]
    public Task Mutated_glossaries_never_crash_the_build() => Check(edits => Site(FrontMatter, Body, Quiz, Settings, Glossary.Mutate(edits)));

    private static Dictionary<string, string> Site(string frontMatter, string body, string quiz, string settings, string glossary) => new()
    {
        ["index.md"] = $"---\n{frontMatter}---\n{body}\n```quiz\n{quiz}```\n",
        ["_site.yml"] = settings,
        ["_glossary.yml"] = glossary,
    };

    private static async Task Check(Func<Edit[], Dictionary<string, string>> siteOf)
    {
        using var site = new TestSite(withSettings: false);
        for (var i = 0; i < Cases; i++)
        {
            var pcg = new PCG((uint)i, Seed);
            var seed = pcg.ToString();
            var files = siteOf(Edits.Generate(pcg, null, out _));
            foreach (var (path, text) in files)
            {
                site.Write(path, text);
            }

            try
            {
                await CheckCase(site);
            }
            catch (Exception e)
            {
                var input = string.Join("\n", files.Select(f => $"--- {f.Key}\n{f.Value}"));
                throw new Xunit.Sdk.XunitException($"case {i} (seed {seed}) failed: {e.Message}\n{input}", e);
            }
        }
    }

    private static async Task CheckCase(TestSite site)
    {
        var run = await CliRunner.RunAsync(site, "build").WaitAsync(CaseTimeout, TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode is CommandLine.Success or CommandLine.ContentErrors, $"exit {run.ExitCode}: {run.Error}");
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        var problems = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("Failed: ", StringComparison.Ordinal)).ToList();
        Assert.All(problems, line => Assert.Matches(Placed(), line));
        if (run.ExitCode == CommandLine.ContentErrors)
        {
            Assert.Equal(CliRunner.OldOutput, TestSite.Snapshot(site.OutputDirectory));
        }
        else
        {
            Assert.True(site.Exists("index.html"));
            Directory.Delete(site.OutputDirectory, recursive: true); // the next case starts from the old output again
        }
    }

    /// <summary>"path:line:column: message" with line and column from 1.</summary>
    [GeneratedRegex(@"^[^:\n]+:[1-9]\d*:[1-9]\d*: \S")]
    private static partial Regex Placed();
}

/// <summary>One change to a text: insert, delete, duplicate a line, or repeat a piece many times.</summary>
internal sealed record Edit(int Kind, double At, double Length, string Piece, int Times);

internal static class EditExtensions
{
    /// <summary>The text with the edits applied in order.</summary>
    public static string Mutate(this string text, Edit[] edits)
    {
        foreach (var edit in edits)
        {
            var at = (int)(edit.At * text.Length);
            text = edit.Kind switch
            {
                0 => text.Insert(at, edit.Piece),
                1 => text.Remove(at, (int)(edit.Length * (text.Length - at) / 4)),
                2 => text.Insert(at, LineAt(text, at)),
                _ => text.Insert(at, string.Concat(Enumerable.Repeat(edit.Piece, edit.Times))),
            };
        }

        return text;
    }

    private static string LineAt(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('\n', at);
        return text[start..(end < 0 ? text.Length : end + 1)];
    }
}
