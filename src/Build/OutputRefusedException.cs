namespace StatiqSite.Build;

/// <summary>The output folder may not be used (see <see cref="OutputFolderRules"/>) or is in use: nothing was touched.</summary>
public sealed class OutputRefusedException(string message) : Exception(message);

