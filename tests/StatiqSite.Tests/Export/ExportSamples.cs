using StatiqSite.Export;

namespace StatiqSite.Tests.Export;

/// <summary>Quizzes for the writers' tests: one question of every shape, and texts full of the formats' special characters.</summary>
public static class ExportSamples
{
    /// <summary>Every special character of GIFT and XML, and a backslash, in one piece of text.</summary>
    public const string Special = "a ~ b = c # d { e } f : g \\ h &lt;&amp;&gt;&quot; i";

    /// <summary>A quiz with one question of every shape; <paramref name="text"/> goes into every text.</summary>
    public static ExportQuiz EveryKind(string text = "tekst") => new("oefenen", "Oefenen " + text, "oefenen.md",
    [
        new ExportChoice("oefenen-1", "single", $"<p>Enkel {text}</p>", $"<p>Uitleg {text}</p>", 3, 5, false,
            [new ExportOption($"Goed {text}", true, null), new ExportOption($"Fout {text}", false, $"<p>Nee {text}</p>")]),
        new ExportChoice("oefenen-2", "multiple", $"<p>Meer {text}</p>", null, 10, 5, true,
            [new ExportOption("A", true, null), new ExportOption("B", true, "<p>ja</p>"), new ExportOption("C", true, null), new ExportOption("D", false, null)]),
        new ExportTrueFalse("oefenen-3", "truefalse", $"<p>Waar {text}</p>", $"<p>Omdat {text}</p>", 20, 5, false),
        new ExportEssay("oefenen-4", "reflection", $"<p>Beschrijf {text}</p>", null, 25, 5, $"<p>Model {text}</p>"),
        new ExportGaps("oefenen-5", "gaps", $"<p>Vul aan {text}</p>", null, 30, 5, [$"<p>Een ", $" {text}</p>"], [["competentie", "Competentie {x}"]]),
        new ExportGaps("oefenen-6", "gaps", "<p>Twee gaten</p>", null, 35, 5, ["<p>", " en ", "</p>"], [["a"], ["b", "c"]]),
        new ExportMatching("oefenen-7", "matching", $"<p>Koppel {text}</p>", null, 40, 5,
            [new ExportPair($"Links {text}", "Rechts = 1"), new ExportPair("Tweede", "Rechts 2")]),
        new ExportOrdering("oefenen-8", "ordering", $"<p>Orden {text}</p>", null, 50, 5, ["Eerst", $"Dan {text}", "Laatst"]),
    ]);
}
