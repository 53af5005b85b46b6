using System.Text.Json;
using StatiqSite.Search;

namespace StatiqSite.Tests.Search;

public class SearchIndexFilesTests
{
    private static SearchEntry Entry(string destination, string title, string text, SearchEntryKind kind = SearchEntryKind.Page, string anchor = "", string heading = "") =>
        new(kind, destination, anchor, title, heading, text);

    private static readonly SearchEntry[] Entries =
    [
        Entry("index.html", "Afstand bewaren", "Over grenzen en afspraken met de cliënt."),
        Entry("basis/index.html", "Grenzen stellen", "Een grens stellen is lastig.", SearchEntryKind.Section, "grens", "Waar ligt je grens?"),
        Entry("begrippen/index.html", "Empathie", "Het vermogen je in te leven.", SearchEntryKind.Term, "empathie", "Begrip"),
    ];

    private static JsonElement Json(IReadOnlyList<(string Path, string Json)> files, string path) =>
        IndexScript.Data(path, files.Single(f => f.Path == path).Json);

    [Fact]
    public void A_small_index_is_a_manifest_one_shard_and_one_chunk()
    {
        var files = new SearchIndexFiles().Write(Entries);

        Assert.Equal(3, files.Count);
        var manifest = Json(files, SearchIndexFiles.Manifest);
        Assert.Equal(3, manifest.GetProperty("entries").GetInt32());
        Assert.Equal("", manifest.GetProperty("terms")[0][0].GetString());
        Assert.Matches(@"^terms-0\.[0-9a-f]{10}\.js$", manifest.GetProperty("terms")[0][1].GetString());
        Assert.Contains("de", manifest.GetProperty("stopWords").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public void Postings_hold_id_gaps_and_scores_and_titles_weigh_more_than_text()
    {
        var files = new SearchIndexFiles().Write(Entries);
        var shard = Json(files, "search/" + Json(files, SearchIndexFiles.Manifest).GetProperty("terms")[0][1].GetString());

        // "grenzen" (text of 0, title of 1) and "grens" (text and heading of 1) are one term.
        Assert.Equal([0, 1, 1, 2 + 6 + 1], shard.GetProperty("grens").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([2, 10], shard.GetProperty("empathie").EnumerateArray().Select(e => e.GetInt32()));
        Assert.False(shard.TryGetProperty("de", out _));
        Assert.False(shard.TryGetProperty("met", out _));
    }

    [Fact]
    public void Entries_are_stored_with_kind_url_anchor_title_heading_and_text()
    {
        var files = new SearchIndexFiles().Write(Entries);
        var chunk = Json(files, "search/" + Json(files, SearchIndexFiles.Manifest).GetProperty("docs")[0][1].GetString());

        Assert.Equal(["t", "begrippen/index.html", "empathie", "Empathie", "Begrip", "Het vermogen je in te leven."],
            chunk[2].EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Ids_run_on_across_scoring_batches_and_entries_without_terms_take_none()
    {
        // More entries than one scoring batch (1,024), with an entry without any index term in each batch.
        var entries = Enumerable.Range(0, 2500)
            .Select(i => i % 1000 == 7 ? Entry($"x{i}/index.html", "x", "de") : Entry($"p{i}/index.html", $"Pagina {i}", $"uniek{i}"))
            .ToList();

        var files = new SearchIndexFiles(shardBudget: int.MaxValue, chunkBudget: int.MaxValue).Write(entries);

        var manifest = Json(files, SearchIndexFiles.Manifest);
        Assert.Equal(2497, manifest.GetProperty("entries").GetInt32());
        var shard = Json(files, "search/" + manifest.GetProperty("terms")[0][1].GetString());
        var stored = Json(files, "search/" + manifest.GetProperty("docs")[0][1].GetString());
        // Entry 2,100 is the 2,098th with terms (7, 1,007 and 2,007 have none): its id is 2,097.
        Assert.Equal(2097, shard.GetProperty("uniek2100")[0].GetInt32());
        Assert.Equal("p2100/index.html", stored[2097][1].GetString());
    }

    [Fact]
    public void A_large_index_is_split_by_term_prefix_and_entry_range()
    {
        var entries = Enumerable.Range(0, 300).Select(i => Entry($"p{i}/index.html", $"Pagina {i}", $"woord{i} anders{i} tekst grens")).ToList();

        var files = new SearchIndexFiles(shardBudget: 2_000, chunkBudget: 2_000).Write(entries);

        var manifest = Json(files, SearchIndexFiles.Manifest);
        var prefixes = manifest.GetProperty("terms").EnumerateArray().Select(t => t[0].GetString()!).ToList();
        Assert.Contains(prefixes, p => p.Length > 1);
        Assert.DoesNotContain("", prefixes);
        Assert.All(prefixes, p => Assert.InRange(p.Length, 1, SearchShards.MaximumPrefix));
        Assert.Equal(prefixes.Order(StringComparer.Ordinal), prefixes);
        foreach (var (prefix, file) in manifest.GetProperty("terms").EnumerateArray().Select(t => (t[0].GetString()!, t[1].GetString()!)))
        {
            Assert.All(Json(files, "search/" + file).EnumerateObject(), term => Assert.StartsWith(prefix, term.Name, StringComparison.Ordinal));
        }

        var starts = manifest.GetProperty("docs").EnumerateArray().Select(d => d[0].GetInt32()).ToList();
        Assert.True(starts.Count > 5);
        Assert.Equal(0, starts[0]);
        var stored = manifest.GetProperty("docs").EnumerateArray().Sum(d => Json(files, "search/" + d[1].GetString()).GetArrayLength());
        Assert.Equal(300, stored);
    }

    [Fact]
    public void Every_term_is_in_exactly_the_shard_the_browser_looks_in()
    {
        var entries = Enumerable.Range(0, 200).Select(i => Entry($"p{i}/index.html", $"Titel {i}", $"a{i} ab{i} abc{i} abcd{i} b{i}")).ToList();
        var files = new SearchIndexFiles(shardBudget: 500).Write(entries);
        var shards = Json(files, SearchIndexFiles.Manifest).GetProperty("terms").EnumerateArray()
            .Select(t => (Prefix: t[0].GetString()!, Terms: Json(files, "search/" + t[1].GetString()).EnumerateObject().Select(p => p.Name).ToList())).ToList();

        foreach (var term in shards.SelectMany(s => s.Terms))
        {
            // The browser loads the shards whose prefix starts with the term or is a prefix of it.
            var looked = shards.Where(s => s.Prefix.StartsWith(term, StringComparison.Ordinal) || term.StartsWith(s.Prefix, StringComparison.Ordinal));
            Assert.Single(looked, s => s.Terms.Contains(term));
        }
    }

    [Fact]
    public void Long_texts_are_cut_at_a_space_for_snippets_but_fully_indexed()
    {
        var text = string.Join(' ', Enumerable.Repeat("woord", 100)) + " slotzin";
        var files = new SearchIndexFiles(textLimit: 50).Write([Entry("index.html", "T", text)]);
        var manifest = Json(files, SearchIndexFiles.Manifest);

        var stored = Json(files, "search/" + manifest.GetProperty("docs")[0][1].GetString())[0][5].GetString()!;
        Assert.True(stored.Length <= 50 && stored.EndsWith("woord", StringComparison.Ordinal), stored);
        Assert.True(Json(files, "search/" + manifest.GetProperty("terms")[0][1].GetString()).TryGetProperty("slotzin", out _));
    }

    [Fact]
    public void A_term_in_too_many_entries_keeps_its_best_ones_in_id_order()
    {
        var entries = Enumerable.Range(0, 10).Select(i => Entry($"p{i}/index.html", i is 3 or 7 ? "Afstand" : "Titel", "afstand")).ToList();

        var postings = SearchPostings.Of(entries, limit: 3);

        Assert.Equal([(0, 1), (3, 11), (7, 11)], postings["afstand"]);
        Assert.Equal([0, 1, 2], postings["titel"].Select(p => p.Id));
    }

    [Fact]
    public void The_same_entries_give_the_same_files()
    {
        Assert.Equal(new SearchIndexFiles().Write(Entries), new SearchIndexFiles().Write([.. Entries]));
    }

    [Fact]
    public void Remembered_scores_give_the_same_files_as_scoring_afresh_after_an_entry_changed()
    {
        var files = new SearchIndexFiles();
        files.Write(Entries, remember: true);
        List<SearchEntry> changed = [Entry("nieuw/index.html", "Nieuw", "grenzen bewaken"), .. Entries.Skip(1)];

        Assert.Equal(new SearchIndexFiles().Write(changed), files.Write(changed, remember: true));
    }
}
