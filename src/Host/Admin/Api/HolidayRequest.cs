namespace Thads.Host.Admin.Api;

/// <summary>
/// A calendar row. <c>kind</c>: Holiday, CompensatoryDayOff, SwapDayOff, SwapWorkday or Pending; <c>confirmation</c>:
/// Confirmed or Unconfirmed; <c>source</c>: where the legal basis was read (announcement URL).
/// </summary>
public sealed record HolidayRequest(string? Date, string? Kind, string? Occasion, string? LegalBasis, string? Source, string? Confirmation);
