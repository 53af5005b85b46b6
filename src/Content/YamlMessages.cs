using YamlDotNet.Core;

namespace StatiqSite.Content;

/// <summary>Makes YamlDotNet's parser messages shorter and adds a hint at the usual cause.</summary>
public static class YamlMessages
{
    /// <summary>The message of a YAML error, without YamlDotNet's position prefix, with a hint where one helps.</summary>
    public static string Explain(YamlException e)
    {
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && close > 0)
        {
            message = message[(close + 3)..];
        }

        message = message.Trim().TrimEnd('.');
        if (message.Contains("could not find expected ':'", StringComparison.Ordinal) ||
            message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) ||
            message.Contains("found invalid mapping", StringComparison.Ordinal))
        {
            message += " (a value containing ': ' needs quotes around it)";
        }

        return message;
    }
}
