using EMnr.Core.Institutions;
using Microsoft.AspNetCore.Identity;

namespace EMnr.Core.Identity;

/// <summary>A person's account. Every account belongs to one institution.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    public Guid InstitutionId { get; set; }

    public Institution? Institution { get; set; }

    public bool IsActive { get; set; } = true;
}
