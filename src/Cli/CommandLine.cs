using StatiqSite.Build;
using StatiqSite.Pipeline;

namespace StatiqSite.Cli;

/// <summary>The program's entry: parses the command line, runs the command, turns outcomes into exit codes.</summary>
public static class CommandLine
{
    /// <summary>Exit status of a successful run.</summary>
    public const int Success = 0;

    /// <summary>Exit status when the build failed: the content has errors, or the machine could not write the output.</summary>
    public const int ContentErrors = 1;

    /// <summary>Exit status for wrong usage of the command line.</summary>
    public const int Usage = 2;

    /// <summary>Exit status when the build was interrupted (Ctrl+C, SIGTERM) and stopped cleanly: 128 + SIGINT, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>Exit status for a bug in the generator (an exception that is not a content problem).</summary>
    public const int InternalError = 3;

    /// <summary>Runs the command line and returns the exit status.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        Options options;
        try
        {
            options = ArgumentParser.Parse(args);
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"error: {e.Message}\nRun 'dotnet run -- --help' for usage.");
            return Usage;
        }

        try
        {
            return options.Command switch
            {
                Commands.Help => await WriteHelp(output),
                Commands.Preview => await Preview.PreviewCommand.RunAsync(options, output, error),
                _ => await BuildCommand.RunAsync(options, output, error),
            };
        }
        catch (Exception e) when (e is UsageException or OutputRefusedException)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return Usage;
        }
        catch (Exception e) when (MachineErrors.Find(e) is { } machine)
        {
            await error.WriteLineAsync($"error: {MachineErrors.Describe(machine, options.Output)}");
            return ContentErrors;
        }
        catch (Exception e)
        {
            await error.WriteLineAsync($"internal error: {e.GetBaseException().Message}");
            await error.WriteLineAsync(options.Verbose
                ? e.ToString()
                : "This is a bug in the generator, not in your content. Rerun with --verbose to see the stack trace, and report it.");
            return InternalError;
        }
    }

    private static async Task<int> WriteHelp(TextWriter output)
    {
        await output.WriteLineAsync(HelpText.Usage);
        return Success;
    }

    /// <summary>The settings of a build from the parsed options.</summary>
    public static BuildSettings SettingsOf(Options options)
    {
        if (!Directory.Exists(options.Input))
        {
            throw new UsageException($"the input folder '{options.Input}' does not exist (run from the repository root, or pass --input DIR)");
        }

        if (!Directory.Exists(options.Theme))
        {
            throw new UsageException($"the theme folder '{options.Theme}' does not exist (pass --theme DIR)");
        }

        return new BuildSettings
        {
            InputDirectory = options.Input,
            ThemeDirectory = options.Theme,
            OutputDirectory = options.Output,
            BasePath = options.BasePath,
            IncludeDrafts = options.Drafts,
            DryRun = options.Command == Commands.Check,
        };
    }
}
