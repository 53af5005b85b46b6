namespace StatiqSite.Cli;

/// <summary>The text of <c>--help</c>.</summary>
public static class HelpText
{
    /// <summary>Usage of every command and option.</summary>
    public const string Usage = """
        Usage: dotnet run -- [command] [options]

        Commands:
          build      build input/ into output/ (the default)
          check      validate everything the build validates; write nothing
          preview    build, serve on http://127.0.0.1:PORT/, rebuild on change
          help       show this text

        Options:
          --input DIR        content folder (default: input)
          --theme DIR        theme folder (default: the generator's own theme)
          --output DIR       output folder (default: output)
          --base-path /sub/  the path the site is served under (default: /)
          --drafts           include pages with 'draft: true'
          --port N           preview port (default: 5080)
          --timings          print time per pipeline and module after the build
          --verbose          show the stack trace of an internal error

        The output folder must be new, empty, or a previous build (it holds the
        marker file .statiqsite-output); any other folder is refused.

        Exit status: 0 success, 1 the build failed (content errors, or the disk
        could not be written), 2 wrong usage or a refused or busy output folder,
        130 stopped by Ctrl+C.
        """;
}
