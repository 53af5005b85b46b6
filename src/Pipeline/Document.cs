namespace StatiqSite.Pipeline;

/// <summary>
/// An immutable document flowing through the modules of a pipeline. Modules never change a
/// document; they return a new one made with <c>with</c> or the helpers below.
/// </summary>
public sealed record Document
{
    /// <summary>Path relative to the input folder, '/'-separated; null for generated documents.</summary>
    public string? Source { get; init; }

    /// <summary>Path relative to the output folder, '/'-separated, where the document is written.</summary>
    public required string Destination { get; init; }

    /// <summary>Typed metadata (front matter, computed values).</summary>
    public Metadata Metadata { get; init; } = Metadata.Empty;

    /// <summary>The text content (Markdown, then HTML, CSS, ...). Empty for copied files.</summary>
    public string Content { get; init; } = "";

    /// <summary>Raw bytes to write instead of <see cref="Content"/> (binary or copied files).</summary>
    public ReadOnlyMemory<byte>? Bytes { get; init; }

    /// <summary>Shortcut for <c>Metadata.Get(key)</c>.</summary>
    public T? Get<T>(Key<T> key) => Metadata.Get(key);

    /// <summary>Shortcut for <c>Metadata.Get(key, fallback)</c>.</summary>
    public T Get<T>(Key<T> key, T fallback) => Metadata.Get(key, fallback);

    /// <summary>Shortcut for <c>Metadata.GetList(key)</c>: the list, or an empty one.</summary>
    public System.Collections.Immutable.ImmutableArray<T> GetList<T>(Key<System.Collections.Immutable.ImmutableArray<T>> key) => Metadata.GetList(key);

    /// <summary>A copy with one metadata value set.</summary>
    public Document With<T>(Key<T> key, T? value) => this with { Metadata = Metadata.With(key, value) };

    /// <summary>A copy without a value for <paramref name="key"/> (this document when it has none).</summary>
    public Document Without<T>(Key<T> key) => Metadata.Contains(key) ? this with { Metadata = Metadata.Without(key) } : this;

    /// <summary>The path to name in messages: the source when there is one, else the destination.</summary>
    public string DisplayPath => Source ?? Destination;
}
