using Thads.Enforcement.Cases;

namespace Thads.Host.Cases.Api;

public sealed record AssetView(
    int Id, AssetKind Kind, string Description, int? OwnerPartyId, long? EstimatedValue, AssetState State, DateOnly IdentifiedOn,
    DateOnly? SeizedOn, DateOnly? ValuedOn, long? ValuedAmount, DateOnly? AuctionedOn, long? SoldAmount);
