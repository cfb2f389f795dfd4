using Microsoft.AspNetCore.Identity;

namespace EMnr.Core.Identity;

public sealed class AppRole : IdentityRole<Guid>
{
}
