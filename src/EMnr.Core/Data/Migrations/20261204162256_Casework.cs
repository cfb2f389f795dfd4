using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EMnr.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Casework : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: true),
                    action = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ip_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    correlation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "persons",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    name_latin = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    name_arabic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    name_search = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    sex = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    estimated_age_min = table.Column<int>(type: "integer", nullable: true),
                    estimated_age_max = table.Column<int>(type: "integer", nullable: true),
                    nationality = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: true),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    province_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    vulnerabilities = table.Column<string[]>(type: "text[]", nullable: false),
                    guardian_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    guardian_relation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    identification_status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_persons", x => x.id);
                    table.CheckConstraint("ck_persons_age_bounds", "(estimated_age_min IS NULL OR estimated_age_min BETWEEN 0 AND 120) AND (estimated_age_max IS NULL OR estimated_age_max BETWEEN 0 AND 120)");
                    table.CheckConstraint("ck_persons_age_range", "estimated_age_min IS NULL OR estimated_age_max IS NULL OR estimated_age_min <= estimated_age_max");
                });

            migrationBuilder.CreateTable(
                name: "report_counters",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_sequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    communication_id = table.Column<Guid>(type: "uuid", nullable: true),
                    province_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    commune = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    facts_from = table.Column<DateOnly>(type: "date", nullable: true),
                    facts_to = table.Column<DateOnly>(type: "date", nullable: true),
                    narrative = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    exploitation_forms = table.Column<string[]>(type: "text[]", nullable: false),
                    indicators_observed = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    perpetrators_description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    closed_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    crisis_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assigned_reviewer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reports", x => x.id);
                    table.CheckConstraint("ck_reports_facts_period", "facts_to IS NULL OR facts_from IS NULL OR facts_to >= facts_from");
                    table.ForeignKey(
                        name: "fk_reports_communications_communication_id",
                        column: x => x.communication_id,
                        principalTable: "communications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_reports_institutions_institution_id",
                        column: x => x.institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_persons",
                columns: table => new
                {
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_persons", x => new { x.report_id, x.person_id });
                    table.ForeignKey(
                        name: "fk_report_persons_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_report_persons_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_status_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    to = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    changed_by = table.Column<Guid>(type: "uuid", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_report_status_changes_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "screenings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    guide_version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    list = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ticked = table.Column<string>(type: "jsonb", nullable: false),
                    is_child_at_time_of_facts = table.Column<bool>(type: "boolean", nullable: false),
                    suggested_outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    agrees_with_suggestion = table.Column<bool>(type: "boolean", nullable: false),
                    concluded_outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    override_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    screened_by = table.Column<Guid>(type: "uuid", nullable: false),
                    screened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_screenings", x => x.id);
                    table.ForeignKey(
                        name: "fk_screenings_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_screenings_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identification_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    screening_id = table.Column<Guid>(type: "uuid", nullable: true),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identification_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_identification_decisions_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_identification_decisions_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_identification_decisions_screenings_screening_id",
                        column: x => x.screening_id,
                        principalTable: "screenings",
                        principalColumn: "id");
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_at",
                table: "audit_entries",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_entity_id_at",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_user_id_at",
                table: "audit_entries",
                columns: new[] { "user_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_identification_decisions_person_id_decided_at",
                table: "identification_decisions",
                columns: new[] { "person_id", "decided_at" });

            migrationBuilder.CreateIndex(
                name: "ix_identification_decisions_report_id",
                table: "identification_decisions",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "ix_identification_decisions_screening_id",
                table: "identification_decisions",
                column: "screening_id");

            migrationBuilder.CreateIndex(
                name: "ix_persons_code",
                table: "persons",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_persons_date_of_birth",
                table: "persons",
                column: "date_of_birth");

            migrationBuilder.CreateIndex(
                name: "ix_persons_institution_id_created_at_id",
                table: "persons",
                columns: new[] { "institution_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_persons_name_search",
                table: "persons",
                column: "name_search")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_report_persons_person_id",
                table: "report_persons",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_report_status_changes_report_id_changed_at",
                table: "report_status_changes",
                columns: new[] { "report_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_reports_communication_id",
                table: "reports",
                column: "communication_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reports_created_at_id",
                table: "reports",
                columns: new[] { "created_at", "id" },
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_reports_institution_id_created_at_id",
                table: "reports",
                columns: new[] { "institution_id", "created_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_reports_reference",
                table: "reports",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reports_status_created_at",
                table: "reports",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_reports_year_sequence",
                table: "reports",
                columns: new[] { "year", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_screenings_person_id_screened_at",
                table: "screenings",
                columns: new[] { "person_id", "screened_at" });

            migrationBuilder.CreateIndex(
                name: "ix_screenings_report_id",
                table: "screenings",
                column: "report_id");

            // The audit trail is append-only in the database itself, whatever the application does.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_entries is append-only: % is not allowed', TG_OP;
                END;
                $$;
                CREATE TRIGGER audit_entries_append_only
                    BEFORE UPDATE OR DELETE ON audit_entries
                    FOR EACH ROW EXECUTE FUNCTION audit_entries_reject_change();
                CREATE TRIGGER audit_entries_no_truncate
                    BEFORE TRUNCATE ON audit_entries
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_reject_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_entries_no_truncate ON audit_entries;
                DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries;
                DROP FUNCTION IF EXISTS audit_entries_reject_change();
                """);

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "identification_decisions");

            migrationBuilder.DropTable(
                name: "report_counters");

            migrationBuilder.DropTable(
                name: "report_persons");

            migrationBuilder.DropTable(
                name: "report_status_changes");

            migrationBuilder.DropTable(
                name: "screenings");

            migrationBuilder.DropTable(
                name: "persons");

            migrationBuilder.DropTable(
                name: "reports");
        }
    }
}
