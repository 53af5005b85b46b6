using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using StatiqSite.Content;
using StatiqSite.Pipeline;

namespace StatiqSite.Modules;

/// <summary>
/// Sets each page's "Laatst bijgewerkt" date from the last git commit that touched its source file, with one
/// <c>git log</c> call for the whole input folder. Without git, or outside a repository, pages get no date.
/// The dates are read once per instance: saving a file does not change them, and the preview rebuilds often.
/// Writes: <see cref="Keys.LastModified"/>.
/// </summary>
public sealed class ReadGitDates : Module
{
    private (string Folder, Dictionary<string, DateTimeOffset> Dates)? _read;

    /// <inheritdoc />
    protected override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var folder = Path.GetFullPath(context.Settings.InputDirectory);
        if (_read?.Folder != folder)
        {
            _read = (folder, Read(folder));
        }

        var dates = _read.Value.Dates;
        return dates.Count == 0
            ? inputs
            : [.. inputs.Select(d => d.Source is not null && dates.TryGetValue(d.Source, out var date) ? d.With(Keys.LastModified, (DateTimeOffset?)date) : d)];
    }

    /// <summary>Input-relative path to the date of its newest commit; empty when git is unavailable.</summary>
    public static Dictionary<string, DateTimeOffset> Read(string inputDirectory)
    {
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        try
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = Path.GetFullPath(inputDirectory),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList = { "log", "--format=@%cI", "--name-only", "--relative", "--no-renames", "--", "." },
            };
            using var git = Process.Start(start);
            if (git is null)
            {
                return dates;
            }

            _ = git.StandardError.ReadToEndAsync();
            DateTimeOffset? current = null;
            while (git.StandardOutput.ReadLine() is { } line)
            {
                if (line.StartsWith('@'))
                {
                    current = DateTimeOffset.Parse(line[1..], CultureInfo.InvariantCulture);
                }
                else if (line.Length > 0 && current is { } date)
                {
                    dates.TryAdd(line, date);
                }
            }

            git.WaitForExit();
            return git.ExitCode == 0 ? dates : [];
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return dates;
        }
    }
}
