using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thads.Enforcement.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationAndAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "thads_units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SucceededById = table.Column<int>(type: "INTEGER", nullable: true),
                    IssuesDecisions = table.Column<bool>(type: "INTEGER", nullable: false),
                    HoldsMoney = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_units_thads_units_ParentId",
                        column: x => x.ParentId,
                        principalTable: "thads_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_thads_units_thads_units_SucceededById",
                        column: x => x.SucceededById,
                        principalTable: "thads_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "thads_alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_alerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_alerts_thads_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "thads_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "thads_staff",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Roles = table.Column<int>(type: "INTEGER", nullable: false),
                    AlertMode = table.Column<int>(type: "INTEGER", nullable: false),
                    DigestHour = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_staff", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_staff_thads_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "thads_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "thads_alert_deliveries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AlertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    MailedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_alert_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_alert_deliveries_thads_alerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "thads_alerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_thads_alert_deliveries_thads_staff_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "thads_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_thads_alert_deliveries_AlertId_StaffMemberId",
                table: "thads_alert_deliveries",
                columns: new[] { "AlertId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_thads_alert_deliveries_StaffMemberId_MailedAt",
                table: "thads_alert_deliveries",
                columns: new[] { "StaffMemberId", "MailedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_thads_alerts_CaseKey_Rule_Day",
                table: "thads_alerts",
                columns: new[] { "CaseKey", "Rule", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_thads_alerts_UnitId_Day",
                table: "thads_alerts",
                columns: new[] { "UnitId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_thads_staff_UnitId_Active",
                table: "thads_staff",
                columns: new[] { "UnitId", "Active" });

            migrationBuilder.CreateIndex(
                name: "IX_thads_staff_UserName",
                table: "thads_staff",
                column: "UserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_thads_units_Code",
                table: "thads_units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_thads_units_ParentId",
                table: "thads_units",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_units_SucceededById",
                table: "thads_units",
                column: "SucceededById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "thads_alert_deliveries");

            migrationBuilder.DropTable(
                name: "thads_alerts");

            migrationBuilder.DropTable(
                name: "thads_staff");

            migrationBuilder.DropTable(
                name: "thads_units");
        }
    }
}
