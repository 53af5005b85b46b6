using System.Globalization;

namespace StatiqSite.Cli;

/// <summary>Parses the command line of the authoring contract. Wrong usage throws <see cref="UsageException"/>.</summary>
public static class ArgumentParser
{
    private static readonly string[] CommandNames = [Commands.Build, Commands.Check, Commands.Preview, Commands.Help];

    /// <summary>Parses <paramref name="args"/>.</summary>
    public static Options Parse(IReadOnlyList<string> args)
    {
        var options = new Options();
        var i = 0;
        if (args.Count > 0 && !args[0].StartsWith('-'))
        {
            if (!CommandNames.Contains(args[0]))
            {
                throw new UsageException($"unknown command '{args[0]}'{Content.Suggest.DidYouMean(args[0], CommandNames)}");
            }

            options = options with { Command = args[0] };
            i = 1;
        }

        for (; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new UsageException($"{arg} needs a value");
            options = arg switch
            {
                "--input" => options with { Input = Value() },
                "--theme" => options with { Theme = Value() },
                "--output" => options with { Output = Value() },
                "--base-path" => options with { BasePath = NormaliseBasePath(Value()) },
                "--port" => options with { Port = ParsePort(Value()) },
                "--drafts" => options with { Drafts = true },
                "--verbose" => options with { Verbose = true },
                "--timings" => options with { Timings = true },
                "--help" or "-h" => options with { Command = Commands.Help },
                _ => throw new UsageException($"unknown option '{arg}'"),
            };
        }

        return options;
    }

    /// <summary>"/sub" and "sub/" become "/sub/"; "/" stays.</summary>
    public static string NormaliseBasePath(string value)
    {
        var trimmed = value.Trim().Trim('/');
        if (trimmed.Split('/').Any(s => s is "." or ".." || s.Any(c => char.IsWhiteSpace(c) || c is '?' or '#' or '\\')))
        {
            throw new UsageException($"--base-path '{value}' is not a URL path like /sub/");
        }

        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    private static int ParsePort(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw new UsageException($"--port needs a number from 1 to 65535, not '{value}'");
}

/// <summary>Wrong usage of the command line: exit status 2.</summary>
public sealed class UsageException(string message) : Exception(message);
