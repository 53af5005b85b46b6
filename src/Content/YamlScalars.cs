using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatiqSite.Content;

/// <summary>
/// Reads typed values from YAML nodes the strict way the contract asks: a quoted "3" is text, not a number.
/// Each reader returns false when the node has the wrong type.
/// </summary>
public static class YamlScalars
{
    /// <summary>Text: any scalar.</summary>
    public static bool TryText(YamlNode node, out string value)
    {
        value = node is YamlScalarNode scalar ? scalar.Value ?? "" : "";
        return node is YamlScalarNode;
    }

    /// <summary>A whole number written without quotes.</summary>
    public static bool TryInteger(YamlNode node, out int value)
    {
        value = 0;
        return node is YamlScalarNode { Style: ScalarStyle.Plain } scalar &&
               int.TryParse(scalar.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    /// <summary><c>true</c> or <c>false</c> written without quotes.</summary>
    public static bool TryBoolean(YamlNode node, out bool value)
    {
        value = false;
        if (node is not YamlScalarNode { Style: ScalarStyle.Plain } scalar)
        {
            return false;
        }

        switch (scalar.Value?.ToLowerInvariant())
        {
            case "true":
                value = true;
                return true;
            case "false":
                return true;
            default:
                return false;
        }
    }

    /// <summary>Whether the node is an empty value (<c>key:</c> with nothing after it, or <c>~</c>/<c>null</c>).</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain } scalar &&
        (string.IsNullOrEmpty(scalar.Value) || scalar.Value is "~" or "null" or "Null" or "NULL");
}
