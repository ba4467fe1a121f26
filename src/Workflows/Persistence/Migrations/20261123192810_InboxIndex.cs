using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thads.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InboxIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_tasks_Status_CandidateUnit_CandidateRole_DueAtTicks",
                table: "wf_tasks");

            migrationBuilder.CreateIndex(
                name: "IX_wf_tasks_Status_CandidateUnit_CandidateRole_Assignee_DueAtTicks_CreatedAtTicks",
                table: "wf_tasks",
                columns: new[] { "Status", "CandidateUnit", "CandidateRole", "Assignee", "DueAtTicks", "CreatedAtTicks" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_tasks_Status_CandidateUnit_CandidateRole_Assignee_DueAtTicks_CreatedAtTicks",
                table: "wf_tasks");

            migrationBuilder.CreateIndex(
                name: "IX_wf_tasks_Status_CandidateUnit_CandidateRole_DueAtTicks",
                table: "wf_tasks",
                columns: new[] { "Status", "CandidateUnit", "CandidateRole", "DueAtTicks" });
        }
    }
}
