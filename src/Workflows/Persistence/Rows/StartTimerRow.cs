namespace Thads.Workflows.Persistence.Rows;

internal sealed class StartTimerRow
{
    public Guid Id { get; set; }

    public Guid DefinitionId { get; set; }

    public string ProcessKey { get; set; } = "";

    public string ElementId { get; set; } = "";

    public long DueAtTicks { get; set; }

    public int? RemainingRepetitions { get; set; }
}
