using System.Collections.Concurrent;

namespace StatiqSite.Pipeline;

/// <summary>
/// Collects every problem of a build (from parallel modules), so they can all be reported at once.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    /// <summary>Maps an input-relative path to the path printed in messages.</summary>
    public Func<string, string> DisplayPath { get; init; } = path => path;

    /// <summary>Reports an error at a place in an input file.</summary>
    public void Error(string inputPath, int line, int column, string message) =>
        _items.Add(new Diagnostic(DisplayPath(inputPath), Math.Max(1, line), Math.Max(1, column), Severity.Error, message));

    /// <summary>Reports a warning at a place in an input file.</summary>
    public void Warning(string inputPath, int line, int column, string message) =>
        _items.Add(new Diagnostic(DisplayPath(inputPath), Math.Max(1, line), Math.Max(1, column), Severity.Warning, message));

    /// <summary>Reports a diagnostic made elsewhere (replayed from a cache), its path already a display path.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>Whether any error was reported.</summary>
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>All diagnostics, sorted by file, line, column and text, so output never depends on thread timing.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
