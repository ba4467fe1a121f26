using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thads.Enforcement.Data.Migrations
{
    /// <inheritdoc />
    public partial class CaseSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_thads_parties_FullName",
                table: "thads_parties",
                column: "FullName");

            migrationBuilder.CreateIndex(
                name: "IX_thads_cases_CaseNumber",
                table: "thads_cases",
                column: "CaseNumber");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_thads_parties_FullName",
                table: "thads_parties");

            migrationBuilder.DropIndex(
                name: "IX_thads_cases_CaseNumber",
                table: "thads_cases");
        }
    }
}
