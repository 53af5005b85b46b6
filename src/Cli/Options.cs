namespace StatiqSite.Cli;

/// <summary>The parsed command line.</summary>
public sealed record Options
{
    /// <summary>build, check, preview or help.</summary>
    public string Command { get; init; } = Commands.Build;

    /// <summary>--input DIR.</summary>
    public string Input { get; init; } = "input";

    /// <summary>--theme DIR; default: the project's own theme (<see cref="DefaultTheme"/>).</summary>
    public string Theme { get; init; } = DefaultTheme.Folder;

    /// <summary>--output DIR.</summary>
    public string Output { get; init; } = "output";

    /// <summary>--base-path /sub/.</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>--drafts.</summary>
    public bool Drafts { get; init; }

    /// <summary>--port N (preview).</summary>
    public int Port { get; init; } = 5080;

    /// <summary>--verbose: stack traces for internal errors.</summary>
    public bool Verbose { get; init; }

    /// <summary>--timings: a table of time per pipeline and module after the build.</summary>
    public bool Timings { get; init; }
}

/// <summary>The command names.</summary>
public static class Commands
{
    /// <summary>Build the site (default).</summary>
    public const string Build = "build";

    /// <summary>Validate only.</summary>
    public const string Check = "check";

    /// <summary>Build, serve and rebuild on change.</summary>
    public const string Preview = "preview";

    /// <summary>Show usage.</summary>
    public const string Help = "help";
}
