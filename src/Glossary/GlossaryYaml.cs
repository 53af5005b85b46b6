namespace StatiqSite.Glossary;

/// <summary>The file and the keys of an entry of <c>input/_glossary.yml</c>, as the authoring contract names them.</summary>
public static class GlossaryYaml
{
    /// <summary>The glossary's file name in <c>input/</c>.</summary>
    public const string FileName = "_glossary.yml";

    /// <summary><c>term</c>: required text, as displayed.</summary>
    public const string Term = "term";

    /// <summary><c>id</c>: optional slug; default the slug of the term.</summary>
    public const string Id = "id";

    /// <summary><c>aliases</c>: optional list of other forms.</summary>
    public const string Aliases = "aliases";

    /// <summary><c>definition</c>: required Markdown.</summary>
    public const string Definition = "definition";

    /// <summary><c>behaviours</c>: optional list of observable behaviours.</summary>
    public const string Behaviours = "behaviours";

    /// <summary><c>related</c>: optional list of ids of other terms.</summary>
    public const string Related = "related";

    /// <summary>All keys, in the order the contract lists them.</summary>
    public static readonly IReadOnlyList<string> All = [Term, Id, Aliases, Definition, Behaviours, Related];
}
