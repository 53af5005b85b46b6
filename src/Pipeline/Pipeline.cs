using System.Collections.Immutable;

namespace StatiqSite.Pipeline;

/// <summary>
/// A named list of modules per phase, with the names of the pipelines whose process output it needs.
/// </summary>
public sealed class Pipeline
{
    /// <summary>Creates an empty pipeline.</summary>
    public Pipeline(string name) => Name = name;

    /// <summary>The pipeline's name, used by dependents to read its documents.</summary>
    public string Name { get; }

    /// <summary>Pipelines whose process phase must finish before this one's starts.</summary>
    public ImmutableArray<string> Dependencies { get; init; } = [];

    /// <summary>
    /// When true, other pipelines (and this one's post-process modules, through <c>OutputsOf</c>) see this pipeline's
    /// process outputs without their content: metadata, destination and bytes only. Its own post-process still gets
    /// the whole documents as inputs. For a pipeline whose content nobody else reads, so each document's content can
    /// be freed as soon as its own post-process replaces it, instead of being held until the end of post-process.
    /// </summary>
    public bool PrivateContent { get; init; }

    /// <summary>Modules of the input phase.</summary>
    public ImmutableArray<IModule> Input { get; init; } = [];

    /// <summary>Modules of the process phase.</summary>
    public ImmutableArray<IModule> Process { get; init; } = [];

    /// <summary>Modules of the post-process phase.</summary>
    public ImmutableArray<IModule> PostProcess { get; init; } = [];

    /// <summary>Modules of the output phase, which the engine streams document by document (see <see cref="IOutputModule"/>).</summary>
    public ImmutableArray<IOutputModule> Output { get; init; } = [];

    /// <summary>The modules of the input, process or post-process phase.</summary>
    public ImmutableArray<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "The output phase has modules of its own kind: Output."),
    };
}
