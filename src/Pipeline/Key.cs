namespace StatiqSite.Pipeline;

/// <summary>
/// A typed metadata key. Each key is declared once (see <see cref="Keys"/>) so its
/// name and type cannot drift between the module that writes it and those that read it.
/// </summary>
/// <typeparam name="T">The type of the value stored under this key.</typeparam>
public sealed record Key<T>(string Name)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
