namespace Thads.Host.Database;

/// <summary>The database engines the application can store its data in.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
