namespace EmergencyDSS.Engine.Input;

/// <summary>Reads an input file's bytes; a missing or unreadable file is a positioned error, not an exception.</summary>
internal static class InputFile
{
    public static byte[]? Read(string path, out string? error)
    {
        try
        {
            error = null;
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path}:1:1: cannot be read: {e.Message}";
            return null;
        }
    }
}
