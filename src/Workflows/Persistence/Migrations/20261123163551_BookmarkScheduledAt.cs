using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thads.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class BookmarkScheduledAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ScheduledAtTicks",
                table: "wf_bookmarks",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ScheduledAtTicks",
                table: "wf_bookmarks");
        }
    }
}
