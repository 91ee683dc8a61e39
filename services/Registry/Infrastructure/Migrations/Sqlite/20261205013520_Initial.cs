using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Registry.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Areas",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    UrbanRuralCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Areas", x => x.Code);
                });

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
                name: "StaffMembers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreateRequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Employment = table.Column<int>(type: "INTEGER", nullable: false),
                    PhoneCipher = table.Column<string>(type: "TEXT", unicode: false, maxLength: 120, nullable: false),
                    Duties = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyRounds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CountyCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 6, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyRounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WomanId = table.Column<long>(type: "INTEGER", nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Visitor = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    NeedsFound = table.Column<int>(type: "INTEGER", nullable: false),
                    Risks = table.Column<string>(type: "TEXT", unicode: false, maxLength: 50, nullable: false),
                    SituationChanged = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NextDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReferralIds = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Women",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreateRequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ResidentIdCipher = table.Column<string>(type: "TEXT", unicode: false, maxLength: 120, nullable: false),
                    ResidentIdHash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 44, nullable: false),
                    Ethnicity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PhoneCipher = table.Column<string>(type: "TEXT", unicode: false, maxLength: 120, nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Education = table.Column<int>(type: "INTEGER", nullable: false),
                    Health = table.Column<int>(type: "INTEGER", nullable: false),
                    DisabilityCategory = table.Column<int>(type: "INTEGER", nullable: false),
                    DisabilityGrade = table.Column<int>(type: "INTEGER", nullable: false),
                    EconomicStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    HusbandName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HusbandWorkPlace = table.Column<int>(type: "INTEGER", nullable: false),
                    HusbandWorkLocation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HusbandDepartureDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HusbandContactFrequency = table.Column<int>(type: "INTEGER", nullable: false),
                    ContractedLandMu = table.Column<double>(type: "REAL", nullable: false),
                    EmploymentStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    Skills = table.Column<string>(type: "TEXT", nullable: false),
                    FormNeeds = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsentToShare = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentToShareHealth = table.Column<bool>(type: "INTEGER", nullable: false),
                    CollectedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CollectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ExitReason = table.Column<int>(type: "INTEGER", nullable: false),
                    ExitDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExitNote = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    InRuralVillage = table.Column<bool>(type: "INTEGER", nullable: false),
                    LeftBehindSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    AllNeeds = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferredNeeds = table.Column<int>(type: "INTEGER", nullable: false),
                    NeedsPending = table.Column<bool>(type: "INTEGER", nullable: false),
                    AssessedLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessedNeeds = table.Column<int>(type: "INTEGER", nullable: false),
                    NextVisitDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssessedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AssessmentNotes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HouseholdMembers = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Women", x => x.Id);
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
                name: "ChangeRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WomanId = table.Column<long>(type: "INTEGER", nullable: false),
                    Field = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    OldValue = table.Column<string>(type: "TEXT", nullable: false),
                    NewValue = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedBySubject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChangeRecords_Women_WomanId",
                        column: x => x.WomanId,
                        principalTable: "Women",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyVerifications",
                columns: table => new
                {
                    RoundId = table.Column<long>(type: "INTEGER", nullable: false),
                    WomanId = table.Column<long>(type: "INTEGER", nullable: false),
                    VerifiedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    VerifiedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyVerifications", x => new { x.RoundId, x.WomanId });
                    table.ForeignKey(
                        name: "FK_SurveyVerifications_SurveyRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "SurveyRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SurveyVerifications_Women_WomanId",
                        column: x => x.WomanId,
                        principalTable: "Women",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Areas_ParentCode_Code",
                table: "Areas",
                columns: new[] { "ParentCode", "Code" });

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
                name: "IX_ChangeRecords_WomanId_Id",
                table: "ChangeRecords",
                columns: new[] { "WomanId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Unpublished",
                table: "OutboxMessages",
                column: "Id",
                filter: "PublishedAt IS NULL");

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
                name: "IX_StaffMembers_AreaCode_Id",
                table: "StaffMembers",
                columns: new[] { "AreaCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_CreateRequestId",
                table: "StaffMembers",
                column: "CreateRequestId",
                unique: true,
                filter: "CreateRequestId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyRounds_CountyCode_Year_Quarter",
                table: "SurveyRounds",
                columns: new[] { "CountyCode", "Year", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyVerifications_WomanId",
                table: "SurveyVerifications",
                column: "WomanId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_RequestId",
                table: "Visits",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Visits_WomanId_Id",
                table: "Visits",
                columns: new[] { "WomanId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Women_CreateRequestId",
                table: "Women",
                column: "CreateRequestId",
                unique: true,
                filter: "CreateRequestId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Women_NeedsPending",
                table: "Women",
                column: "Id",
                filter: "NeedsPending = 1");

            migrationBuilder.CreateIndex(
                name: "IX_Women_NextVisitDate_Id",
                table: "Women",
                columns: new[] { "NextVisitDate", "Id" },
                filter: "NextVisitDate IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Women_ResidentIdHash",
                table: "Women",
                column: "ResidentIdHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Women_VillageCode_Id",
                table: "Women",
                columns: new[] { "VillageCode", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Areas");

            migrationBuilder.DropTable(
                name: "AuditInbox");

            migrationBuilder.DropTable(
                name: "AuditLogResources");

            migrationBuilder.DropTable(
                name: "ChangeRecords");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "ProcessedEvents");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "StaffMembers");

            migrationBuilder.DropTable(
                name: "SurveyVerifications");

            migrationBuilder.DropTable(
                name: "Visits");

            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "SurveyRounds");

            migrationBuilder.DropTable(
                name: "Women");
        }
    }
}
