namespace Thads.Workflows.Persistence.Rows;

internal sealed class TokenRow
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string ElementId { get; set; } = "";

    public Guid? ParentId { get; set; }

    public int Status { get; set; }

    public string? ArrivedVia { get; set; }

    public int? LoopCounter { get; set; }

    public bool IsMultiInstanceBody { get; set; }

    public bool ActivityActive { get; set; }

    public long CreatedAtTicks { get; set; }
}
