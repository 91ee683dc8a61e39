using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.FamilyEducation.Infrastructure.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Time = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Area = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Action = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    TraceId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    Resources = table.Column<string>(type: "TEXT", unicode: false, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditInbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Time = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Area = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Action = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    TraceId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Concerns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WomanId = table.Column<long>(type: "INTEGER", nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    NarrativeSealed = table.Column<string>(type: "TEXT", nullable: false),
                    Open = table.Column<bool>(type: "INTEGER", nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Concerns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Households",
                columns: table => new
                {
                    WomanId = table.Column<long>(type: "INTEGER", nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    YoungestChildBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastEventId = table.Column<long>(type: "INTEGER", nullable: false),
                    Children = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Households", x => x.WomanId);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventType = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    Payload = table.Column<byte[]>(type: "BLOB", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Pairings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WomanId = table.Column<long>(type: "INTEGER", nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    GuideName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    GuideKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NextSessionDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pairings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessedEvents",
                columns: table => new
                {
                    Stream = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    EventId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedEvents", x => new { x.Stream, x.EventId });
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Sent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    Target = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    RemoteId = table.Column<long>(type: "INTEGER", nullable: false),
                    WomanId = table.Column<long>(type: "INTEGER", nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    Needs = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: false),
                    Urgency = table.Column<int>(type: "INTEGER", nullable: false),
                    Sensitive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Details = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Open = table.Column<bool>(type: "INTEGER", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnReason = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Venues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Keeper = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Venues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLogResources",
                columns: table => new
                {
                    AuditEntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Resource = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: false)
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
                name: "GuidanceSessions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PairingId = table.Column<long>(type: "INTEGER", nullable: false),
                    WomanId = table.Column<long>(type: "INTEGER", nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Form = table.Column<int>(type: "INTEGER", nullable: false),
                    Topics = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidanceSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuidanceSessions_Pairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "Pairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Activities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VenueId = table.Column<long>(type: "INTEGER", nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Speaker = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredAttendance = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherParticipants = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Activities_Venues_VenueId",
                        column: x => x.VenueId,
                        principalTable: "Venues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Attendance",
                columns: table => new
                {
                    ActivityId = table.Column<long>(type: "INTEGER", nullable: false),
                    WomanId = table.Column<long>(type: "INTEGER", nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance", x => new { x.ActivityId, x.WomanId });
                    table.ForeignKey(
                        name: "FK_Attendance_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_AreaCode_Date",
                table: "Activities",
                columns: new[] { "AreaCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_RequestId",
                table: "Activities",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Activities_VenueId",
                table: "Activities",
                column: "VenueId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_WomanId_Date",
                table: "Attendance",
                columns: new[] { "WomanId", "Date" });

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
                name: "IX_Concerns_RequestId",
                table: "Concerns",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_VillageCode_Id",
                table: "Concerns",
                columns: new[] { "VillageCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceSessions_PairingId",
                table: "GuidanceSessions",
                column: "PairingId");

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceSessions_WomanId_Date",
                table: "GuidanceSessions",
                columns: new[] { "WomanId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Households_VillageCode_YoungestChildBirth",
                table: "Households",
                columns: new[] { "VillageCode", "YoungestChildBirth" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Unpublished",
                table: "OutboxMessages",
                column: "Id",
                filter: "PublishedAt IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Pairings_RequestId",
                table: "Pairings",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pairings_VillageCode_NextSessionDate",
                table: "Pairings",
                columns: new[] { "VillageCode", "NextSessionDate" });

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
                name: "IX_Venues_AreaCode",
                table: "Venues",
                column: "AreaCode");

            migrationBuilder.CreateIndex(
                name: "IX_Venues_RequestId",
                table: "Venues",
                column: "RequestId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attendance");

            migrationBuilder.DropTable(
                name: "AuditInbox");

            migrationBuilder.DropTable(
                name: "AuditLogResources");

            migrationBuilder.DropTable(
                name: "Concerns");

            migrationBuilder.DropTable(
                name: "GuidanceSessions");

            migrationBuilder.DropTable(
                name: "Households");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "ProcessedEvents");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "Activities");

            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "Pairings");

            migrationBuilder.DropTable(
                name: "Venues");
        }
    }
}
