using StatiqSite.Glossary;
using StatiqSite.Pipeline;

namespace StatiqSite.Tests.Glossary;

/// <summary>Reads the case files next to the tests and builds small glossaries from YAML.</summary>
public static class GlossaryCases
{
    /// <summary>The folder of the case files.</summary>
    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "Glossary", "Cases", name);

    /// <summary>The "left | right" lines of a table file, without comments and blank lines.</summary>
    public static TheoryData<string, string> Table(string file)
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Folder("Forms"), file)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('|', 2);
            data.Add(parts[0].Trim(), parts[1].Trim());
        }

        return data;
    }

    /// <summary>A glossary read and checked from YAML, with the problems found.</summary>
    public static (GlossaryTerms Glossary, DiagnosticBag Diagnostics) Load(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        return (GlossaryChecks.Build(GlossaryReader.Read(yaml, diagnostics), diagnostics), diagnostics);
    }

    /// <summary>A glossary of terms given by name, each with a one-line definition.</summary>
    public static GlossaryTerms Of(params string[] terms) =>
        Load(string.Concat(terms.Select(t => $"- term: \"{t}\"\n  definition: Over {t}.\n"))).Glossary;
}
