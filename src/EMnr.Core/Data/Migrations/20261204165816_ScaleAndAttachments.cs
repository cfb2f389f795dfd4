using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EMnr.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ScaleAndAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_communications_crisis_id_received_at",
                table: "communications");

            migrationBuilder.AlterColumn<string>(
                name: "name_search",
                table: "persons",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "identification_decided_at",
                table: "persons",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "report_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_by = table.Column<Guid>(type: "uuid", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_report_attachments_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_communications_category_received_at_id",
                table: "communications",
                columns: new[] { "category", "received_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_communications_crisis_id_received_at",
                table: "communications",
                columns: new[] { "crisis_id", "received_at" },
                filter: "crisis_id IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "category", "channel", "province_code", "redirected_to" });

            migrationBuilder.CreateIndex(
                name: "ix_report_attachments_report_id_uploaded_at",
                table: "report_attachments",
                columns: new[] { "report_id", "uploaded_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_attachments");

            migrationBuilder.DropIndex(
                name: "ix_communications_category_received_at_id",
                table: "communications");

            migrationBuilder.DropIndex(
                name: "ix_communications_crisis_id_received_at",
                table: "communications");

            migrationBuilder.DropColumn(
                name: "identification_decided_at",
                table: "persons");

            migrationBuilder.AlterColumn<string>(
                name: "name_search",
                table: "persons",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000);

            migrationBuilder.CreateIndex(
                name: "ix_communications_crisis_id_received_at",
                table: "communications",
                columns: new[] { "crisis_id", "received_at" });
        }
    }
}
