namespace Thads.Workflows.Persistence.Rows;

/// <summary>A variable as JSON text; <see cref="ScopeId"/> is <see cref="Guid.Empty"/> for process variables.</summary>
internal sealed class VariableRow
{
    public Guid InstanceId { get; set; }

    public Guid ScopeId { get; set; }

    public string Name { get; set; } = "";

    public string Json { get; set; } = "null";
}
