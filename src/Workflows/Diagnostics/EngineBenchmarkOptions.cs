namespace Thads.Workflows.Diagnostics;

/// <summary>What <see cref="EngineBenchmark"/> runs: a BPMN file, how many instances, on which store, with how many workers.</summary>
public sealed record EngineBenchmarkOptions
{
    public required string BpmnXml { get; init; }

    public string FileName { get; init; } = "benchmark.bpmn";

    /// <summary>The process to start; null takes the file's only executable process.</summary>
    public string? ProcessKey { get; init; }

    public int Instances { get; init; } = 10_000;

    /// <summary><c>memory</c> or <c>sqlite</c>.</summary>
    public string Store { get; init; } = "memory";

    /// <summary>For <c>sqlite</c>: the database file; null makes a temporary one that is deleted afterwards.</summary>
    public string? SqlitePath { get; init; }

    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Variables every instance starts with.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>Variables every user task is completed with.</summary>
    public IReadOnlyDictionary<string, object?>? CompletionVariables { get; init; }
}
