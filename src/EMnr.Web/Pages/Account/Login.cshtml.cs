using System.ComponentModel.DataAnnotations;
using EMnr.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Account;

[AllowAnonymous]
public sealed partial class LoginModel(
    SignInManager<AppUser> signInManager,
    IStringLocalizer<SharedResource> localizer,
    ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl });
        }

        if (result.Succeeded)
        {
            // Partner systems are machine accounts without a second factor: they use the API only.
            var user = await signInManager.UserManager.FindByEmailAsync(Input.Email);
            if (user is not null && await signInManager.UserManager.IsInRoleAsync(user, Roles.PartnerSystem))
            {
                await signInManager.SignOutAsync();
                ModelState.AddModelError(string.Empty, localizer["Login.MachineAccount"]);
                return Page();
            }

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
        ModelState.AddModelError(string.Empty, localizer["Login.Invalid"]);
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Login.EmailRequired")]
        [EmailAddress(ErrorMessage = "Login.EmailInvalid")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Login.PasswordRequired")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }

    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Sign-in succeeded")]
    private static partial void LogSignedIn(ILogger logger);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Sign-in failed")]
    private static partial void LogFailed(ILogger logger);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Sign-in refused: account locked out")]
    private static partial void LogLockedOut(ILogger logger);
}
