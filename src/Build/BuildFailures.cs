namespace StatiqSite.Build;

/// <summary>The output folder may not be used (see <see cref="OutputFolderRules"/>) or is in use: nothing was touched.</summary>
public sealed class OutputRefusedException(string message) : Exception(message);

/// <summary>
/// The machine failed the build (a read-only or full disk, a folder in use, a mount point that cannot be replaced).
/// The message names the path and what to do; the previous output is as it was.
/// </summary>
public sealed class MachineErrorException(string message, Exception inner) : Exception(message, inner);

