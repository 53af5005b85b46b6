using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace StatiqSite.Pipeline;

/// <summary>
/// Remembers what a per-document step made of each document, so a rebuild in the same process (the preview)
/// skips documents whose input did not change. An entry is keyed by the document's source and is valid only for
/// an input equal in destination, content and every metadata value (the very document object seen last time is
/// equal at once: documents are immutable); the diagnostics the step reported are replayed
/// on a hit, so a cached page still shows its warnings. Use it only in steps whose result depends on nothing else
/// than the document (and things that live as long as the module instance, like the Markdown engine).
/// </summary>
public sealed class DocumentCache
{
    // Reflection once per type, not once per value: a page's metadata holds hundreds of records (links, headings).
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]?> RecordProperties = new();

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>
    /// As <see cref="GetOrAdd(Document, DiagnosticBag, Func{Document, DiagnosticBag, IEnumerable{Document}}, string)"/>
    /// when the build is <see cref="BuildSettings.Incremental"/>; otherwise just runs the step.
    /// </summary>
    public IReadOnlyList<Document> GetOrAdd(
        Document input, IExecutionContext context, Func<Document, DiagnosticBag, IEnumerable<Document>> step, string shared = "") =>
        context.Settings.Incremental ? GetOrAdd(input, context.Diagnostics, step, shared) : [.. step(input, context.Diagnostics)];

    /// <summary>
    /// The outputs of <paramref name="step"/> for <paramref name="input"/>: remembered ones when the input (and
    /// <paramref name="shared"/>) equals the last one seen for its source, else the step's (run with a bag that
    /// records its diagnostics).
    /// </summary>
    /// <param name="input">The document.</param>
    /// <param name="diagnostics">Where the step's problems go, remembered or not.</param>
    /// <param name="step">The work to remember.</param>
    /// <param name="shared">
    /// A short text (a hash) of whatever else the result depends on, the same for every document of a run: for a
    /// layout, the navigation and the settings.
    /// </param>
    public IReadOnlyList<Document> GetOrAdd(
        Document input, DiagnosticBag diagnostics, Func<Document, DiagnosticBag, IEnumerable<Document>> step, string shared = "")
    {
        var key = input.Source ?? input.Destination;
        _entries.TryGetValue(key, out var last);
        // Documents are immutable: the very document seen last time (an earlier module served it from its own
        // cache) is equal without being written out as text, which costs more than most steps on a large page.
        if (last is not null && ReferenceEquals(last.Input, input) && last.Shared == shared)
        {
            Replay(last.Diagnostics, diagnostics);
            return last.Outputs;
        }

        var own = FingerprintWithoutContent(input);
        var fingerprint = own is null ? null : $"{shared.Length}:{shared}{own}";
        if (fingerprint is not null && last is not null && last.Fingerprint == fingerprint && string.Equals(last.Input.Content, input.Content, StringComparison.Ordinal))
        {
            _entries[key] = last with { Input = input };
            Replay(last.Diagnostics, diagnostics);
            return last.Outputs;
        }

        var recorder = new DiagnosticBag { DisplayPath = diagnostics.DisplayPath };
        var outputs = step(input, recorder).ToArray();
        var reported = recorder.Sorted();
        Replay(reported, diagnostics);
        if (fingerprint is not null)
        {
            _entries[key] = new Entry(input, shared, fingerprint, outputs, reported);
        }

        return outputs;
    }

    private static void Replay(IReadOnlyList<Diagnostic> recorded, DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in recorded)
        {
            diagnostics.Add(diagnostic);
        }
    }

    /// <summary>
    /// The document but its content as text (the cache compares the content as it is, without copying it), or null
    /// when a value has no text form that tells equal values apart.
    /// </summary>
    public static string? FingerprintWithoutContent(Document document)
    {
        var text = new StringBuilder();
        Append(text, document.Destination);
        if (document.Bytes is { } bytes)
        {
            // Bytes stand for themselves by their hash: finished pages and copied files can be large.
            Append(text, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes.Span)));
        }

        foreach (var name in document.Metadata.Names)
        {
            Append(text, name);
            if (!TryAppendValue(text, document.Metadata.ValueOf(name)))
            {
                return null;
            }
        }

        return text.ToString();
    }

    /// <summary>A value as text (records member by member), or null when it has no text form that tells equal values apart.</summary>
    public static string? Fingerprint(object? value)
    {
        var text = new StringBuilder();
        return TryAppendValue(text, value) ? text.ToString() : null;
    }

    private static bool TryAppendValue(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null or string or bool or char or IFormattable:
                Append(text, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                return true;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    if (!TryAppendValue(text, item))
                    {
                        return false;
                    }
                }

                text.Append(']');
                return true;
            default:
                // A record compares by its members, so it is written member by member; any other class could
                // differ in ways its text does not show, so a document holding one is not cached.
                if (RecordProperties.GetOrAdd(value.GetType(), PropertiesOfRecord) is not { } properties)
                {
                    return false;
                }

                foreach (var property in properties)
                {
                    Append(text, property.Name);
                    if (!TryAppendValue(text, property.GetValue(value)))
                    {
                        return false;
                    }
                }

                return true;
        }
    }

    /// <summary>A record's properties in name order, or null for a type that is no record.</summary>
    private static PropertyInfo[]? PropertiesOfRecord(Type type) =>
        IsRecord(type)
            ? [.. type.GetProperties().Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal)]
            : null;

    /// <summary>
    /// Whether the compiler made <paramref name="type"/> a record: a record class has a <c>&lt;Clone&gt;$</c> method,
    /// a record struct (which cannot be cloned) the <c>PrintMembers</c> method its <c>ToString</c> uses.
    /// </summary>
    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$") is not null ||
        (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic, [typeof(StringBuilder)]) is not null);

    // Length-prefixed, so no two different inputs give the same text.
    private static void Append(StringBuilder text, string value) =>
        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);

    private sealed record Entry(Document Input, string Shared, string Fingerprint, Document[] Outputs, IReadOnlyList<Diagnostic> Diagnostics);
}
