namespace EMnr.Web.Features.Accounts;

public sealed record InvitationRequest(string? Email, string? Role, Guid? InstitutionId);

public sealed record InvitationResponse(Guid Id, string Email, string Role, Guid InstitutionId, DateTimeOffset ExpiresAt);

public sealed record RoleChangeRequest(string? Role);

/// <summary>An account as its managers see it; never the password hash, stamps or keys.</summary>
public sealed record AccountSummary(
    Guid Id,
    string Email,
    string DisplayName,
    Guid InstitutionId,
    IReadOnlyList<string> Roles,
    bool IsActive,
    bool TwoFactorEnabled,
    bool LockedOut);

public sealed record AccountPageResponse(IReadOnlyList<AccountSummary> Items, string? NextCursor);
