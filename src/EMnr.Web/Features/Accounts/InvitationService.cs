using System.Security.Claims;
using EMnr.Core.Data;
using EMnr.Core.Identity;
using EMnr.Core.Text;
using EMnr.Core.Time;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Infrastructure;
using EMnr.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Features.Accounts;

/// <summary>Why an invitation link cannot be used.</summary>
public enum InvitationProblem
{
    None,
    Unknown,
    Expired,
    AlreadyUsed,
    InstitutionInactive,
}

public sealed record InvitationOutcome(Invitation? Invitation, IReadOnlyDictionary<string, string[]> Errors, bool Forbidden = false);

public sealed record AcceptOutcome(AppUser? User, IReadOnlyDictionary<string, string[]> Errors, InvitationProblem Problem = InvitationProblem.None);

/// <summary>
/// Sends invitations by e-mail and turns an accepted invitation into an account. The invitation, its
/// audit entry and its e-mail are saved together; the account, its role and the used mark too.
/// </summary>
public sealed partial class InvitationService(
    EMnrDbContext db,
    UserManager<AppUser> users,
    EmailOutbox outbox,
    AuditLog audit,
    IClock clock,
    IOptions<AccountOptions> options,
    ILogger<InvitationService> logger)
{
    private const string EntityType = "invitation";

    public async Task<InvitationOutcome> CreateAsync(InvitationRequest request, ClaimsPrincipal actor, string baseUrl,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var email = request.Email?.Trim() ?? "";
        if (email.Length == 0 || email.Length > 254 || !TextRules.HasNoControlCharacters(email) || !IsEmail(email))
        {
            errors[nameof(InvitationRequest.Email)] = ["Enter a valid e-mail address."];
        }

        var role = Roles.All.FirstOrDefault(r => string.Equals(r, request.Role, StringComparison.OrdinalIgnoreCase));
        if (role is null)
        {
            errors[nameof(InvitationRequest.Role)] = [$"Unknown role. Use one of: {string.Join(", ", Roles.All)}."];
        }

        if (request.InstitutionId is not { } institutionId)
        {
            errors[nameof(InvitationRequest.InstitutionId)] = ["Choose the institution of the account."];
            return new InvitationOutcome(null, errors);
        }

        // A manager may invite only into their own institution, whatever the form or request body says.
        if (!AccountRules.IsAdministrator(actor) && actor.GetInstitutionId() != institutionId)
        {
            return new InvitationOutcome(null, errors, Forbidden: true);
        }

        if (role is not null && !AccountRules.MayAssign(actor, role, institutionId))
        {
            errors[nameof(InvitationRequest.Role)] = ["Institution managers may invite caseworkers and managers only."];
        }

        var institution = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == institutionId, cancellationToken);
        if (institution is not { IsActive: true })
        {
            errors[nameof(InvitationRequest.InstitutionId)] = ["The institution does not exist or is deactivated."];
        }

        if (errors.Count == 0 && await users.FindByEmailAsync(email) is not null)
        {
            errors[nameof(InvitationRequest.Email)] = ["An account with this e-mail address already exists."];
        }

        if (errors.Count > 0)
        {
            return new InvitationOutcome(null, errors);
        }

        var token = InvitationTokens.Create();
        var now = clock.UtcNow;
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            Role = role!,
            InstitutionId = institutionId,
            TokenHash = InvitationTokens.Hash(token)!,
            InvitedByUserId = actor.GetUserId(),
            CreatedAt = now,
            ExpiresAt = now.AddHours(options.Value.InvitationLifetimeHours),
        };
        db.Invitations.Add(invitation);
        audit.Add(actor, AuditActions.AccountInvited, EntityType, invitation.Id);
        var link = $"{(options.Value.PublicBaseUrl ?? baseUrl).TrimEnd('/')}/Account/AcceptInvitation?token={token}";
        outbox.Enqueue(email, "E-MNR : invitation / دعوة", InvitationEmail.Body(institution!, role!, link, invitation.ExpiresAt));
        await db.SaveChangesAsync(cancellationToken);
        LogInvited(logger, invitation.Id, institutionId);
        return new InvitationOutcome(invitation, errors);
    }

    /// <summary>Finds the invitation of a link, with the reason it cannot be used, or <c>None</c> when it can.</summary>
    public async Task<(Invitation? Invitation, InvitationProblem Problem)> FindAsync(string? token, CancellationToken cancellationToken)
    {
        var hash = InvitationTokens.Hash(token);
        var invitation = hash is null
            ? null
            : await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
        {
            return (null, InvitationProblem.Unknown);
        }

        if (invitation.AcceptedAt is not null)
        {
            return (invitation, InvitationProblem.AlreadyUsed);
        }

        if (invitation.ExpiresAt <= clock.UtcNow)
        {
            return (invitation, InvitationProblem.Expired);
        }

        var active = await db.Institutions.AnyAsync(i => i.Id == invitation.InstitutionId && i.IsActive, cancellationToken);
        return (invitation, active ? InvitationProblem.None : InvitationProblem.InstitutionInactive);
    }

    /// <summary>
    /// Creates the account of a valid invitation with the chosen display name and password. The
    /// invitation is marked used by a conditional update first, so two submissions of one link create
    /// one account at most. Any failure after that rolls everything back.
    /// </summary>
    public async Task<AcceptOutcome> AcceptAsync(string? token, string? displayName, string? password, CancellationToken cancellationToken)
    {
        var (invitation, problem) = await FindAsync(token, cancellationToken);
        if (problem != InvitationProblem.None)
        {
            return new AcceptOutcome(null, new Dictionary<string, string[]>(), problem);
        }

        var errors = new Dictionary<string, string[]>();
        var name = displayName?.Trim() ?? "";
        if (name.Length is 0 or > 200 || !TextRules.HasNoControlCharacters(name) || name.Contains('\n'))
        {
            errors["DisplayName"] = ["Enter your name as colleagues should see it, in at most 200 characters on one line."];
        }

        if (string.IsNullOrEmpty(password))
        {
            errors["Password"] = ["Choose a password of at least 12 characters."];
        }

        if (errors.Count > 0)
        {
            return new AcceptOutcome(null, errors);
        }

        var userId = Guid.CreateVersion7();
        var now = clock.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var marked = await db.Invitations
            .Where(i => i.Id == invitation!.Id && i.AcceptedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, now).SetProperty(i => i.AcceptedUserId, userId), cancellationToken);
        if (marked == 0)
        {
            return new AcceptOutcome(null, errors, InvitationProblem.AlreadyUsed);
        }

        var user = new AppUser
        {
            Id = userId,
            UserName = invitation!.Email,
            Email = invitation.Email,
            EmailConfirmed = true,
            DisplayName = name,
            InstitutionId = invitation.InstitutionId,
        };
        var created = await users.CreateAsync(user, password!);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            var field = created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "Password" : "DisplayName";
            errors[field] = created.Errors.Select(Describe).ToArray();
            return new AcceptOutcome(null, errors);
        }

        var roleAdded = await users.AddToRoleAsync(user, invitation.Role);
        if (!roleAdded.Succeeded)
        {
            throw new InvalidOperationException($"Adding the role {invitation.Role} to a new account failed.");
        }

        audit.Add(AccountPrincipal(user), AuditActions.InvitationAccepted, EntityType, invitation.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogAccepted(logger, invitation.Id, user.Id);
        return new AcceptOutcome(user, errors);
    }

    private static string Describe(IdentityError error) => error.Code switch
    {
        "PasswordTooShort" => "Choose a password of at least 12 characters.",
        "DuplicateUserName" or "DuplicateEmail" => "An account with this e-mail address already exists.",
        _ => error.Description,
    };

    /// <summary>The principal of the account being created, so that the audit entry names it as the actor.</summary>
    private static ClaimsPrincipal AccountPrincipal(AppUser user) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(EMnrClaims.InstitutionId, user.InstitutionId.ToString())],
            authenticationType: "invitation"));

    private static bool IsEmail(string email)
    {
        var at = email.IndexOf('@');
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1 && !email.Any(char.IsWhiteSpace);
    }

    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Invitation {InvitationId} sent for institution {InstitutionId}")]
    private static partial void LogInvited(ILogger logger, Guid invitationId, Guid institutionId);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Invitation {InvitationId} accepted: account {UserId} created")]
    private static partial void LogAccepted(ILogger logger, Guid invitationId, Guid userId);
}
