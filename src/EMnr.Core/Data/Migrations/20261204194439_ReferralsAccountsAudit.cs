using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EMnr.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReferralsAccountsAudit : Migration
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

            migrationBuilder.AddColumn<string>(
                name: "contact_email",
                table: "institutions",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_phone",
                table: "institutions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "search_name",
                table: "institutions",
                type: "character varying(610)",
                maxLength: 610,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string[]>(
                name: "services",
                table: "institutions",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "institutions",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

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
                name: "consent_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_institution_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recipient_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    given_by = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    given_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    evidence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    valid_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_by_institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_by = table.Column<Guid>(type: "uuid", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_records", x => x.id);
                    table.CheckConstraint("ck_consent_records_one_recipient", "(recipient_institution_id IS NULL) <> (recipient_type IS NULL)");
                    table.ForeignKey(
                        name: "fk_consent_records_institutions_recipient_institution_id",
                        column: x => x.recipient_institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consent_records_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "invitations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    invited_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accepted_user_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invitations", x => x.id);
                    table.ForeignKey(
                        name: "fk_invitations_asp_net_users_invited_by_user_id",
                        column: x => x.invited_by_user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_invitations_institutions_institution_id",
                        column: x => x.institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outgoing_emails",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    to = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outgoing_emails", x => x.id);
                });

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

            migrationBuilder.CreateTable(
                name: "referral_counters",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_sequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    service = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sent_by_commission = table.Column<bool>(type: "boolean", nullable: false),
                    to_institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    urgent = table.Column<bool>(type: "boolean", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decline_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    cancel_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    sent_by = table.Column<Guid>(type: "uuid", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    acknowledge_by = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals", x => x.id);
                    table.CheckConstraint("ck_referrals_not_to_sender", "to_institution_id <> from_institution_id");
                    table.CheckConstraint("ck_referrals_service", "(kind = 'Service') = (service IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_referrals_institutions_from_institution_id",
                        column: x => x.from_institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_institutions_to_institution_id",
                        column: x => x.to_institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "scheduled_job_runs",
                columns: table => new
                {
                    job_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    period_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scheduled_job_runs", x => new { x.job_name, x.period_start });
                });

            migrationBuilder.CreateTable(
                name: "referral_overdue_flags",
                columns: table => new
                {
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    flagged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_overdue_flags", x => x.referral_id);
                    table.ForeignKey(
                        name: "fk_referral_overdue_flags_referrals_referral_id",
                        column: x => x.referral_id,
                        principalTable: "referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referral_persons",
                columns: table => new
                {
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    shares_identity = table.Column<bool>(type: "boolean", nullable: false),
                    legal_basis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    consent_record_id = table.Column<Guid>(type: "uuid", nullable: true),
                    child = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_persons", x => new { x.referral_id, x.person_id });
                    table.CheckConstraint("ck_referral_persons_basis", "(legal_basis = 'NoIdentity') = (NOT shares_identity) AND (legal_basis = 'Consent') = (consent_record_id IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_referral_persons_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referral_persons_referrals_referral_id",
                        column: x => x.referral_id,
                        principalTable: "referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referral_status_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    to = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    changed_by = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_referral_status_changes_referrals_referral_id",
                        column: x => x.referral_id,
                        principalTable: "referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_reports_assigned_reviewer_id",
                table: "reports",
                column: "assigned_reviewer_id");

            migrationBuilder.CreateIndex(
                name: "ix_reports_created_by",
                table: "reports",
                column: "created_by");

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
                name: "ix_consent_records_person_id_given_at",
                table: "consent_records",
                columns: new[] { "person_id", "given_at" });

            migrationBuilder.CreateIndex(
                name: "ix_consent_records_recipient_institution_id",
                table: "consent_records",
                column: "recipient_institution_id");

            migrationBuilder.CreateIndex(
                name: "ix_invitations_institution_id_created_at",
                table: "invitations",
                columns: new[] { "institution_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_invitations_invited_by_user_id",
                table: "invitations",
                column: "invited_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_invitations_token_hash",
                table: "invitations",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_unread",
                table: "notifications",
                column: "user_id",
                filter: "read_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_id_created_at_id",
                table: "notifications",
                columns: new[] { "user_id", "created_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_outgoing_emails_next_attempt_at_created_at",
                table: "outgoing_emails",
                columns: new[] { "next_attempt_at", "created_at" },
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_person_corrections_person_id_corrected_at_id",
                table: "person_corrections",
                columns: new[] { "person_id", "corrected_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_referral_persons_person_id",
                table: "referral_persons",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_referral_status_changes_referral_id_changed_at",
                table: "referral_status_changes",
                columns: new[] { "referral_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_from_institution_id_sent_at_id",
                table: "referrals",
                columns: new[] { "from_institution_id", "sent_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_from_institution_id_status",
                table: "referrals",
                columns: new[] { "from_institution_id", "status" })
                .Annotation("Npgsql:IndexInclude", new[] { "acknowledge_by" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_reference",
                table: "referrals",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_referrals_report_id_to_institution_id",
                table: "referrals",
                columns: new[] { "report_id", "to_institution_id" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_sent_at_id",
                table: "referrals",
                columns: new[] { "sent_at", "id" },
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_referrals_status_acknowledge_by",
                table: "referrals",
                columns: new[] { "status", "acknowledge_by" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_to_institution_id_sent_at_id",
                table: "referrals",
                columns: new[] { "to_institution_id", "sent_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_to_institution_id_status",
                table: "referrals",
                columns: new[] { "to_institution_id", "status" })
                .Annotation("Npgsql:IndexInclude", new[] { "report_id", "acknowledge_by" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_year_sequence",
                table: "referrals",
                columns: new[] { "year", "sequence" },
                unique: true);

            // BEGIN hand-written SQL: audit hash chain (the trigger that chains every new entry, and the chain of existing ones).
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
                name: "consent_records");

            migrationBuilder.DropTable(
                name: "invitations");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "outgoing_emails");

            migrationBuilder.DropTable(
                name: "person_corrections");

            migrationBuilder.DropTable(
                name: "referral_counters");

            migrationBuilder.DropTable(
                name: "referral_overdue_flags");

            migrationBuilder.DropTable(
                name: "referral_persons");

            migrationBuilder.DropTable(
                name: "referral_status_changes");

            migrationBuilder.DropTable(
                name: "scheduled_job_runs");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropIndex(
                name: "ix_reports_assigned_reviewer_id",
                table: "reports");

            migrationBuilder.DropIndex(
                name: "ix_reports_created_by",
                table: "reports");

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
                name: "contact_email",
                table: "institutions");

            migrationBuilder.DropColumn(
                name: "contact_phone",
                table: "institutions");

            migrationBuilder.DropColumn(
                name: "search_name",
                table: "institutions");

            migrationBuilder.DropColumn(
                name: "services",
                table: "institutions");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "institutions");

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
