using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thads.Enforcement.Data.Migrations
{
    /// <inheritdoc />
    public partial class Statistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "thads_stat_adjustments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FactId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ClosedThrough = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveOn = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_stat_adjustments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "thads_stat_closings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedThrough = table.Column<int>(type: "INTEGER", nullable: false),
                    CasesSnapshot = table.Column<byte[]>(type: "BLOB", nullable: false),
                    MoneySnapshot = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Checksum = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_stat_closings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_stat_closings_thads_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "thads_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "thads_stat_cursors",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Position = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_stat_cursors", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "thads_stat_facts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    LiveCaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    ImportId = table.Column<long>(type: "INTEGER", nullable: true),
                    SourceLine = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExecutorId = table.Column<int>(type: "INTEGER", nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AcceptedOn = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptanceKind = table.Column<int>(type: "INTEGER", nullable: false),
                    IntakePath = table.Column<int>(type: "INTEGER", nullable: false),
                    JudgmentType = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedOn = table.Column<int>(type: "INTEGER", nullable: true),
                    Timeline = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SourceVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_stat_facts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_stat_facts_thads_staff_ExecutorId",
                        column: x => x.ExecutorId,
                        principalTable: "thads_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_thads_stat_facts_thads_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "thads_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "thads_stat_imports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RowsImported = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsRejected = table.Column<int>(type: "INTEGER", nullable: false),
                    Partial = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_stat_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "thads_stat_traditional",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_stat_traditional", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_stat_traditional_thads_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "thads_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_thads_stat_adjustments_FactId",
                table: "thads_stat_adjustments",
                column: "FactId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_stat_adjustments_UnitId_EffectiveOn",
                table: "thads_stat_adjustments",
                columns: new[] { "UnitId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_thads_stat_closings_UnitId_Year_Month",
                table: "thads_stat_closings",
                columns: new[] { "UnitId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_thads_stat_facts_ExecutorId",
                table: "thads_stat_facts",
                column: "ExecutorId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_stat_facts_ImportId",
                table: "thads_stat_facts",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_stat_facts_LiveCaseId",
                table: "thads_stat_facts",
                column: "LiveCaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_thads_stat_facts_UnitId_AcceptedOn_EndedOn",
                table: "thads_stat_facts",
                columns: new[] { "UnitId", "AcceptedOn", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_thads_stat_facts_UnitId_CaseNumber",
                table: "thads_stat_facts",
                columns: new[] { "UnitId", "CaseNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_thads_stat_traditional_UnitId",
                table: "thads_stat_traditional",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_stat_traditional_Year_Month_Form_UnitId_Indicator",
                table: "thads_stat_traditional",
                columns: new[] { "Year", "Month", "Form", "UnitId", "Indicator" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "thads_stat_adjustments");

            migrationBuilder.DropTable(
                name: "thads_stat_closings");

            migrationBuilder.DropTable(
                name: "thads_stat_cursors");

            migrationBuilder.DropTable(
                name: "thads_stat_facts");

            migrationBuilder.DropTable(
                name: "thads_stat_imports");

            migrationBuilder.DropTable(
                name: "thads_stat_traditional");
        }
    }
}
