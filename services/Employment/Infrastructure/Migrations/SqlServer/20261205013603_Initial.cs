using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Employment.Infrastructure.Migrations.SqlServer
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
                name: "Certificates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    WomanId = table.Column<long>(type: "bigint", nullable: false),
                    VillageCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    CourseId = table.Column<long>(type: "bigint", nullable: true),
                    Trade = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Issuer = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Certificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Courses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Trade = table.Column<int>(type: "int", nullable: false),
                    Mode = table.Column<int>(type: "int", nullable: false),
                    Provider = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AreaCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    Online = table.Column<bool>(type: "bit", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<int>(type: "int", nullable: false),
                    Capacity = table.Column<int>(type: "int", nullable: false),
                    SubsidyYuan = table.Column<int>(type: "int", nullable: false),
                    Enrolled = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Employers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    AreaCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Employers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobSeekers",
                columns: table => new
                {
                    WomanId = table.Column<long>(type: "bigint", nullable: false),
                    VillageCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Wish = table.Column<int>(type: "int", nullable: false),
                    Skills = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    MaxDistance = table.Column<int>(type: "int", nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobSeekers", x => x.WomanId);
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
                name: "StartupSupport",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    WomanId = table.Column<long>(type: "bigint", nullable: false),
                    VillageCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    AmountYuan = table.Column<int>(type: "int", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Bank = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    TermMonths = table.Column<int>(type: "int", nullable: false),
                    SubsidisedRatePercent = table.Column<double>(type: "float", nullable: false),
                    LoanStatus = table.Column<int>(type: "int", nullable: false),
                    IncubationBase = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StartupSupport", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Targets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AreaCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    TrainingPersonTimes = table.Column<int>(type: "int", nullable: false),
                    NewPosts = table.Column<int>(type: "int", nullable: false),
                    WomenPlaced = table.Column<int>(type: "int", nullable: false),
                    MotherPostSites = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Targets", x => x.Id);
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
                name: "Enrolments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    RequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CourseId = table.Column<long>(type: "bigint", nullable: false),
                    WomanId = table.Column<long>(type: "bigint", nullable: false),
                    VillageCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    Trade = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    SessionsAttended = table.Column<int>(type: "int", nullable: false),
                    EnrolledAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enrolments_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Posts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    RequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    EmployerId = table.Column<long>(type: "bigint", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Trade = table.Column<int>(type: "int", nullable: false),
                    AreaCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    MonthlyPayYuan = table.Column<int>(type: "int", nullable: false),
                    Pattern = table.Column<int>(type: "int", nullable: false),
                    Openings = table.Column<int>(type: "int", nullable: false),
                    OpeningsLeft = table.Column<int>(type: "int", nullable: false),
                    MotherPost = table.Column<bool>(type: "bit", nullable: false),
                    DemonstrationSite = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Posts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Posts_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Attendance",
                columns: table => new
                {
                    EnrolmentId = table.Column<long>(type: "bigint", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance", x => new { x.EnrolmentId, x.Date });
                    table.ForeignKey(
                        name: "FK_Attendance_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    RequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PostId = table.Column<long>(type: "bigint", nullable: false),
                    WomanId = table.Column<long>(type: "bigint", nullable: false),
                    VillageCode = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    MonthlyPayYuan = table.Column<int>(type: "int", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Placements_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "IX_Certificates_RequestId",
                table: "Certificates",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_Trade_VillageCode",
                table: "Certificates",
                columns: new[] { "Trade", "VillageCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_WomanId",
                table: "Certificates",
                column: "WomanId");

            migrationBuilder.CreateIndex(
                name: "IX_Courses_AreaCode_Id",
                table: "Courses",
                columns: new[] { "AreaCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Courses_RequestId",
                table: "Courses",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Employers_RequestId",
                table: "Employers",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_CourseId_WomanId",
                table: "Enrolments",
                columns: new[] { "CourseId", "WomanId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_RequestId",
                table: "Enrolments",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_VillageCode_EnrolledAt",
                table: "Enrolments",
                columns: new[] { "VillageCode", "EnrolledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_WomanId",
                table: "Enrolments",
                column: "WomanId");

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_VillageCode",
                table: "JobSeekers",
                column: "VillageCode");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Unpublished",
                table: "OutboxMessages",
                column: "Id",
                filter: "PublishedAt IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_PostId_WomanId",
                table: "Placements",
                columns: new[] { "PostId", "WomanId" },
                unique: true,
                filter: "EndDate IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_RequestId",
                table: "Placements",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Placements_VillageCode_StartDate",
                table: "Placements",
                columns: new[] { "VillageCode", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_WomanId",
                table: "Placements",
                column: "WomanId");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_AreaCode_Id",
                table: "Posts",
                columns: new[] { "AreaCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_EmployerId",
                table: "Posts",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_RequestId",
                table: "Posts",
                column: "RequestId",
                unique: true);

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
                name: "IX_StartupSupport_RequestId",
                table: "StartupSupport",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StartupSupport_VillageCode_Id",
                table: "StartupSupport",
                columns: new[] { "VillageCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Targets_AreaCode_Year",
                table: "Targets",
                columns: new[] { "AreaCode", "Year" },
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
                name: "Certificates");

            migrationBuilder.DropTable(
                name: "JobSeekers");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropTable(
                name: "ProcessedEvents");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "StartupSupport");

            migrationBuilder.DropTable(
                name: "Targets");

            migrationBuilder.DropTable(
                name: "Enrolments");

            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "Posts");

            migrationBuilder.DropTable(
                name: "Courses");

            migrationBuilder.DropTable(
                name: "Employers");
        }
    }
}
