using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Assistance.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReferralsByWoman : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Referrals_WomanId_Open",
                table: "Referrals",
                columns: new[] { "WomanId", "Open" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_WomanId_Open",
                table: "Referrals");
        }
    }
}
