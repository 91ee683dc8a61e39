using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.LegalAid.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AidCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    RequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    WomanId = table.Column<long>(type: "bigint", nullable: false),
                    AreaCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    MatterId = table.Column<long>(type: "bigint", nullable: true),
                    Scope = table.Column<int>(type: "int", nullable: false),
                    MeansTest = table.Column<int>(type: "int", nullable: false),
                    MeansTestExplanation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    HardshipStatement = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    DecisionReason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DecidedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DaysToDecision = table.Column<int>(type: "int", nullable: true),
                    ProviderName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ProviderKind = table.Column<int>(type: "int", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    SubmittedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AidCases", x => x.Id);
                });

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
                name: "AwarenessEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AreaCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Organiser = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Laws = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Attendance = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwarenessEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Matters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    RequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Channel = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    WomanId = table.Column<long>(type: "bigint", nullable: true),
                    AreaCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    NarrativeSealed = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ContactSealed = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Handler = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    HandlerName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RiskColour = table.Column<int>(type: "int", nullable: false),
                    RiskReason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FollowUpDue = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Sensitive = table.Column<bool>(type: "bit", nullable: false),
                    WomanExited = table.Column<bool>(type: "bit", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    History = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Matters", x => x.Id);
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
                    Active = table.Column<bool>(type: "bit", nullable: false),
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
                name: "Mediations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    RequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    MatterId = table.Column<long>(type: "bigint", nullable: false),
                    AreaCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    Committee = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Mediator = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Agreement = table.Column<int>(type: "int", nullable: false),
                    FollowUpDate = table.Column<DateOnly>(type: "date", nullable: true),
                    NextStep = table.Column<int>(type: "int", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Sessions = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mediations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mediations_Matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "Matters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PoliceReferrals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    RequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    MatterId = table.Column<long>(type: "bigint", nullable: false),
                    AreaCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    Crime = table.Column<int>(type: "int", nullable: false),
                    Station = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Feedback = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    FeedbackOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoliceReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PoliceReferrals_Matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "Matters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProtectionOrders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    RequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    MatterId = table.Column<long>(type: "bigint", nullable: false),
                    WomanId = table.Column<long>(type: "bigint", nullable: true),
                    AreaCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Court = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Measures = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Violations = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectionOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtectionOrders_Matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "Matters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AidCases_AreaCode_Id",
                table: "AidCases",
                columns: new[] { "AreaCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AidCases_RequestId",
                table: "AidCases",
                column: "RequestId",
                unique: true);

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
                name: "IX_AwarenessEvents_AreaCode_Date",
                table: "AwarenessEvents",
                columns: new[] { "AreaCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_AwarenessEvents_RequestId",
                table: "AwarenessEvents",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Matters_AreaCode_Id",
                table: "Matters",
                columns: new[] { "AreaCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Matters_FollowUpDue",
                table: "Matters",
                column: "FollowUpDue",
                filter: "FollowUpDue IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Matters_RequestId",
                table: "Matters",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Matters_WomanId",
                table: "Matters",
                column: "WomanId");

            migrationBuilder.CreateIndex(
                name: "IX_Mediations_AreaCode_Id",
                table: "Mediations",
                columns: new[] { "AreaCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Mediations_MatterId",
                table: "Mediations",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_Mediations_RequestId",
                table: "Mediations",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Unpublished",
                table: "OutboxMessages",
                column: "Id",
                filter: "PublishedAt IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_PoliceReferrals_AreaCode_Id",
                table: "PoliceReferrals",
                columns: new[] { "AreaCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PoliceReferrals_MatterId",
                table: "PoliceReferrals",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_PoliceReferrals_RequestId",
                table: "PoliceReferrals",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionOrders_MatterId",
                table: "ProtectionOrders",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionOrders_RequestId",
                table: "ProtectionOrders",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionOrders_Status_ExpiresOn",
                table: "ProtectionOrders",
                columns: new[] { "Status", "ExpiresOn" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AidCases");

            migrationBuilder.DropTable(
                name: "AuditInbox");

            migrationBuilder.DropTable(
                name: "AuditLogResources");

            migrationBuilder.DropTable(
                name: "AwarenessEvents");

            migrationBuilder.DropTable(
                name: "Mediations");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "PoliceReferrals");

            migrationBuilder.DropTable(
                name: "ProcessedEvents");

            migrationBuilder.DropTable(
                name: "ProtectionOrders");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "Women");

            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "Matters");
        }
    }
}
