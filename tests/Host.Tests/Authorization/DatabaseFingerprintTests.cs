using Microsoft.Data.Sqlite;

namespace Thads.Host.Tests.Authorization;

public sealed class DatabaseFingerprintTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"fingerprint-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Any_changed_inserted_or_deleted_row_changes_the_fingerprint_and_the_scheduler_tables_do_not()
    {
        var connectionString = $"Data Source={_file};Pooling=False";
        await ExecuteAsync(connectionString, "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t (v) VALUES ('a'), ('b'); CREATE TABLE QRTZ_LOCKS (n TEXT);");
        var original = await DatabaseFingerprint.OfAsync(connectionString);
        Assert.Equal(original, await DatabaseFingerprint.OfAsync(connectionString));

        await ExecuteAsync(connectionString, "INSERT INTO QRTZ_LOCKS VALUES ('x')");
        Assert.Equal(original, await DatabaseFingerprint.OfAsync(connectionString));

        await ExecuteAsync(connectionString, "UPDATE t SET v = 'c' WHERE id = 2");
        var changed = await DatabaseFingerprint.OfAsync(connectionString);
        Assert.NotEqual(original, changed);

        await ExecuteAsync(connectionString, "UPDATE t SET v = 'b' WHERE id = 2");
        Assert.Equal(original, await DatabaseFingerprint.OfAsync(connectionString));
        await ExecuteAsync(connectionString, "DELETE FROM t WHERE id = 1");
        Assert.NotEqual(original, await DatabaseFingerprint.OfAsync(connectionString));
    }

    public void Dispose() => File.Delete(_file);

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
