using System.ComponentModel.DataAnnotations;
using EMnr.Core.Data;
using EMnr.Core.Identity;
using EMnr.Web.Features.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Account;

/// <summary>The signed-in person's own account: password, two-factor status and sign-out of every session.</summary>
public sealed class ManageModel(
    UserManager<AppUser> users,
    SignInManager<AppUser> signInManager,
    EMnrDbContext db,
    AuditLog audit,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool TwoFactorEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        TwoFactorEnabled = user.TwoFactorEnabled;
        return Page();
    }

    /// <summary>Changes the password; the new security stamp ends every other session at its next check.</summary>
    public async Task<IActionResult> OnPostPasswordAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        TwoFactorEnabled = user.TwoFactorEnabled;
        if (Input.NewPassword != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", localizer["Invitation.PasswordsDiffer"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        audit.Add(User, AuditActions.PasswordChanged, "account", user.Id);
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            var field = result.Errors.Any(e => e.Code == "PasswordMismatch") ? "Input.CurrentPassword" : "Input.NewPassword";
            ModelState.AddModelError(field, localizer[result.Errors.Any(e => e.Code == "PasswordMismatch")
                ? "Account.WrongPassword"
                : "Invitation.PasswordRequired"]);
            return Page();
        }

        await signInManager.RefreshSignInAsync(user);
        TempData["Status"] = localizer["Account.PasswordChanged"].Value;
        return RedirectToPage();
    }

    /// <summary>Ends every session of the account, this one included, and every bearer token.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        audit.Add(User, AuditActions.SessionsRevoked, "account", user.Id);
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Updating the security stamp failed.");
        }

        await signInManager.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Login.PasswordRequired")]
        [DataType(DataType.Password)]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Invitation.PasswordRequired")]
        [StringLength(256, MinimumLength = 12, ErrorMessage = "Invitation.PasswordRequired")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = "";

        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = "";
    }
}
