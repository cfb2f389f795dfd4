using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EMnr.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class CaseworkScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_reports_assigned_reviewer_id",
                table: "reports",
                column: "assigned_reviewer_id");

            migrationBuilder.CreateIndex(
                name: "ix_reports_created_by",
                table: "reports",
                column: "created_by");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_from_institution_id_status",
                table: "referrals",
                columns: new[] { "from_institution_id", "status" })
                .Annotation("Npgsql:IndexInclude", new[] { "acknowledge_by" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_to_institution_id_status",
                table: "referrals",
                columns: new[] { "to_institution_id", "status" })
                .Annotation("Npgsql:IndexInclude", new[] { "report_id", "acknowledge_by" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_reports_assigned_reviewer_id",
                table: "reports");

            migrationBuilder.DropIndex(
                name: "ix_reports_created_by",
                table: "reports");

            migrationBuilder.DropIndex(
                name: "ix_referrals_from_institution_id_status",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "ix_referrals_to_institution_id_status",
                table: "referrals");
        }
    }
}
