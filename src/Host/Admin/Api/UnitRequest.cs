namespace Thads.Host.Admin.Api;

/// <summary>A unit to create or the new values of one. <c>kind</c>: ProvincialAgency, RegionalOffice, …; dates as yyyy-MM-dd.</summary>
public sealed record UnitRequest(
    string? Code,
    string? Name,
    string? Kind,
    int? ParentId,
    string? ValidFrom,
    string? ValidTo,
    int? SucceededById,
    bool? IssuesDecisions,
    bool? HoldsMoney);
