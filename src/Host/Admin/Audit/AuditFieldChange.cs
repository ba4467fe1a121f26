namespace Thads.Host.Admin.Audit;

/// <summary>One value that differs between the row before and after the change, as JSON text (null: absent).</summary>
public sealed record AuditFieldChange(string Field, string? Before, string? After);
