using System.Data.Common;

namespace Thads.Workflows.Persistence.Sql;

/// <summary>Null-aware column readers for the hot-path readers.</summary>
internal static class SqlReading
{
    public static string? NullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? NullableLong(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static int? NullableInt(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
}
