using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thads.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StartTimers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wf_start_timers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ElementId = table.Column<string>(type: "TEXT", nullable: false),
                    DueAtTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    RemainingRepetitions = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_start_timers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wf_start_timers_DueAtTicks",
                table: "wf_start_timers",
                column: "DueAtTicks");

            migrationBuilder.CreateIndex(
                name: "IX_wf_start_timers_ProcessKey",
                table: "wf_start_timers",
                column: "ProcessKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wf_start_timers");
        }
    }
}
