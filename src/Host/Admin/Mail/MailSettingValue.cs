namespace Thads.Host.Admin.Mail;

/// <summary>A mail setting in force, as text, and where it comes from; <see cref="Configured"/> is what configuration alone would give.</summary>
public sealed record MailSettingValue(string? Value, MailSettingSource Source, string? Configured);
