namespace Thads.Workflows.Persistence.Sql;

/// <summary>
/// The SQL of the engine's hot path (loading an instance, committing a stimulus), written once in
/// standard SQL with quoted identifiers that both SQLite and PostgreSQL accept. The schema itself comes
/// from the EF Core model and its migrations; these statements must name the same columns.
/// </summary>
internal static class WorkflowSql
{
    public const string LoadInstance = """
        SELECT "Id", "DefinitionId", "ProcessId", "BusinessKey", "Status", "Version", "StartedAtTicks", "EndedAtTicks", "StartedBy", "ParentInstanceId", "ParentTokenId", "LastSeq" FROM "wf_instances" WHERE "Id" = @p0;
        SELECT "Id", "ElementId", "ParentId", "Status", "ArrivedVia", "LoopCounter", "IsMultiInstanceBody", "ActivityActive", "CreatedAtTicks" FROM "wf_tokens" WHERE "InstanceId" = @p0;
        SELECT "ScopeId", "Name", "Json" FROM "wf_variables" WHERE "InstanceId" = @p0;
        SELECT "Id", "TokenId", "ElementId", "Name", "Assignee", "CandidateRole", "CandidateUnit", "DueAtTicks", "FormKey", "CreatedAtTicks", "Status", "EndedAtTicks", "CompletedBy" FROM "wf_tasks" WHERE "InstanceId" = @p0 AND "Status" = 0;
        SELECT "Id", "TokenId", "Kind", "ElementId", "DueAtTicks", "RemainingRepetitions", "MessageName", "CorrelationKey", "CalledInstanceId", "ScheduledAtTicks" FROM "wf_bookmarks" WHERE "InstanceId" = @p0;
        SELECT "Id", "TokenId", "ElementId", "Message", "Retry", "CreatedAtTicks", "ResolvedAtTicks" FROM "wf_incidents" WHERE "InstanceId" = @p0 AND "ResolvedAtTicks" IS NULL
        """;

    public const string LatestDefinition = """
        SELECT "Id", "Key", "Version", "Name", "FileName", "Xml", "ContentHash", "DeployedAtTicks", "DeployedBy" FROM "wf_definitions"
        WHERE "Key" = @p0 ORDER BY "Version" DESC LIMIT 1
        """;

    /// <summary>The same six result sets as <see cref="LoadInstance"/>, for the instance that owns task <c>@p0</c>.</summary>
    public static readonly string LoadInstanceOfTask =
        LoadInstance.Replace("= @p0", "= (SELECT \"InstanceId\" FROM \"wf_tasks\" WHERE \"Id\" = @p0)", StringComparison.Ordinal);

    public const string InsertInstance = """
        INSERT INTO "wf_instances" ("Id", "DefinitionId", "ProcessId", "BusinessKey", "Status", "Version", "StartedAtTicks", "EndedAtTicks", "StartedBy", "ParentInstanceId", "ParentTokenId", "LastSeq")
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)
        """;

    /// <summary>The optimistic check: it changes a row only while the version is the one the stimulus loaded.</summary>
    public const string UpdateInstance = """
        UPDATE "wf_instances" SET "Status" = @p1, "Version" = @p2, "EndedAtTicks" = @p3, "LastSeq" = @p4 WHERE "Id" = @p0 AND "Version" = @p5
        """;

    public const string InsertToken = """
        INSERT INTO "wf_tokens" ("Id", "InstanceId", "ElementId", "ParentId", "Status", "ArrivedVia", "LoopCounter", "IsMultiInstanceBody", "ActivityActive", "CreatedAtTicks")
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)
        """;

    public const string UpdateToken = """
        UPDATE "wf_tokens" SET "ElementId" = @p1, "Status" = @p2, "ArrivedVia" = @p3, "ActivityActive" = @p4 WHERE "Id" = @p0
        """;

    public const string DeleteToken = """DELETE FROM "wf_tokens" WHERE "Id" = @p0""";

    public const string InsertVariable = """
        INSERT INTO "wf_variables" ("InstanceId", "ScopeId", "Name", "Json") VALUES (@p0, @p1, @p2, @p3)
        """;

    public const string UpdateVariable = """
        UPDATE "wf_variables" SET "Json" = @p3 WHERE "InstanceId" = @p0 AND "ScopeId" = @p1 AND "Name" = @p2
        """;

    public const string DeleteVariable = """
        DELETE FROM "wf_variables" WHERE "InstanceId" = @p0 AND "ScopeId" = @p1 AND "Name" = @p2
        """;

    public const string InsertTask = """
        INSERT INTO "wf_tasks" ("Id", "InstanceId", "TokenId", "ProcessId", "BusinessKey", "ElementId", "Name", "Assignee", "CandidateRole", "CandidateUnit", "DueAtTicks", "FormKey", "CreatedAtTicks", "Status", "EndedAtTicks", "CompletedBy")
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15)
        """;

    public const string UpdateTask = """
        UPDATE "wf_tasks" SET "Assignee" = @p1, "Status" = @p2, "EndedAtTicks" = @p3, "CompletedBy" = @p4 WHERE "Id" = @p0
        """;

    public const string InsertBookmark = """
        INSERT INTO "wf_bookmarks" ("Id", "InstanceId", "TokenId", "Kind", "ElementId", "DueAtTicks", "RemainingRepetitions", "MessageName", "CorrelationKey", "CalledInstanceId", "ScheduledAtTicks")
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10)
        """;

    public const string UpdateBookmark = """
        UPDATE "wf_bookmarks" SET "DueAtTicks" = @p1, "RemainingRepetitions" = @p2, "CalledInstanceId" = @p3 WHERE "Id" = @p0
        """;

    public const string DeleteBookmark = """DELETE FROM "wf_bookmarks" WHERE "Id" = @p0""";

    public const string InsertIncident = """
        INSERT INTO "wf_incidents" ("Id", "InstanceId", "ProcessId", "TokenId", "ElementId", "Message", "Retry", "CreatedAtTicks", "ResolvedAtTicks")
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)
        """;

    public const string UpdateIncident = """UPDATE "wf_incidents" SET "ResolvedAtTicks" = @p1 WHERE "Id" = @p0""";

    public const string InsertJournalPage = """
        INSERT INTO "wf_journal" ("InstanceId", "FirstSeq", "LastSeq", "TimeTicks", "OffsetMinutes", "Actor", "Events") VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)
        """;

    public const string MoveStartTimer = """
        UPDATE "wf_start_timers" SET "DueAtTicks" = @p2, "RemainingRepetitions" = @p3 WHERE "Id" = @p0 AND "DueAtTicks" = @p1
        """;

    public const string DeleteFiredStartTimer = """DELETE FROM "wf_start_timers" WHERE "Id" = @p0 AND "DueAtTicks" = @p1""";
}
