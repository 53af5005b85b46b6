using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace StatiqSite.Quizzes;

/// <summary>
/// What a self-rating records for <c>/voortgang/</c>, which shows the reader's latest rating per competency: the
/// competency (a glossary term, when the statements are its <c>behaviours</c>), the statements and the scale.
/// </summary>
/// <param name="CompetencyId">The glossary id of <c>behaviours_of</c>, or null for a rating of its own <c>statements</c>.</param>
/// <param name="Competency">The term as displayed, or, without one, the question as plain text.</param>
/// <param name="Statements">The statements in order.</param>
/// <param name="Scale">The scale's labels, low to high.</param>
public sealed record SelfRatingEntry(string? CompetencyId, string Competency, ImmutableArray<StatementEntry> Statements, ImmutableArray<string> Scale);

/// <summary>One statement of a self-rating.</summary>
/// <param name="Key">Its key in the reader's progress (<see cref="KeysOf"/>).</param>
/// <param name="Text">The statement as plain text.</param>
public sealed record StatementEntry(string Key, string Text)
{
    /// <summary>
    /// The keys the ratings of <paramref name="statements"/> (their Markdown as written, trimmed) are kept under: the
    /// first 8 hex digits of each one's SHA-256, so an edited statement gets a new key and only its own rating is
    /// dropped. A statement written twice gets its occurrence in the hash the second time, so every key is unique.
    /// </summary>
    public static IReadOnlyList<string> KeysOf(IEnumerable<string> statements)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. statements.Select(s => s.Trim()).Select(s =>
        {
            var n = seen[s] = seen.GetValueOrDefault(s) + 1;
            return Hash(n == 1 ? s : $"{s}\u001f{n}");
        })];
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
}
