using Microsoft.Data.Sqlite;

namespace Thads.Host.Demo;

/// <summary>One prepared INSERT per engine table and transaction, so that writing many clones costs one statement execution per row.</summary>
internal sealed class DemoWorkflowInserts(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public async Task InsertAsync(string table, string[] columns, object?[] values, CancellationToken cancellationToken)
    {
        if (!_commands.TryGetValue(table, out var command))
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$c{i}"))})";
            for (var i = 0; i < columns.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = $"$c{i}" });
            }

            command.Prepare();
            _commands[table] = command;
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }
    }
}
