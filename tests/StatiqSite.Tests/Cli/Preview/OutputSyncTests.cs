using StatiqSite.Cli.Preview;
using StatiqSite.Pipeline;

namespace StatiqSite.Tests.Cli.Preview;

public sealed class OutputSyncTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("statiqsite-sync-").FullName;

    private string Output => Path.Combine(_root, "output");

    [Fact]
    public void The_first_publish_writes_only_files_that_differ_from_the_disk_and_deletes_stale_ones()
    {
        Write("same.html", "zelfde");
        Write("changed.html", "oud");
        Write("gone/index.html", "weg");
        var untouched = File.GetLastWriteTimeUtc(Path.Combine(Output, "same.html"));

        var changes = new OutputSync().Publish([Doc("same.html", "zelfde"), Doc("changed.html", "nieuw"), Doc("new/index.html", "erbij")], Output);

        Assert.Equal(["changed.html", "gone/index.html", "new/index.html"], changes);
        Assert.Equal("nieuw", File.ReadAllText(Path.Combine(Output, "changed.html")));
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(Path.Combine(Output, "same.html")));
        Assert.False(Directory.Exists(Path.Combine(Output, "gone")));
    }

    [Fact]
    public void Later_publishes_write_what_changed_since_the_last_one()
    {
        var sync = new OutputSync();
        sync.Publish([Doc("a.html", "a"), Doc("b.html", "b"), Doc("logo.png", bytes: [1, 2])], Output);

        var changes = sync.Publish([Doc("a.html", "a"), Doc("b.html", "B"), Doc("logo.png", bytes: [1, 2])], Output);

        Assert.Equal(["b.html"], changes);
        Assert.Equal("B", File.ReadAllText(Path.Combine(Output, "b.html")));
        Assert.Equal(["a.html"], sync.Publish([Doc("a.html", "A")], Output).Take(1));
        Assert.False(File.Exists(Path.Combine(Output, "logo.png")));
    }

    [Fact]
    public void A_link_in_the_output_is_removed_without_touching_what_it_points_at()
    {
        Directory.CreateDirectory(Path.Combine(_root, "outside"));
        File.WriteAllText(Path.Combine(_root, "outside", "keep.txt"), "blijft");
        Directory.CreateDirectory(Output);
        Directory.CreateSymbolicLink(Path.Combine(Output, "link"), Path.Combine(_root, "outside"));

        new OutputSync().Publish([Doc("index.html", "start")], Output);

        Assert.False(Path.Exists(Path.Combine(Output, "link")));
        Assert.Equal("blijft", File.ReadAllText(Path.Combine(_root, "outside", "keep.txt")));
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static Document Doc(string destination, string content = "", byte[]? bytes = null) =>
        new() { Destination = destination, Content = content, Bytes = bytes is null ? (ReadOnlyMemory<byte>?)null : bytes };

    private void Write(string path, string text)
    {
        var full = Path.Combine(Output, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
