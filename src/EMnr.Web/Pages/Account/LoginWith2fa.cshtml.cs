using System.ComponentModel.DataAnnotations;
using EMnr.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Account;

/// <summary>Second step of sign-in: a code of the authenticator app, or one of the recovery codes.</summary>
[AllowAnonymous]
public sealed partial class LoginWith2faModel(
    SignInManager<AppUser> signInManager,
    IStringLocalizer<SharedResource> localizer,
    ILogger<LoginWith2faModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        // Without the password step, there is no pending sign-in to complete.
        return await signInManager.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToPage("/Account/Login")
            : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Six digits are an authenticator code; anything else is tried as a recovery code (such as AB12C-3DE45).
        var compact = Input.Code.Replace(" ", "", StringComparison.Ordinal);
        var result = compact.Length == 6 && compact.All(char.IsAsciiDigit)
            ? await signInManager.TwoFactorAuthenticatorSignInAsync(compact, isPersistent: false, rememberClient: false)
            : await signInManager.TwoFactorRecoveryCodeSignInAsync(compact);
        if (result.Succeeded)
        {
            LogSignedIn(logger);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (result.IsLockedOut)
        {
            LogLockedOut(logger);
            ModelState.AddModelError(string.Empty, localizer["Login.LockedOut"]);
            return Page();
        }

        LogFailed(logger);
        ModelState.AddModelError("Input.Code", localizer["TwoFactor.InvalidCode"]);
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "TwoFactor.CodeRequired")]
        [StringLength(20, ErrorMessage = "TwoFactor.InvalidCode")]
        public string Code { get; set; } = "";
    }

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Two-factor sign-in succeeded")]
    private static partial void LogSignedIn(ILogger logger);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Two-factor sign-in failed: wrong code")]
    private static partial void LogFailed(ILogger logger);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Two-factor sign-in refused: account locked out")]
    private static partial void LogLockedOut(ILogger logger);
}
