using System.Diagnostics;
using System.Security.Claims;
using EMnr.Core.Auditing;
using EMnr.Core.Data;
using EMnr.Core.Time;
using EMnr.Web.Infrastructure;

namespace EMnr.Web.Features.Auditing;

/// <summary>Audit actions, stable strings stored in the audit trail.</summary>
public static class AuditActions
{
    public const string ReportCreated = "report.created";
    public const string ReportStatusChanged = "report.status.changed";
    public const string ReportAssigned = "report.assigned";
    public const string PersonCreated = "person.created";
    public const string PersonIdentityRead = "person.identity.read";
    public const string ConsentRecorded = "consent.recorded";
    public const string ConsentWithdrawn = "consent.withdrawn";
    public const string ReferralSent = "referral.sent";
    public const string ReferralStatusChanged = "referral.status.changed";
    public const string InstitutionCreated = "institution.created";
    public const string InstitutionUpdated = "institution.updated";
    public const string InstitutionDeactivated = "institution.deactivated";
    public const string InstitutionReactivated = "institution.reactivated";
    public const string AccountInvited = "account.invited";
    public const string InvitationAccepted = "invitation.accepted";
    public const string AccountDeactivated = "account.deactivated";
    public const string AccountReactivated = "account.reactivated";
    public const string AccountRoleChanged = "account.role.changed";
    public const string TwoFactorEnabled = "two-factor.enabled";
    public const string RecoveryCodesGenerated = "two-factor.recovery-codes.generated";
    public const string SessionsRevoked = "sessions.revoked";
    public const string PasswordChanged = "account.password.changed";
}

/// <summary>
/// Writes audit entries with who, which institution, from which address and under which trace.
/// Changes are audited in the same unit of work as the change itself, so neither is saved alone.
/// </summary>
public sealed class AuditLog(EMnrDbContext db, IHttpContextAccessor httpContextAccessor, IClock clock)
{
    /// <summary>Adds an entry to the current unit of work; the caller's SaveChanges stores it with the change.</summary>
    public void Add(ClaimsPrincipal user, string action, string entityType, Guid entityId) =>
        db.AuditEntries.Add(Create(user, action, entityType, entityId));

    /// <summary>Stores an entry for a read at once, before the data is returned.</summary>
    public async Task RecordReadAsync(ClaimsPrincipal user, string action, string entityType, Guid entityId, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(Create(user, action, entityType, entityId));
        await db.SaveChangesAsync(cancellationToken);
    }

    private AuditEntry Create(ClaimsPrincipal user, string action, string entityType, Guid entityId)
    {
        var context = httpContextAccessor.HttpContext;
        return new AuditEntry
        {
            At = clock.UtcNow,
            UserId = user.Identity?.IsAuthenticated == true ? user.GetUserId() : null,
            InstitutionId = user.Identity?.IsAuthenticated == true ? user.GetInstitutionId() : null,
            Action = action,
            EntityType = entityType,
            EntityId = entityId.ToString(),
            IpAddress = context?.Connection.RemoteIpAddress?.ToString(),
            CorrelationId = Activity.Current?.TraceId.ToString() ?? context?.TraceIdentifier,
        };
    }
}
