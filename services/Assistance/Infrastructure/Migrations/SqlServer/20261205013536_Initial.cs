using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Assistance.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditInbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Time = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Department = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Area = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    Action = table.Column<string>(type: "varchar(200)", unicode: false, maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Outcome = table.Column<string>(type: "varchar(40)", unicode: false, maxLength: 40, nullable: false),
                    TraceId = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    Resources = table.Column<string>(type: "varchar(max)", unicode: false, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditInbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Time = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Department = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Area = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    Action = table.Column<string>(type: "varchar(200)", unicode: false, maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Outcome = table.Column<string>(type: "varchar(40)", unicode: false, maxLength: 40, nullable: false),
                    TraceId = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    PreviousHash = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EventType = table.Column<string>(type: "varchar(200)", unicode: false, maxLength: 200, nullable: false),
                    Payload = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Pairings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WomanId = table.Column<long>(type: "bigint", nullable: false),
                    VillageCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    VolunteerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    VolunteerOrganisation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pairings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessedEvents",
                columns: table => new
                {
                    Stream = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    EventId = table.Column<long>(type: "bigint", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedEvents", x => new { x.Stream, x.EventId });
                });

            migrationBuilder.CreateTable(
                name: "Programmes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    LeadDepartment = table.Column<string>(type: "varchar(50)", unicode: false, maxLength: 50, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    RulesJson = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CashMonthlyFen = table.Column<long>(type: "bigint", nullable: false),
                    CashPeriodMonths = table.Column<int>(type: "int", nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Sensitive = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programmes", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    RequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Sent = table.Column<bool>(type: "bit", nullable: false),
                    Source = table.Column<string>(type: "varchar(40)", unicode: false, maxLength: 40, nullable: false),
                    Target = table.Column<string>(type: "varchar(40)", unicode: false, maxLength: 40, nullable: false),
                    RemoteId = table.Column<long>(type: "bigint", nullable: false),
                    WomanId = table.Column<long>(type: "bigint", nullable: false),
                    VillageCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    Reason = table.Column<int>(type: "int", nullable: false),
                    Needs = table.Column<string>(type: "varchar(100)", unicode: false, maxLength: 100, nullable: false),
                    Urgency = table.Column<int>(type: "int", nullable: false),
                    Sensitive = table.Column<bool>(type: "bit", nullable: false),
                    Details = table.Column<string>(type: "varchar(200)", unicode: false, maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Open = table.Column<bool>(type: "bit", nullable: false),
                    Owner = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    OwnerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<int>(type: "int", nullable: false),
                    ReturnReason = table.Column<int>(type: "int", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Women",
                columns: table => new
                {
                    WomanId = table.Column<long>(type: "bigint", nullable: false),
                    VillageCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EconomicStatus = table.Column<int>(type: "int", nullable: false),
                    Health = table.Column<int>(type: "int", nullable: false),
                    DisabilityCategory = table.Column<int>(type: "int", nullable: false),
                    DisabilityGrade = table.Column<int>(type: "int", nullable: false),
                    Priority = table.Column<int>(type: "int", nullable: false),
                    LeftBehindSince = table.Column<DateOnly>(type: "date", nullable: true),
                    VillageRural = table.Column<bool>(type: "bit", nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    ConsentToShare = table.Column<bool>(type: "bit", nullable: false),
                    LastEventId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Women", x => x.WomanId);
                });

            migrationBuilder.CreateTable(
                name: "AuditLogResources",
                columns: table => new
                {
                    AuditEntryId = table.Column<long>(type: "bigint", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Resource = table.Column<string>(type: "varchar(100)", unicode: false, maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLogResources", x => new { x.AuditEntryId, x.Position });
                    table.ForeignKey(
                        name: "FK_AuditLogResources_AuditLog_AuditEntryId",
                        column: x => x.AuditEntryId,
                        principalTable: "AuditLog",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Applications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    RequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    WomanId = table.Column<long>(type: "bigint", nullable: false),
                    WomanName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    VillageCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    ProgrammeCode = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Eligible = table.Column<bool>(type: "bit", nullable: false),
                    SubmittedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EndingProposed = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EligibilityOverridden = table.Column<bool>(type: "bit", nullable: false),
                    Eligibility = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    History = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Applications_Programmes_ProgrammeCode",
                        column: x => x.ProgrammeCode,
                        principalTable: "Programmes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Benefits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    ApplicationId = table.Column<long>(type: "bigint", nullable: false),
                    WomanId = table.Column<long>(type: "bigint", nullable: false),
                    VillageCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    ProgrammeCode = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<string>(type: "varchar(7)", unicode: false, maxLength: 7, nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    ScreeningResult = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Benefits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Benefits_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_OpenPerWomanAndProgramme",
                table: "Applications",
                columns: new[] { "WomanId", "ProgrammeCode" },
                unique: true,
                filter: "[Status] IN (1, 2, 3, 5)");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ProgrammeCode",
                table: "Applications",
                column: "ProgrammeCode");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_RequestId",
                table: "Applications",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_VillageCode_Id",
                table: "Applications",
                columns: new[] { "VillageCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_WomanId",
                table: "Applications",
                column: "WomanId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Subject_Id",
                table: "AuditLog",
                columns: new[] { "Subject", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Time",
                table: "AuditLog",
                column: "Time");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogResources_Resource_AuditEntryId",
                table: "AuditLogResources",
                columns: new[] { "Resource", "AuditEntryId" });

            migrationBuilder.CreateIndex(
                name: "IX_Benefits_ApplicationId_Id",
                table: "Benefits",
                columns: new[] { "ApplicationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Benefits_ScreeningResult_WomanId",
                table: "Benefits",
                columns: new[] { "ScreeningResult", "WomanId" });

            migrationBuilder.CreateIndex(
                name: "IX_Benefits_VillageCode_Month",
                table: "Benefits",
                columns: new[] { "VillageCode", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Unpublished",
                table: "OutboxMessages",
                column: "Id",
                filter: "PublishedAt IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Pairings_WomanId",
                table: "Pairings",
                column: "WomanId",
                unique: true,
                filter: "Active = 1");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_RequestId",
                table: "Referrals",
                column: "RequestId",
                unique: true,
                filter: "RequestId <> ''");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_Sent_Open_DueDate",
                table: "Referrals",
                columns: new[] { "Sent", "Open", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_Sent_VillageCode_Id",
                table: "Referrals",
                columns: new[] { "Sent", "VillageCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_Source_RemoteId",
                table: "Referrals",
                columns: new[] { "Source", "RemoteId" },
                unique: true,
                filter: "Sent = 0 AND RemoteId > 0");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_Target_WomanId_Reason",
                table: "Referrals",
                columns: new[] { "Target", "WomanId", "Reason" },
                unique: true,
                filter: "Sent = 1 AND Open = 1");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_WomanId",
                table: "Referrals",
                column: "WomanId");

            migrationBuilder.CreateIndex(
                name: "IX_Women_VillageCode_WomanId",
                table: "Women",
                columns: new[] { "VillageCode", "WomanId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditInbox");

            migrationBuilder.DropTable(
                name: "AuditLogResources");

            migrationBuilder.DropTable(
                name: "Benefits");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "Pairings");

            migrationBuilder.DropTable(
                name: "ProcessedEvents");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "Women");

            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "Applications");

            migrationBuilder.DropTable(
                name: "Programmes");
        }
    }
}
