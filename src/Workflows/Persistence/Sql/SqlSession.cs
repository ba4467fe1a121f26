using System.Data.Common;

namespace Thads.Workflows.Persistence.Sql;

/// <summary>
/// Runs <see cref="WorkflowSql"/> statements on one connection and transaction, reusing one prepared command
/// per statement text. Parameters are positional (<c>@p0</c>, <c>@p1</c>…). Guids are bound the way EF Core
/// stores them for the provider (SQLite: upper-case text), so rows written here and by EF Core agree.
/// </summary>
internal sealed class SqlSession(DbConnection connection, DbTransaction? transaction, bool guidsAsText) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        var command = Command(sql, values.Length);
        Bind(command, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<DbDataReader> QueryAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        var command = Command(sql, values.Length);
        Bind(command, values);
        return await command.ExecuteReaderAsync(cancellationToken);
    }

    private DbCommand Command(string sql, int parameterCount)
    {
        if (_commands.TryGetValue(sql, out var command))
        {
            return command;
        }

        command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        for (var i = 0; i < parameterCount; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            command.Parameters.Add(parameter);
        }

        _commands[sql] = command;
        return command;
    }

    private void Bind(DbCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                Guid g when guidsAsText => g.ToString().ToUpperInvariant(),
                bool b when guidsAsText => b ? 1 : 0,
                var v => v,
            };
        }
    }

    public Guid ReadGuid(DbDataReader reader, int ordinal) =>
        guidsAsText ? Guid.Parse(reader.GetString(ordinal)) : reader.GetGuid(ordinal);

    public Guid? ReadNullableGuid(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ReadGuid(reader, ordinal);

    public ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
