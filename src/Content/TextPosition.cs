namespace StatiqSite.Content;

/// <summary>Line and column arithmetic on text, for messages that point into the contributor's file.</summary>
public static class TextPosition
{
    /// <summary>The 1-based line and column of a character index.</summary>
    public static (int Line, int Column) Of(string text, int index)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
