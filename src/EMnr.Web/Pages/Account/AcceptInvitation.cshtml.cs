using System.ComponentModel.DataAnnotations;
using EMnr.Core.Identity;
using EMnr.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Account;

/// <summary>
/// Opens an invitation link: the invitee chooses a display name and a password and is signed in. A
/// role that requires two-factor sign-in then goes to its set-up before any other page.
/// </summary>
[AllowAnonymous]
public sealed class AcceptInvitationModel(
    InvitationService invitations,
    SignInManager<AppUser> signInManager,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public InvitationProblem Problem { get; private set; }

    public string? Email { get; private set; }

    /// <summary>Set when the account of a partner system was created; such accounts use the API only.</summary>
    public bool MachineAccountCreated { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (invitation, problem) = await invitations.FindAsync(Token, cancellationToken);
        Problem = problem;
        Email = problem == InvitationProblem.None ? invitation?.Email : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.Password != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", localizer["Invitation.PasswordsDiffer"]);
        }

        if (!ModelState.IsValid)
        {
            await OnGetAsync(cancellationToken);
            return Page();
        }

        var outcome = await invitations.AcceptAsync(Token, Input.DisplayName, Input.Password, cancellationToken);
        if (outcome.Problem != InvitationProblem.None)
        {
            Problem = outcome.Problem;
            return Page();
        }

        if (outcome.User is not { } user)
        {
            ModelState.AddErrors(outcome.Errors, localizer, field => "Input." + field);
            await OnGetAsync(cancellationToken);
            return Page();
        }

        if (await signInManager.UserManager.IsInRoleAsync(user, Roles.PartnerSystem))
        {
            MachineAccountCreated = true;
            return Page();
        }

        await signInManager.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Invitation.DisplayNameRequired")]
        [StringLength(200, ErrorMessage = "Invitation.DisplayNameRequired")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Invitation.PasswordRequired")]
        [StringLength(256, MinimumLength = 12, ErrorMessage = "Invitation.PasswordRequired")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = "";
    }
}
