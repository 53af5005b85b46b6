using System.Diagnostics;
using StatiqSite.Cli;

namespace StatiqSite.Tests.Support;

/// <summary>Runs the built generator as its own process (<c>dotnet StatiqSite.dll</c>), in a folder and environment of the test's choosing.</summary>
public static class ProgramRun
{
    /// <summary>The generator's built assembly.</summary>
    public static string Dll => typeof(CommandLine).Assembly.Location;

    /// <summary>Runs the generator with <paramref name="args"/> in <paramref name="workingDirectory"/>.</summary>
    public static async Task<CliRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliRun(process.ExitCode, await output, await error);
    }
}
