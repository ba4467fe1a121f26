using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Thads.Host.Demo;

/// <summary>
/// The engine's rows of some process instances (<c>wf_*</c>: instance, tokens, variables, tasks, timers and other
/// bookmarks, incidents, journal pages), read as they are and written again for a clone with new ids. Generic over
/// the columns, so it follows the engine's schema: every id of a cloned row gets a new one, every reference to such an
/// id follows it (also inside the JSON of variables and journal pages), and the clone's number, names and user names
/// replace the prototype's.
/// </summary>
internal sealed partial class DemoWorkflowRows
{
    /// <summary>Tables in insert order (foreign keys point to earlier ones), with the column that names the instance.</summary>
    private static readonly (string Table, string InstanceColumn)[] Tables =
    [
        ("wf_instances", "Id"),
        ("wf_tokens", "InstanceId"),
        ("wf_variables", "InstanceId"),
        ("wf_tasks", "InstanceId"),
        ("wf_bookmarks", "InstanceId"),
        ("wf_incidents", "InstanceId"),
        ("wf_journal", "InstanceId"),
    ];

    private readonly Dictionary<string, (string[] Columns, List<object?[]> Rows)> _tables;

    private DemoWorkflowRows(Dictionary<string, (string[] Columns, List<object?[]> Rows)> tables) => _tables = tables;

    /// <summary>Every row of the instances whose business key is <paramref name="businessKey"/> (called processes share it).</summary>
    public static async Task<DemoWorkflowRows> ReadAsync(SqliteConnection connection, string businessKey, CancellationToken cancellationToken)
    {
        var instanceIds = new List<string>();
        await using (var find = connection.CreateCommand())
        {
            find.CommandText = "SELECT Id FROM wf_instances WHERE BusinessKey = $key";
            find.Parameters.AddWithValue("$key", businessKey);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                instanceIds.Add(reader.GetString(0));
            }
        }

        var tables = new Dictionary<string, (string[], List<object?[]>)>(StringComparer.Ordinal);
        foreach (var (table, column) in Tables)
        {
            await using var command = connection.CreateCommand();
            var names = instanceIds.Select((_, i) => $"$i{i}").ToList();
            command.CommandText = instanceIds.Count == 0
                ? $"SELECT * FROM {table} WHERE 0"
                : $"SELECT * FROM {table} WHERE {column} IN ({string.Join(", ", names)})";
            for (var i = 0; i < instanceIds.Count; i++)
            {
                command.Parameters.AddWithValue(names[i], instanceIds[i]);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            var rows = new List<object?[]>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var values = new object?[reader.FieldCount];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(values);
            }

            tables[table] = (columns, rows);
        }

        return new DemoWorkflowRows(tables);
    }

    public int RowCount => _tables.Values.Sum(t => t.Rows.Count);

    /// <summary>Writes the rows again for <paramref name="clone"/>, inside <paramref name="transaction"/>.</summary>
    public async Task WriteCloneAsync(DemoWorkflowInserts inserts, DemoCloneIdentity clone, CancellationToken cancellationToken)
    {
        // A new id for every row id of the prototype (instances, tokens, tasks, bookmarks, incidents).
        var ids = new Dictionary<Guid, Guid>();
        foreach (var (columns, rows) in _tables.Values)
        {
            var id = Array.IndexOf(columns, "Id");
            if (id < 0)
            {
                continue;
            }

            foreach (var row in rows)
            {
                if (row[id] is string text && Guid.TryParse(text, out var old))
                {
                    ids[old] = Guid.CreateVersion7();
                }
            }
        }

        foreach (var (table, _) in Tables)
        {
            var (columns, rows) = _tables[table];
            var name = Array.IndexOf(columns, "Name");
            foreach (var row in rows)
            {
                var values = new object?[row.Length];
                for (var i = 0; i < row.Length; i++)
                {
                    values[i] = row[i] is string text ? Remap(text, ids, clone) : row[i];
                }

                if (table == "wf_variables" && name >= 0 && row[name] is "caseId")
                {
                    values[Array.IndexOf(columns, "Json")] = clone.CaseId.ToString(CultureInfo.InvariantCulture);
                }

                await inserts.InsertAsync(table, columns, values, cancellationToken);
            }
        }
    }

    private static string Remap(string text, Dictionary<Guid, Guid> ids, DemoCloneIdentity clone)
    {
        if (text.Length == 36 && Guid.TryParse(text, out var whole))
        {
            return ids.TryGetValue(whole, out var mapped) ? Format(mapped, text) : text;
        }

        if (text.Length > 36 && text.Contains('-', StringComparison.Ordinal))
        {
            text = GuidPattern().Replace(text, m => ids.TryGetValue(Guid.Parse(m.Value), out var mapped) ? Format(mapped, m.Value) : m.Value);
        }

        return clone.Apply(text);
    }

    /// <summary>The new id written the way the old one was (the engine's columns are upper case, its JSON lower case).</summary>
    private static string Format(Guid id, string like) =>
        like.Any(char.IsLower) ? id.ToString("D") : id.ToString("D").ToUpperInvariant();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}
