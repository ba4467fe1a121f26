namespace Thads.Host.Pages.Admin.Holidays;

/// <summary>What the shared calendar row fields show, and the page holding their errors.</summary>
public sealed record HolidayFieldsModel(
    AdminPageModel Page, string? Date, string? Kind, string? Occasion, string? LegalBasis, string? Source, string? Confirmation);
