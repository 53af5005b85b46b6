using System.Diagnostics;
using System.Text;

namespace StatiqSite.Tests.Support;

/// <summary>
/// The built generator run as a process of its own (<c>dotnet StatiqSite.dll ...</c>), for what cannot be tried
/// inside the test's process: signals, and an environment of its own (HOME). Output is collected as it comes.
/// </summary>
public sealed class GeneratorProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private GeneratorProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>What it printed on standard output so far.</summary>
    public string Output => Read(_output);

    /// <summary>What it printed on standard error so far.</summary>
    public string Error => Read(_error);

    /// <summary>Starts the generator with <paramref name="args"/>; <paramref name="environment"/> is added to the test's.</summary>
    public static GeneratorProcess Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "StatiqSite.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new GeneratorProcess(Process.Start(start)!);
    }

    /// <summary>Runs the generator to its end; returns its exit status.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var run = Start(environment, args);
        var exit = await run.WaitAsync();
        return (exit, run.Output, run.Error);
    }

    /// <summary>Sends a signal by name ("INT", "TERM") with kill(1).</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Waits until standard output holds <paramref name="text"/>; fails after a long timeout or when the process ends first.</summary>
    public async Task WaitForOutputAsync(string text)
    {
        var giveUp = DateTime.UtcNow + Patience;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            Assert.False(_process.HasExited && !Output.Contains(text, StringComparison.Ordinal), $"the generator ended before printing '{text}':\n{Output}\n{Error}");
            Assert.True(DateTime.UtcNow < giveUp, $"timed out waiting for '{text}'");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Waits for the process to end (all output read); returns its exit status.</summary>
    public async Task<int> WaitAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is not null)
        {
            lock (text)
            {
                text.Append(line).Append('\n');
            }
        }
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
