using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thads.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wf_bookmarks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ElementId = table.Column<string>(type: "TEXT", nullable: false),
                    DueAtTicks = table.Column<long>(type: "INTEGER", nullable: true),
                    RemainingRepetitions = table.Column<int>(type: "INTEGER", nullable: true),
                    MessageName = table.Column<string>(type: "TEXT", nullable: true),
                    CorrelationKey = table.Column<string>(type: "TEXT", nullable: true),
                    CalledInstanceId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_bookmarks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_definitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    Xml = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DeployedAtTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    DeployedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_definitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<string>(type: "TEXT", nullable: false),
                    TokenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementId = table.Column<string>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false),
                    Retry = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAtTicks = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_instances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BusinessKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAtTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAtTicks = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ParentInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ParentTokenId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastSeq = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_instances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_journal",
                columns: table => new
                {
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstSeq = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSeq = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    OffsetMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", nullable: true),
                    Events = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_journal", x => new { x.InstanceId, x.FirstSeq });
                });

            migrationBuilder.CreateTable(
                name: "wf_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<string>(type: "TEXT", nullable: false),
                    BusinessKey = table.Column<string>(type: "TEXT", nullable: true),
                    ElementId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Assignee = table.Column<string>(type: "TEXT", nullable: true),
                    CandidateRole = table.Column<string>(type: "TEXT", nullable: true),
                    CandidateUnit = table.Column<string>(type: "TEXT", nullable: true),
                    DueAtTicks = table.Column<long>(type: "INTEGER", nullable: true),
                    FormKey = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAtTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    EndedAtTicks = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_tokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementId = table.Column<string>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ArrivedVia = table.Column<string>(type: "TEXT", nullable: true),
                    LoopCounter = table.Column<int>(type: "INTEGER", nullable: true),
                    IsMultiInstanceBody = table.Column<bool>(type: "INTEGER", nullable: false),
                    ActivityActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtTicks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_tokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_variables",
                columns: table => new
                {
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScopeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_variables", x => new { x.InstanceId, x.ScopeId, x.Name });
                });

            migrationBuilder.CreateIndex(
                name: "IX_wf_bookmarks_InstanceId",
                table: "wf_bookmarks",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_wf_bookmarks_Kind_DueAtTicks",
                table: "wf_bookmarks",
                columns: new[] { "Kind", "DueAtTicks" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_bookmarks_Kind_MessageName_CorrelationKey",
                table: "wf_bookmarks",
                columns: new[] { "Kind", "MessageName", "CorrelationKey" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_definitions_Key_Version",
                table: "wf_definitions",
                columns: new[] { "Key", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_incidents_InstanceId_ResolvedAtTicks",
                table: "wf_incidents",
                columns: new[] { "InstanceId", "ResolvedAtTicks" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_BusinessKey",
                table: "wf_instances",
                column: "BusinessKey");

            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_DefinitionId_Status",
                table: "wf_instances",
                columns: new[] { "DefinitionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_ParentInstanceId",
                table: "wf_instances",
                column: "ParentInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_wf_tasks_InstanceId",
                table: "wf_tasks",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_wf_tasks_Status_Assignee_DueAtTicks",
                table: "wf_tasks",
                columns: new[] { "Status", "Assignee", "DueAtTicks" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_tasks_Status_CandidateUnit_CandidateRole_DueAtTicks",
                table: "wf_tasks",
                columns: new[] { "Status", "CandidateUnit", "CandidateRole", "DueAtTicks" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_tokens_InstanceId",
                table: "wf_tokens",
                column: "InstanceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wf_bookmarks");

            migrationBuilder.DropTable(
                name: "wf_definitions");

            migrationBuilder.DropTable(
                name: "wf_incidents");

            migrationBuilder.DropTable(
                name: "wf_instances");

            migrationBuilder.DropTable(
                name: "wf_journal");

            migrationBuilder.DropTable(
                name: "wf_tasks");

            migrationBuilder.DropTable(
                name: "wf_tokens");

            migrationBuilder.DropTable(
                name: "wf_variables");
        }
    }
}
