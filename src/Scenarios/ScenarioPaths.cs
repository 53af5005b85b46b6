using StatiqSite.Content;
using StatiqSite.Quizzes;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Scenarios;

/// <summary>
/// The rules on where a scenario's choices lead, checked once every step is read: step ids are unique, every
/// <c>next</c> and the <c>start</c> name a step, every step is reached from the start, and no path comes back to a
/// step it passed (a case only moves forward, so every path ends in an outcome). Problems are reported at the
/// id or <c>next</c> that causes them, in the order written.
/// </summary>
internal sealed class ScenarioPaths(QuizYaml reading)
{
    private readonly Dictionary<string, YamlNode> _steps = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly List<(string? From, string To, YamlNode At)> _nexts = [];

    /// <summary>Records a step's id (null when it was invalid, already reported); a second use is reported here.</summary>
    public void AddStep(string? id, YamlNode at)
    {
        if (id is null)
        {
            return;
        }

        if (_steps.TryGetValue(id, out var first))
        {
            reading.Report(at, $"the step id '{id}' is also used on line {reading.At(first.Start).Line}: step ids must be unique in their scenario, give one of them another 'id'");
            return;
        }

        _steps.Add(id, at);
        _order.Add(id);
    }

    /// <summary>Records that a choice of step <paramref name="from"/> leads to <paramref name="to"/> (null when invalid).</summary>
    public void AddNext(string? from, string? to, YamlNode at)
    {
        if (to is not null)
        {
            _nexts.Add((from, to, at));
        }
    }

    /// <summary>Checks every <c>next</c>, then, from <paramref name="start"/> (when it is a step), reachability and loops.</summary>
    public void Check(string? start, YamlNode? startNode)
    {
        foreach (var (_, to, at) in _nexts.Where(n => !_steps.ContainsKey(n.To)))
        {
            reading.Report(at, $"'next: {to}' names no step of this scenario{Suggest.DidYouMean(to, _order)}: write the id of one of its steps ({string.Join(", ", _order)}), or end the case with 'outcome: ...'");
        }

        if (start is null || !_steps.ContainsKey(start))
        {
            if (start is not null && startNode is not null)
            {
                reading.Report(startNode, $"'start: {start}' names no step of this scenario{Suggest.DidYouMean(start, _order)}: write the id of the step the case begins with ({string.Join(", ", _order)})");
            }

            return;
        }

        var reached = new HashSet<string>(StringComparer.Ordinal);
        var earlier = reading.Problems.Count;
        Walk(start, [], reached);
        // A mistyped 'next' or key already cut a path: the steps behind it would be reported as well, for one mistake.
        if (earlier > 0)
        {
            return;
        }

        foreach (var step in _order.Where(s => !reached.Contains(s)))
        {
            reading.Report(_steps[step], $"no path from the start reaches the step '{step}': let a choice lead to it with 'next: {step}', or remove the step");
        }
    }

    /// <summary>Depth first from a step: a <c>next</c> to a step on the path walked so far closes a loop.</summary>
    private void Walk(string step, List<string> path, HashSet<string> reached)
    {
        reached.Add(step);
        path.Add(step);
        foreach (var (_, to, at) in _nexts.Where(n => n.From == step && _steps.ContainsKey(n.To)))
        {
            if (path.Contains(to))
            {
                reading.Report(at, $"'next: {to}' leads back to a step this path already passed ({string.Join(" → ", path.SkipWhile(s => s != to))} → {to}): "
                    + "a case moves forward, so lead this choice to a new step or end it with 'outcome: ...'");
            }
            else if (!reached.Contains(to))
            {
                Walk(to, path, reached);
            }
        }

        path.RemoveAt(path.Count - 1);
    }
}
