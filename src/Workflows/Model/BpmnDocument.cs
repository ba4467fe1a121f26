namespace Thads.Workflows.Model;

/// <summary>A parsed BPMN file: its processes, plus the messages and errors they reference.</summary>
public sealed class BpmnDocument(string fileName, IReadOnlyList<ProcessModel> processes)
{
    public string FileName { get; } = fileName;

    public IReadOnlyList<ProcessModel> Processes { get; } = processes;

    public IEnumerable<ProcessModel> ExecutableProcesses => Processes.Where(p => p.IsExecutable);

    public ProcessModel? FindProcess(string id) => Processes.FirstOrDefault(p => p.Id == id);
}
