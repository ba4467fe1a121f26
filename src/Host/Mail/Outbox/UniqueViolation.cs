using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Thads.Host.Mail.Outbox;

/// <summary>Recognises a failed insert caused by a unique index, which each provider reports its own way.</summary>
internal static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;

    public static bool Is(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique };
}
