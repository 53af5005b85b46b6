using StatiqSite.Cli.Preview;

namespace StatiqSite.Tests.Cli.Preview;

public sealed class OutputSyncTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("statiqsite-sync-").FullName;

    private string Staging => Path.Combine(_root, "staging");

    private string Output => Path.Combine(_root, "output");

    [Fact]
    public void Only_files_whose_bytes_changed_are_written_and_stale_files_are_deleted()
    {
        Write(Output, "same.html", "zelfde");
        Write(Output, "changed.html", "oud");
        Write(Output, "gone/index.html", "weg");
        Write(Staging, "same.html", "zelfde");
        Write(Staging, "changed.html", "nieuw");
        Write(Staging, "new/index.html", "erbij");
        var untouched = File.GetLastWriteTimeUtc(Path.Combine(Output, "same.html"));
        var sync = new OutputSync();

        sync.Publish(Staging, Output);

        Assert.Equal(["changed.html", "gone/index.html", "new/index.html"], sync.LastChanges);
        Assert.Equal("nieuw", File.ReadAllText(Path.Combine(Output, "changed.html")));
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(Path.Combine(Output, "same.html")));
        Assert.False(Directory.Exists(Path.Combine(Output, "gone")));
    }

    [Fact]
    public void A_link_in_the_output_is_removed_without_touching_what_it_points_at()
    {
        Write(_root, "outside/keep.txt", "blijft");
        Directory.CreateDirectory(Output);
        Directory.CreateSymbolicLink(Path.Combine(Output, "link"), Path.Combine(_root, "outside"));
        Write(Staging, "index.html", "start");

        new OutputSync().Publish(Staging, Output);

        Assert.False(Path.Exists(Path.Combine(Output, "link")));
        Assert.Equal("blijft", File.ReadAllText(Path.Combine(_root, "outside", "keep.txt")));
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static void Write(string folder, string path, string text)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
