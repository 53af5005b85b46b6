using System.Text;
using StatiqSite.Pipeline;

namespace StatiqSite.Cli;

/// <summary>
/// In a GitHub Actions run, every error and warning is also written as a workflow command
/// (<c>::error file=input/x.md,line=3,col=7::message</c>), which GitHub shows on that line of the pull request's
/// changed files. Paths are relative to the repository root (<c>GITHUB_WORKSPACE</c>, else the current folder).
/// </summary>
public static class GitHubAnnotations
{
    /// <summary>The variable GitHub Actions sets to <c>true</c> in every run.</summary>
    public const string ActionsVariable = "GITHUB_ACTIONS";

    /// <summary>The variable that holds the checked-out repository's folder.</summary>
    public const string WorkspaceVariable = "GITHUB_WORKSPACE";

    /// <summary>The repository root when running in GitHub Actions, else null (no annotations).</summary>
    public static string? WorkspaceFromEnvironment() =>
        Environment.GetEnvironmentVariable(ActionsVariable) == "true"
            ? Environment.GetEnvironmentVariable(WorkspaceVariable) is { Length: > 0 } workspace ? workspace : Directory.GetCurrentDirectory()
            : null;

    /// <summary>Writes one workflow command per diagnostic, paths relative to <paramref name="workspace"/>.</summary>
    public static void Write(IEnumerable<Diagnostic> diagnostics, TextWriter output, string workspace)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(Command(diagnostic, workspace));
        }
    }

    /// <summary>The workflow command of one diagnostic.</summary>
    public static string Command(Diagnostic diagnostic, string workspace)
    {
        var file = Path.GetRelativePath(Path.GetFullPath(workspace), Path.GetFullPath(diagnostic.Path)).Replace('\\', '/');
        var kind = diagnostic.Severity == Severity.Error ? "error" : "warning";
        return $"::{kind} file={EscapeProperty(file)},line={diagnostic.Line},col={diagnostic.Column}::{EscapeData(diagnostic.Message)}";
    }

    // The escaping of GitHub's toolkit (@actions/core, command.ts): data escapes '%', CR and LF; a property also ':' and ','.
    private static string EscapeData(string text) =>
        new StringBuilder(text).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    private static string EscapeProperty(string text) =>
        new StringBuilder(EscapeData(text)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
