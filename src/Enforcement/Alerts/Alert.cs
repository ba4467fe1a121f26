namespace Thads.Enforcement.Alerts;

/// <summary>
/// A warning raised on a case (domain README §4: late verification, re-verification due, eligible for
/// exemption…). At most one per case, rule and day, so the same alert never mails a leader twice a day.
/// </summary>
public sealed class Alert
{
    public Guid Id { get; set; }

    /// <summary>The case's business key (its number), as the workflow knows it.</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The warning's id, e.g. <c>W7a-late-verification</c>.</summary>
    public string Rule { get; set; } = string.Empty;

    /// <summary>The Vietnam-time day the alert was raised on.</summary>
    public DateOnly Day { get; set; }

    public int UnitId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    /// <summary>The application path of the case or task, e.g. <c>/cases/HS-2026-001</c>.</summary>
    public string Link { get; set; } = string.Empty;

    public DateTimeOffset RaisedAt { get; set; }

    public List<AlertDelivery> Deliveries { get; set; } = [];
}
