namespace StatiqSite.Theme;

/// <summary>Dates the Dutch way ("3 maart 2026"), independent of the machine's culture data.</summary>
public static class DutchDate
{
    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>Formats a date as day, Dutch month name, year.</summary>
    public static string Format(DateTimeOffset date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";
}
