using System.Security.Cryptography;
using System.Text;

namespace StatiqSite.Quizzes.Kinds;

/// <summary>
/// A shuffled order that is the same in every build: derived from a hash of the quiz id and the question key,
/// never from a random number, so output stays byte-identical and a reader sees the order they saw before.
/// </summary>
public static class QuizShuffle
{
    /// <summary>The positions 0..<paramref name="count"/>-1 in the order of <paramref name="seed"/>.</summary>
    public static int[] Order(string seed, int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        for (var i = count - 1; i > 0; i--)
        {
            // Fisher-Yates with two bytes of the hash per step; more steps than bytes hash the hash again.
            var at = 2 * (count - 1 - i) % bytes.Length;
            if (at == 0 && i != count - 1)
            {
                bytes = SHA256.HashData(bytes);
            }

            var j = ((bytes[at] << 8) | bytes[at + 1]) % (i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    /// <summary>
    /// Like <see cref="Order"/>, but never the written order (for ordering and matching, where that would give the
    /// answer away): when the hash gives it, the order is rotated by one.
    /// </summary>
    public static int[] Mixed(string seed, int count)
    {
        var order = Order(seed, count);
        return order.Select((p, i) => p == i).All(same => same) ? [.. order.Skip(1), order[0]] : order;
    }
}
