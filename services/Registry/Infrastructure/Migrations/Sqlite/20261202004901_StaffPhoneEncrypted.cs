using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Registry.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StaffPhoneEncrypted : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PhoneCipher",
                table: "StaffMembers",
                type: "TEXT",
                unicode: false,
                maxLength: 120,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PhoneCipher",
                table: "StaffMembers");
        }
    }
}
