using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thads.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TaskInstanceStatusIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_tasks_InstanceId",
                table: "wf_tasks");

            migrationBuilder.CreateIndex(
                name: "IX_wf_tasks_InstanceId_Status",
                table: "wf_tasks",
                columns: new[] { "InstanceId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_tasks_InstanceId_Status",
                table: "wf_tasks");

            migrationBuilder.CreateIndex(
                name: "IX_wf_tasks_InstanceId",
                table: "wf_tasks",
                column: "InstanceId");
        }
    }
}
