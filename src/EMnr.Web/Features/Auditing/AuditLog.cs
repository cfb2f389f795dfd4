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
    public const string PersonExported = "person.identity.exported";
    public const string PersonCorrected = "person.identity.corrected";
    public const string PersonAnonymised = "person.anonymised";
    public const string CommunicationAnonymised = "communication.anonymised";
    public const string ReportAnonymised = "report.anonymised";

    /// <summary>Suffixes of the actions that <see cref="AuditInterceptor"/> records for tracked changes.</summary>
    public const string CreatedSuffix = ".created";
    public const string UpdatedSuffix = ".updated";
    public const string DeletedSuffix = ".deleted";
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
/// Tracked changes are also audited by <see cref="AuditInterceptor"/>. An explicit entry for the
/// same record takes the place of the generic one.
/// </summary>
public sealed class AuditLog(EMnrDbContext db, IHttpContextAccessor httpContextAccessor, IClock clock)
{
    /// <summary>Adds an entry to the current unit of work; the caller's SaveChanges stores it with the change.</summary>
    public AuditEntry Add(ClaimsPrincipal? user, string action, string entityType, Guid entityId) =>
        Add(user, action, entityType, entityId.ToString());

    /// <summary>Adds an entry for a record whose key is not a GUID.</summary>
    public AuditEntry Add(ClaimsPrincipal? user, string action, string entityType, string entityId)
    {
        var entry = NewEntry(httpContextAccessor.HttpContext, user, clock.UtcNow, action, entityType, entityId);
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Stores an entry for a read at once, before the data is returned.</summary>
    public async Task RecordReadAsync(ClaimsPrincipal user, string action, string entityType, Guid entityId, CancellationToken cancellationToken)
    {
        Add(user, action, entityType, entityId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Creates an entry for the signed-in user of <paramref name="context"/>, or for the platform
    /// itself (no user) when a scheduled job acts.
    /// </summary>
    internal static AuditEntry NewEntry(
        HttpContext? context, ClaimsPrincipal? user, DateTimeOffset at, string action, string entityType, string entityId)
    {
        var signedIn = user?.Identity?.IsAuthenticated == true;
        return new AuditEntry
        {
            At = at,
            UserId = signedIn ? ClaimGuid(user!, ClaimTypes.NameIdentifier) : null,
            InstitutionId = signedIn ? ClaimGuid(user!, EMnrClaims.InstitutionId) : null,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            IpAddress = context?.Connection.RemoteIpAddress?.ToString(),
            CorrelationId = Activity.Current?.TraceId.ToString() ?? context?.TraceIdentifier,
        };
    }

    private static Guid? ClaimGuid(ClaimsPrincipal user, string type) =>
        Guid.TryParse(user.FindFirstValue(type), out var value) ? value : null;
}
