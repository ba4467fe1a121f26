namespace Thads.Enforcement.Cases;

/// <summary>An asset of the debtor and how far its seizure, valuation and sale went (table <c>thads_assets</c>).</summary>
public sealed class Asset : ICaseRecord
{
    public int Id { get; set; }

    public int CaseId { get; set; }

    public string Description { get; set; } = string.Empty;

    public AssetKind Kind { get; set; }

    /// <summary>The party that owns it, usually the debtor.</summary>
    public int? OwnerPartyId { get; set; }

    /// <summary>A first estimate, VND, when known.</summary>
    public long? EstimatedValue { get; set; }

    public AssetState State { get; set; }

    public DateOnly IdentifiedOn { get; set; }

    public DateOnly? SeizedOn { get; set; }

    public DateOnly? ValuedOn { get; set; }

    /// <summary>The price agreed or set by the valuation organisation, VND.</summary>
    public long? ValuedAmount { get; set; }

    public DateOnly? AuctionedOn { get; set; }

    /// <summary>The auction price, VND.</summary>
    public long? SoldAmount { get; set; }

    int? ICaseRecord.AuditCaseId => CaseId;
}
