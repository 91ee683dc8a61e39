using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Assistance.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BenefitsByScreeningResult : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Benefits_ScreeningResult_WomanId",
                table: "Benefits",
                columns: new[] { "ScreeningResult", "WomanId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Benefits_ScreeningResult_WomanId",
                table: "Benefits");
        }
    }
}
