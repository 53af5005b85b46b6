using System.Text;
using StatiqSite.Build;
using StatiqSite.Cli;

namespace StatiqSite.Tests.Support;

/// <summary>Runs the real command line on a <see cref="TestSite"/>, capturing what it prints.</summary>
public static class CliRunner
{
    /// <summary>What a previous build left in output/: tests check it survives a failed build byte for byte.</summary>
    public static readonly SortedDictionary<string, byte[]> OldOutput = new(StringComparer.Ordinal)
    {
        [OutputFolder.MarkerName] = Encoding.UTF8.GetBytes(OutputFolder.MarkerText),
        ["index.html"] = "<p>vorige build</p>"u8.ToArray(),
        ["basis/index.html"] = "<p>oud</p>"u8.ToArray(),
    };

    /// <summary>Runs <c>command</c> with the site's folders; output/ is first filled with <see cref="OldOutput"/>.</summary>
    public static async Task<CliRun> RunAsync(TestSite site, string command, params string[] extra)
    {
        foreach (var (path, bytes) in OldOutput)
        {
            var full = Path.Combine(site.OutputDirectory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllBytesAsync(full, bytes);
        }

        return await RunArgsAsync([command, "--input", site.InputDirectory, "--output", site.OutputDirectory, "--theme", Repository.Theme, .. extra]);
    }

    /// <summary>Runs the real command line with exactly these arguments, in the test's process.</summary>
    public static async Task<CliRun> RunArgsAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}

/// <summary>The outcome of a command-line run.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>The printed errors (not warnings, not the summary), with paths relative to the site's input folder.</summary>
    public IReadOnlyList<string> ErrorLines(TestSite site)
    {
        var prefix = site.InputDirectory + "/";
        return [.. Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => Path.IsPathRooted(line) ? line : Path.GetFullPath(line.Split(':')[0]) + line[line.IndexOf(':', StringComparison.Ordinal)..])
            .Where(line => line.StartsWith(prefix, StringComparison.Ordinal) && !line.Contains(": warning: ", StringComparison.Ordinal))
            .Select(line => line[prefix.Length..])];
    }
}
