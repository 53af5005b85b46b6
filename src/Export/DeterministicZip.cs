using System.IO.Compression;

namespace StatiqSite.Export;

/// <summary>
/// A zip whose bytes depend on its entries alone: entries in the given order, every entry dated
/// <see cref="Timestamp"/>, no extra fields, no permissions. The same quiz gives the same package on every build.
/// Entries are deflated at the fastest level: they are a few kilobytes of XML each, which the best level makes only
/// slightly smaller, for several times the time (a quiz on every page of a large site gets a package each).
/// </summary>
public static class DeterministicZip
{
    /// <summary>The date of every entry (a zip stores local date and time without zone; this one is fixed).</summary>
    public static readonly DateTimeOffset Timestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A zip of <paramref name="entries"/>, in that order.</summary>
    public static byte[] Create(IEnumerable<(string Name, byte[] Bytes)> entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                entry.LastWriteTime = Timestamp;
                entry.ExternalAttributes = 0;
                using var content = entry.Open();
                content.Write(bytes);
            }
        }

        return stream.ToArray();
    }
}
