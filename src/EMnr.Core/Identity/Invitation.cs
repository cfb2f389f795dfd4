namespace EMnr.Core.Identity;

/// <summary>
/// An invitation to create an account with a given role in a given institution. Only the SHA-256
/// hash of the one-time token is stored; the token itself travels in the e-mail link.
/// </summary>
public sealed class Invitation
{
    public const int TokenHashLength = 64;

    public Guid Id { get; set; }

    public required string Email { get; set; }

    public required string Role { get; set; }

    public Guid InstitutionId { get; set; }

    /// <summary>Lower-case hexadecimal SHA-256 of the token.</summary>
    public required string TokenHash { get; set; }

    public Guid InvitedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>The account created when the invitation was accepted.</summary>
    public Guid? AcceptedUserId { get; set; }
}
