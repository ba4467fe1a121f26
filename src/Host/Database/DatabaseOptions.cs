namespace Thads.Host.Database;

/// <summary>Which database the application uses and how to reach it.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ProviderKey = SectionName + ":" + nameof(Provider);
    public const string ConnectionStringName = "Thads";
    public const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>From <c>ConnectionStrings:Thads</c>; appsettings.json holds the default.</summary>
    public string ConnectionString { get; set; } = string.Empty;
}
