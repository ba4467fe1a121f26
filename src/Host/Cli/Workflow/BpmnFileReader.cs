namespace Thads.Host.Cli.Workflow;

/// <summary>Reads a BPMN file named on the command line, with a usage error that names it when it cannot.</summary>
internal static class BpmnFileReader
{
    public static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"Cannot read '{path}': {e.Message}");
        }
    }
}
