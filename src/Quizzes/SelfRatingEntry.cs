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
/// <param name="Key">Its key in the reader's progress (<see cref="KeyOf"/>).</param>
/// <param name="Text">The statement as plain text.</param>
public sealed record StatementEntry(string Key, string Text)
{
    /// <summary>
    /// The key a rating of <paramref name="statement"/> (its Markdown as written, trimmed) is kept under: the first 8
    /// hex digits of its SHA-256. An edited statement gets a new key, so only its own rating is dropped.
    /// </summary>
    public static string KeyOf(string statement) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(statement.Trim())))[..8];
}
