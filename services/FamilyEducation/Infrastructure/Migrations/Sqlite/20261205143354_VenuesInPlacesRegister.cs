using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.FamilyEducation.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VenuesInPlacesRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PlaceId",
                table: "Venues",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Venues_PlaceId",
                table: "Venues",
                column: "PlaceId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Venues_PlaceId",
                table: "Venues");

            migrationBuilder.DropColumn(
                name: "PlaceId",
                table: "Venues");
        }
    }
}
