using System.Globalization;

namespace StatiqSite.Export;

/// <summary>
/// The weight of an option of a multiple choice question in percent, the same in every format: the right options
/// share +100 %, the wrong ones -100 %, so a reader who ticks every option scores nothing. With up to ten options
/// these are all weights Moodle accepts (100, 50, 33.33333, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10).
/// </summary>
public static class Weights
{
    /// <summary>The weight of <paramref name="option"/> in percent.</summary>
    public static double Of(ExportChoice question, ExportOption option)
    {
        var count = question.Options.Count(o => o.Correct == option.Correct);
        return (option.Correct ? 100.0 : -100.0) / count;
    }

    /// <summary>A weight as Moodle writes it: at most five decimals, invariant culture.</summary>
    public static string Format(double percent) => Math.Round(percent, 5).ToString("0.#####", CultureInfo.InvariantCulture);
}
