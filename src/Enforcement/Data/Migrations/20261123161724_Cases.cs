using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thads.Enforcement.Data.Migrations
{
    /// <inheritdoc />
    public partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "thads_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtcTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "thads_cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExecutorId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    StatusSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcceptanceKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IntakePath = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    JudgmentType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CourtName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    JudgmentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    JudgmentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    JudgmentEffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    JudgmentReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RequestReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionSignedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    VoluntaryPeriodEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstVerifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastVerifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HasConditions = table.Column<bool>(type: "INTEGER", nullable: true),
                    NoConditionsDecisionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NoConditionsDecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DelegatedToUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    DelegatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DelegatedFromUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    DelegatedFromCaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_cases_thads_cases_DelegatedFromCaseId",
                        column: x => x.DelegatedFromCaseId,
                        principalTable: "thads_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_thads_cases_thads_staff_ExecutorId",
                        column: x => x.ExecutorId,
                        principalTable: "thads_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_thads_cases_thads_units_DelegatedFromUnitId",
                        column: x => x.DelegatedFromUnitId,
                        principalTable: "thads_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_thads_cases_thads_units_DelegatedToUnitId",
                        column: x => x.DelegatedToUnitId,
                        principalTable: "thads_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_thads_cases_thads_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "thads_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "thads_handovers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FromExecutorId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToExecutorId = table.Column<int>(type: "INTEGER", nullable: false),
                    MoneyAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedById = table.Column<int>(type: "INTEGER", nullable: false),
                    HandedOverOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_handovers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_handovers_thads_staff_ApprovedById",
                        column: x => x.ApprovedById,
                        principalTable: "thads_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_thads_handovers_thads_staff_FromExecutorId",
                        column: x => x.FromExecutorId,
                        principalTable: "thads_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_thads_handovers_thads_staff_ToExecutorId",
                        column: x => x.ToExecutorId,
                        principalTable: "thads_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "thads_approvals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Approved = table.Column<bool>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_approvals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_approvals_thads_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "thads_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "thads_attachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_attachments_thads_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "thads_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "thads_delegations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FromCaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    DelegatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GroundCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ReceivingCaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_delegations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_delegations_thads_cases_FromCaseId",
                        column: x => x.FromCaseId,
                        principalTable: "thads_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_thads_delegations_thads_cases_ReceivingCaseId",
                        column: x => x.ReceivingCaseId,
                        principalTable: "thads_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_thads_delegations_thads_units_FromUnitId",
                        column: x => x.FromUnitId,
                        principalTable: "thads_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_thads_delegations_thads_units_ToUnitId",
                        column: x => x.ToUnitId,
                        principalTable: "thads_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "thads_parties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_parties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_parties_thads_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "thads_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "thads_status_changes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GroundCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    GroundCitation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NeedsReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_status_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_status_changes_thads_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "thads_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "thads_verifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    VerifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExecutorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NoConditionsReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_verifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_verifications_thads_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "thads_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_thads_verifications_thads_staff_ExecutorId",
                        column: x => x.ExecutorId,
                        principalTable: "thads_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "thads_assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExecutorId = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousExecutorId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    HandoverId = table.Column<int>(type: "INTEGER", nullable: true),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_assignments_thads_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "thads_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_thads_assignments_thads_handovers_HandoverId",
                        column: x => x.HandoverId,
                        principalTable: "thads_handovers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_thads_assignments_thads_staff_ExecutorId",
                        column: x => x.ExecutorId,
                        principalTable: "thads_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_thads_assignments_thads_staff_PreviousExecutorId",
                        column: x => x.PreviousExecutorId,
                        principalTable: "thads_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "thads_handover_cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HandoverId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    MoneyAmount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_handover_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_handover_cases_thads_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "thads_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_thads_handover_cases_thads_handovers_HandoverId",
                        column: x => x.HandoverId,
                        principalTable: "thads_handovers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "thads_assets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OwnerPartyId = table.Column<int>(type: "INTEGER", nullable: true),
                    EstimatedValue = table.Column<long>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IdentifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SeizedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValuedAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    AuctionedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SoldAmount = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_assets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_assets_thads_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "thads_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_thads_assets_thads_parties_OwnerPartyId",
                        column: x => x.OwnerPartyId,
                        principalTable: "thads_parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "thads_notices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DocumentDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecipientPartyId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_notices_thads_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "thads_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_thads_notices_thads_parties_RecipientPartyId",
                        column: x => x.RecipientPartyId,
                        principalTable: "thads_parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "thads_obligations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Paid = table.Column<long>(type: "INTEGER", nullable: false),
                    DebtorPartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreditorPartyId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_obligations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_obligations_thads_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "thads_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_thads_obligations_thads_parties_CreditorPartyId",
                        column: x => x.CreditorPartyId,
                        principalTable: "thads_parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_thads_obligations_thads_parties_DebtorPartyId",
                        column: x => x.DebtorPartyId,
                        principalTable: "thads_parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "thads_money",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    HolderId = table.Column<int>(type: "INTEGER", nullable: true),
                    ObligationId = table.Column<int>(type: "INTEGER", nullable: true),
                    PartyId = table.Column<int>(type: "INTEGER", nullable: true),
                    HandoverId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thads_money", x => x.Id);
                    table.ForeignKey(
                        name: "FK_thads_money_thads_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "thads_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_thads_money_thads_handovers_HandoverId",
                        column: x => x.HandoverId,
                        principalTable: "thads_handovers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_thads_money_thads_obligations_ObligationId",
                        column: x => x.ObligationId,
                        principalTable: "thads_obligations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_thads_money_thads_parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "thads_parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_thads_money_thads_staff_HolderId",
                        column: x => x.HolderId,
                        principalTable: "thads_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_thads_approvals_CaseId",
                table: "thads_approvals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_assets_CaseId",
                table: "thads_assets",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_assets_OwnerPartyId",
                table: "thads_assets",
                column: "OwnerPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_assignments_CaseId",
                table: "thads_assignments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_assignments_ExecutorId",
                table: "thads_assignments",
                column: "ExecutorId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_assignments_HandoverId",
                table: "thads_assignments",
                column: "HandoverId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_assignments_PreviousExecutorId",
                table: "thads_assignments",
                column: "PreviousExecutorId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_attachments_CaseId",
                table: "thads_attachments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_audit_AtUtcTicks",
                table: "thads_audit",
                column: "AtUtcTicks");

            migrationBuilder.CreateIndex(
                name: "IX_thads_audit_CaseId_AtUtcTicks",
                table: "thads_audit",
                columns: new[] { "CaseId", "AtUtcTicks" });

            migrationBuilder.CreateIndex(
                name: "IX_thads_cases_DelegatedFromCaseId",
                table: "thads_cases",
                column: "DelegatedFromCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_cases_DelegatedFromUnitId",
                table: "thads_cases",
                column: "DelegatedFromUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_cases_DelegatedToUnitId",
                table: "thads_cases",
                column: "DelegatedToUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_cases_ExecutorId_Status",
                table: "thads_cases",
                columns: new[] { "ExecutorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_thads_cases_UnitId_AcceptedOn",
                table: "thads_cases",
                columns: new[] { "UnitId", "AcceptedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_thads_cases_UnitId_CaseNumber",
                table: "thads_cases",
                columns: new[] { "UnitId", "CaseNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_thads_cases_UnitId_Status",
                table: "thads_cases",
                columns: new[] { "UnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_thads_delegations_FromCaseId",
                table: "thads_delegations",
                column: "FromCaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_thads_delegations_FromUnitId",
                table: "thads_delegations",
                column: "FromUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_delegations_ReceivingCaseId",
                table: "thads_delegations",
                column: "ReceivingCaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_thads_delegations_ToUnitId_DelegatedOn",
                table: "thads_delegations",
                columns: new[] { "ToUnitId", "DelegatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_thads_handover_cases_CaseId",
                table: "thads_handover_cases",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_handover_cases_HandoverId_CaseId",
                table: "thads_handover_cases",
                columns: new[] { "HandoverId", "CaseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_thads_handovers_ApprovedById",
                table: "thads_handovers",
                column: "ApprovedById");

            migrationBuilder.CreateIndex(
                name: "IX_thads_handovers_FromExecutorId",
                table: "thads_handovers",
                column: "FromExecutorId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_handovers_ToExecutorId",
                table: "thads_handovers",
                column: "ToExecutorId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_money_CaseId_On",
                table: "thads_money",
                columns: new[] { "CaseId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_thads_money_HandoverId",
                table: "thads_money",
                column: "HandoverId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_money_HolderId_CaseId",
                table: "thads_money",
                columns: new[] { "HolderId", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_thads_money_ObligationId",
                table: "thads_money",
                column: "ObligationId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_money_PartyId",
                table: "thads_money",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_notices_CaseId",
                table: "thads_notices",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_notices_RecipientPartyId",
                table: "thads_notices",
                column: "RecipientPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_obligations_CaseId",
                table: "thads_obligations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_obligations_CreditorPartyId",
                table: "thads_obligations",
                column: "CreditorPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_obligations_DebtorPartyId",
                table: "thads_obligations",
                column: "DebtorPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_parties_CaseId",
                table: "thads_parties",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_thads_parties_IdNumber",
                table: "thads_parties",
                column: "IdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_thads_status_changes_CaseId_On",
                table: "thads_status_changes",
                columns: new[] { "CaseId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_thads_status_changes_To_On",
                table: "thads_status_changes",
                columns: new[] { "To", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_thads_verifications_CaseId_VerifiedOn",
                table: "thads_verifications",
                columns: new[] { "CaseId", "VerifiedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_thads_verifications_ExecutorId",
                table: "thads_verifications",
                column: "ExecutorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "thads_approvals");

            migrationBuilder.DropTable(
                name: "thads_assets");

            migrationBuilder.DropTable(
                name: "thads_assignments");

            migrationBuilder.DropTable(
                name: "thads_attachments");

            migrationBuilder.DropTable(
                name: "thads_audit");

            migrationBuilder.DropTable(
                name: "thads_delegations");

            migrationBuilder.DropTable(
                name: "thads_handover_cases");

            migrationBuilder.DropTable(
                name: "thads_money");

            migrationBuilder.DropTable(
                name: "thads_notices");

            migrationBuilder.DropTable(
                name: "thads_status_changes");

            migrationBuilder.DropTable(
                name: "thads_verifications");

            migrationBuilder.DropTable(
                name: "thads_handovers");

            migrationBuilder.DropTable(
                name: "thads_obligations");

            migrationBuilder.DropTable(
                name: "thads_parties");

            migrationBuilder.DropTable(
                name: "thads_cases");
        }
    }
}
