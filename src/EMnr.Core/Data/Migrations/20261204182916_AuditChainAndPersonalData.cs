using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EMnr.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditChainAndPersonalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_entries_entity_type_entity_id_at",
                table: "audit_entries");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_user_id_at",
                table: "audit_entries");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "anonymised_at",
                table: "reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "anonymised_at",
                table: "persons",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "anonymised_at",
                table: "communications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "entity_id",
                table: "audit_entries",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<string>(
                name: "changed_properties",
                table: "audit_entries",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "hash",
                table: "audit_entries",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "previous_hash",
                table: "audit_entries",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "person_corrections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    corrected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    corrected_by = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    changes = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_corrections", x => x.id);
                    table.ForeignKey(
                        name: "fk_person_corrections_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_reports_retention",
                table: "reports",
                column: "created_at",
                filter: "anonymised_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_persons_retention",
                table: "persons",
                column: "created_at",
                filter: "anonymised_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_communications_retention",
                table: "communications",
                column: "received_at",
                filter: "anonymised_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_action_id",
                table: "audit_entries",
                columns: new[] { "action", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_entity_id_id",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_institution_id_id",
                table: "audit_entries",
                columns: new[] { "institution_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_user_id_id",
                table: "audit_entries",
                columns: new[] { "user_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_person_corrections_person_id_corrected_at_id",
                table: "person_corrections",
                columns: new[] { "person_id", "corrected_at", "id" });

            // BEGIN hand-written SQL: audit hash chain (can move as one block if migrations are squashed).
            migrationBuilder.Sql(Sql.AuditChainSql.Create);
            migrationBuilder.Sql("ALTER TABLE audit_entries ALTER COLUMN hash DROP DEFAULT, ALTER COLUMN previous_hash DROP DEFAULT;");
            // END hand-written SQL.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // BEGIN hand-written SQL: audit hash chain.
            migrationBuilder.Sql(Sql.AuditChainSql.Drop);
            // END hand-written SQL.

            migrationBuilder.DropTable(
                name: "person_corrections");

            migrationBuilder.DropIndex(
                name: "ix_reports_retention",
                table: "reports");

            migrationBuilder.DropIndex(
                name: "ix_persons_retention",
                table: "persons");

            migrationBuilder.DropIndex(
                name: "ix_communications_retention",
                table: "communications");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_action_id",
                table: "audit_entries");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_entity_type_entity_id_id",
                table: "audit_entries");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_institution_id_id",
                table: "audit_entries");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_user_id_id",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "anonymised_at",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "anonymised_at",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "anonymised_at",
                table: "communications");

            migrationBuilder.DropColumn(
                name: "changed_properties",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "hash",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "previous_hash",
                table: "audit_entries");

            migrationBuilder.AlterColumn<string>(
                name: "entity_id",
                table: "audit_entries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_entity_id_at",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_user_id_at",
                table: "audit_entries",
                columns: new[] { "user_id", "at" });
        }
    }
}
