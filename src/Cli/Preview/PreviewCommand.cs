namespace StatiqSite.Cli.Preview;

/// <summary><c>preview</c>: build, serve on loopback, rebuild on change.</summary>
public static class PreviewCommand
{
    /// <summary>Runs the preview server until Ctrl+C.</summary>
    public static Task<int> RunAsync(Options options, TextWriter output, TextWriter error) =>
        throw new UsageException("preview is not available yet: run 'dotnet run' and open output/index.html");
}
