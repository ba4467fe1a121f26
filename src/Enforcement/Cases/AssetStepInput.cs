namespace Thads.Enforcement.Cases;

/// <summary>The next step in handling an asset: seized, valued (with the price) or auctioned (with the sale price).</summary>
public sealed record AssetStepInput(AssetState State, DateOnly On)
{
    /// <summary>The valuation or the sale price, VND; required and positive for those steps.</summary>
    public long? Amount { get; init; }
}
