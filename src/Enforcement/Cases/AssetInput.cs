namespace Thads.Enforcement.Cases;

/// <summary>An asset of the debtor to record.</summary>
public sealed record AssetInput(string Description, AssetKind Kind, DateOnly IdentifiedOn)
{
    /// <summary>VND, when known; positive.</summary>
    public long? EstimatedValue { get; init; }

    /// <summary>The party owning it; defaults to nobody named.</summary>
    public int? OwnerPartyId { get; init; }
}
