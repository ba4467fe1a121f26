namespace Thads.Host.Admin.Mail;

/// <summary>Where a mail setting in force comes from.</summary>
public enum MailSettingSource
{
    /// <summary>Stored by an administrator in the application (table <c>mail_settings</c>); overrides configuration.</summary>
    Database,

    /// <summary>appsettings.json, the environment or the command line.</summary>
    Configuration,

    /// <summary>The built-in default.</summary>
    Default,
}
