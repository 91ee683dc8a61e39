using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Assistance.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OneOpenApplicationAndOverrides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_WomanId_ProgrammeCode",
                table: "Applications");

            migrationBuilder.AddColumn<bool>(
                name: "EligibilityOverridden",
                table: "Applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_OpenPerWomanAndProgramme",
                table: "Applications",
                columns: new[] { "WomanId", "ProgrammeCode" },
                unique: true,
                filter: "[Status] IN (1, 2, 3, 5)");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_WomanId",
                table: "Applications",
                column: "WomanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_OpenPerWomanAndProgramme",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_WomanId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "EligibilityOverridden",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_WomanId_ProgrammeCode",
                table: "Applications",
                columns: new[] { "WomanId", "ProgrammeCode" });
        }
    }
}
