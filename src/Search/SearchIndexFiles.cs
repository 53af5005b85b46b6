using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StatiqSite.Content;

namespace StatiqSite.Search;

/// <summary>
/// Writes the index as static script files below <c>search/</c> (format in docs/search.md):
/// <c>index.js</c>, the manifest, loaded on the search box's first focus; the inverted index in shards by
/// term prefix (<c>terms-N.hash.js</c>); the entries in chunks by id (<c>docs-N.hash.js</c>). A small site
/// gets one shard and one chunk; a shard or chunk over its budget is split, so a query loads what it needs.
/// Each file is one call, <c>siteSearch.loaded("name", JSON)</c>: search.js adds it as a <c>&lt;script&gt;</c>,
/// which works from <c>file://</c> too (where <c>fetch</c> does not). Same entries in, same bytes out.
/// </summary>
public sealed class SearchIndexFiles
{
    /// <summary>The folder of the index in the output.</summary>
    public const string Folder = "search/";

    /// <summary>The manifest's path in the output; the search box names it in <c>data-search-index</c>.</summary>
    public const string Manifest = Folder + "index.js";

    /// <summary>The format version, raised on every change the browser must know about.</summary>
    public const int Format = 2;

    /// <summary>The function of search.js that every index file calls with its own name and its data.</summary>
    public const string Callback = "siteSearch.loaded";

    // Entries scored at once: enough to keep both cores busy, few enough that their score tables stay small.
    private const int ScoringBatch = 1024;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // The scores of the last call's entries, when it was asked to remember them; never changed after scoring.
    // Only read while scoring in parallel, then replaced as a whole. By reference: the preview's unchanged pages
    // keep their entry objects (see CollectSearchEntries), and hashing every entry's text would cost more than a
    // miss, which only scores the entry again.
    private Dictionary<SearchEntry, IReadOnlyDictionary<string, int>> _scores = new(ReferenceEqualityComparer.Instance);

    /// <summary>Shard and chunk budgets in bytes of JSON before compression, stored text and postings per term.</summary>
    public SearchIndexFiles(int shardBudget = 48_000, int chunkBudget = 16_000, int textLimit = 1_500, int postingLimit = 2_500)
    {
        PostingLimit = postingLimit;
        ShardBudget = shardBudget;
        ChunkBudget = chunkBudget;
        TextLimit = textLimit;
    }

    /// <summary>A shard of terms larger than this is split by one more character of prefix (up to three).</summary>
    public int ShardBudget { get; }

    /// <summary>A chunk of entries is closed once it is larger than this.</summary>
    public int ChunkBudget { get; }

    /// <summary>A term keeps at most this many entries, its best (see <see cref="SearchPostings.Of"/>).</summary>
    public int PostingLimit { get; }

    /// <summary>Entry text is stored for snippets up to this many characters; all of it is indexed.</summary>
    public int TextLimit { get; }

    /// <summary>
    /// The files of the index: output path and script text, the manifest first. Entries without any index term (a
    /// heading of one letter, say) are left out.
    /// </summary>
    /// <param name="all">The entries, in index order.</param>
    /// <param name="remember">
    /// Keep each entry's scores for the next call, so an entry object of the last call is not scored again (the
    /// preview, where a rebuild changes a few pages and the others keep their entries).
    /// </param>
    public IReadOnlyList<(string Path, string Json)> Write(IReadOnlyList<SearchEntry> all, bool remember = false) =>
        [.. WriteUtf8(all, remember).Select(f => (f.Path, Encoding.UTF8.GetString(f.Utf8)))];

    /// <summary>
    /// As <see cref="Write"/>, the scripts as UTF-8: what is written to disk, and half the memory of text, which
    /// counts for a large site's index.
    /// </summary>
    /// <param name="all">The entries, in index order.</param>
    /// <param name="remember">As for <see cref="Write"/>.</param>
    public IReadOnlyList<(string Path, byte[] Utf8)> WriteUtf8(IReadOnlyList<SearchEntry> all, bool remember = false)
    {
        var last = _scores;
        _scores = new(ReferenceEqualityComparer.Instance);
        var entries = new List<SearchEntry>(all.Count);
        var gatherer = new SearchPostings.Gatherer();
        // Scored in parallel a batch at a time, gathered in order: only one batch's score tables live at once.
        for (var start = 0; start < all.Count; start += ScoringBatch)
        {
            var batch = all.Skip(start).Take(ScoringBatch).AsParallel().AsOrdered()
                .Select(e => (Entry: e, Scores: last.TryGetValue(e, out var known) ? known : EntryScores.Of(e)))
                .ToList();
            foreach (var (entry, scores) in batch)
            {
                if (remember)
                {
                    _scores.TryAdd(entry, scores);
                }

                // An entry without any index term (a heading of one letter, say) is left out.
                if (scores.Count > 0)
                {
                    entries.Add(entry);
                    gatherer.Add(scores);
                }
            }
        }

        var shards = SearchShards.Split(gatherer.Postings(PostingLimit), ShardBudget)
            .Select((shard, i) => (shard.Prefix, Path: Named("terms", i, shard.Json), shard.Json)).ToList();
        var chunks = Chunks(entries)
            .Select((chunk, i) => (chunk.Start, Path: Named("docs", i, chunk.Json), chunk.Json)).ToList();
        var manifest = ManifestJson(entries.Count, [.. shards.Select(s => (s.Prefix, s.Path))], [.. chunks.Select(c => (c.Start, c.Path))]);
        var files = new List<(string Path, byte[] Utf8)> { (Manifest, Script(Manifest, manifest)) };
        files.AddRange(shards.Select(s => (s.Path, Script(s.Path, s.Json))));
        files.AddRange(chunks.Select(c => (c.Path, Script(c.Path, c.Json))));
        return files;
    }

    // Named by a hash of the data alone, so the name can be written into the file it names.
    private static string Named(string kind, int number, byte[] json) =>
        $"{Folder}{kind}-{number}.{Convert.ToHexStringLower(SHA256.HashData(json))[..10]}.js";

    /// <summary>
    /// The file at <paramref name="path"/> holding <paramref name="json"/>: <c>siteSearch.loaded("name",json);</c>.
    /// JSON is a valid script expression; the name tells search.js which of the files it asked for has arrived.
    /// </summary>
    private static byte[] Script(string path, byte[] json)
    {
        var head = Encoding.UTF8.GetBytes($"{Callback}({JsonSerializer.Serialize(path[Folder.Length..], SiteJson.Default.String)},");
        return [.. head, .. json, .. ");\n"u8];
    }

    private IEnumerable<(int Start, byte[] Json)> Chunks(IReadOnlyList<SearchEntry> entries)
    {
        var start = 0;
        using var stream = new MemoryStream();
        var writer = new Utf8JsonWriter(stream, Options);
        writer.WriteStartArray();
        for (var id = 0; id < entries.Count; id++)
        {
            WriteEntry(writer, entries[id]);
            writer.Flush();
            if (stream.Length > ChunkBudget || id == entries.Count - 1)
            {
                writer.WriteEndArray();
                writer.Flush();
                yield return (start, stream.ToArray());
                start = id + 1;
                stream.SetLength(0);
                writer.Reset(stream);
                writer.WriteStartArray();
            }
        }

        writer.Dispose();
    }

    private void WriteEntry(Utf8JsonWriter writer, SearchEntry entry)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(KindCode(entry.Kind));
        writer.WriteStringValue(entry.Destination);
        writer.WriteStringValue(entry.Anchor);
        writer.WriteStringValue(entry.Title);
        writer.WriteStringValue(entry.Heading);
        writer.WriteStringValue(Cut(entry.Text));
        writer.WriteEndArray();
    }

    /// <summary>The one-letter code of a kind in the index: p, s, t, q.</summary>
    public static string KindCode(SearchEntryKind kind) => kind switch
    {
        SearchEntryKind.Page => "p",
        SearchEntryKind.Section => "s",
        SearchEntryKind.Term => "t",
        _ => "q",
    };

    private string Cut(string text)
    {
        if (text.Length <= TextLimit)
        {
            return text;
        }

        var end = text.LastIndexOf(' ', TextLimit);
        return text[..(end > 0 ? end : TextLimit)];
    }

    private static byte[] ManifestJson(int count, List<(string Prefix, string Path)> shards, List<(int Start, string Path)> chunks)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("format", Format);
            writer.WriteNumber("entries", count);
            writer.WriteStartArray("stopWords");
            foreach (var word in StopWords.All)
            {
                writer.WriteStringValue(word);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("terms");
            foreach (var (prefix, path) in shards)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(prefix);
                writer.WriteStringValue(path[Folder.Length..]);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("docs");
            foreach (var (start, path) in chunks)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(start);
                writer.WriteStringValue(path[Folder.Length..]);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}
