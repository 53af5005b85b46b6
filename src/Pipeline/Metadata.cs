using System.Collections.Immutable;

namespace StatiqSite.Pipeline;

/// <summary>
/// Immutable, typed metadata of a <see cref="Document"/>. Setting a value returns a new instance.
/// </summary>
public sealed class Metadata
{
    /// <summary>Metadata without any value.</summary>
    public static readonly Metadata Empty = new(ImmutableDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal));

    private readonly ImmutableDictionary<string, object> _values;

    private Metadata(ImmutableDictionary<string, object> values) => _values = values;

    /// <summary>The names of the keys that have a value, sorted.</summary>
    public IEnumerable<string> Names => _values.Keys.Order(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="key"/> has a value.</summary>
    public bool Contains<T>(Key<T> key) => _values.ContainsKey(key.Name);

    /// <summary>The value of <paramref name="key"/>, or <paramref name="fallback"/> when it has none.</summary>
    public T Get<T>(Key<T> key, T fallback) =>
        _values.TryGetValue(key.Name, out var value) && value is T typed ? typed : fallback;

    /// <summary>The value of <paramref name="key"/>, or the type's default when it has none.</summary>
    public T? Get<T>(Key<T> key) =>
        _values.TryGetValue(key.Name, out var value) && value is T typed ? typed : default;

    /// <summary>The list stored under <paramref name="key"/>, or an empty list when it has none.</summary>
    public ImmutableArray<T> GetList<T>(Key<ImmutableArray<T>> key) =>
        _values.TryGetValue(key.Name, out var value) && value is ImmutableArray<T> list && !list.IsDefault ? list : [];

    /// <summary>The value stored under a key name, untyped, for code that treats every key alike (caches).</summary>
    public object? ValueOf(string name) => _values.GetValueOrDefault(name);

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/> (removed when null).</summary>
    public Metadata With<T>(Key<T> key, T? value) =>
        new(value is null ? _values.Remove(key.Name) : _values.SetItem(key.Name, value));

    /// <summary>A copy without a value for <paramref name="key"/> (this instance when it has none).</summary>
    public Metadata Without<T>(Key<T> key) => _values.ContainsKey(key.Name) ? new(_values.Remove(key.Name)) : this;
}
