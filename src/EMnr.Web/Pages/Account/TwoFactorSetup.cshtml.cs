using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using EMnr.Core.Data;
using EMnr.Core.Identity;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Infrastructure.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace EMnr.Web.Pages.Account;

/// <summary>
/// Sets up sign-in with an authenticator app (TOTP, RFC 6238): shows the shared key as a QR code and
/// as text, checks one code, then shows ten recovery codes once. Accounts whose role requires it are
/// sent here after a password-only sign-in, before any other page.
/// </summary>
public sealed class TwoFactorSetupModel(
    UserManager<AppUser> users,
    SignInManager<AppUser> signInManager,
    EMnrDbContext db,
    AuditLog audit,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int RecoveryCodeCount = 10;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Enabled { get; private set; }

    /// <summary>The shared key in groups of four letters, to type into an app that cannot scan.</summary>
    public string SharedKey { get; private set; } = "";

    /// <summary>The otpauth URI as a PNG QR code in a data URI.</summary>
    public string QrCodeDataUri { get; private set; } = "";

    /// <summary>Recovery codes just generated; shown once and never stored in clear.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Enabled = user.TwoFactorEnabled;
        if (!Enabled)
        {
            await LoadKeyAsync(user);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            Enabled = true;
            return Page();
        }

        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!ModelState.IsValid
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.Remove("Input.Code");
            ModelState.AddModelError("Input.Code", localizer["TwoFactor.InvalidCode"]);
            await LoadKeyAsync(user);
            return Page();
        }

        // Enabling changes the security stamp and saves; the audit entry goes in the same SaveChanges.
        audit.Add(User, AuditActions.TwoFactorEnabled, "account", user.Id);
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];

        // This session has just proved the second factor, so it continues as a two-factor session.
        await signInManager.SignInWithClaimsAsync(user, isPersistent: false,
            [new Claim(TwoFactorRules.AuthenticationMethodClaim, TwoFactorRules.MultiFactorValue)]);
        Enabled = true;
        return Page();
    }

    /// <summary>Replaces the recovery codes, for a user who lost them or used most of them.</summary>
    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Enabled = user.TwoFactorEnabled;
        if (!Enabled)
        {
            return RedirectToPage();
        }

        audit.Add(User, AuditActions.RecoveryCodesGenerated, "account", user.Id);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await db.SaveChangesAsync();
        return Page();
    }

    private async Task LoadKeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        SharedKey = FormatKey(key);
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/E-MNR:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer=E-MNR&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    private static string FormatKey(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return builder.ToString().TrimEnd().ToLowerInvariant();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Updating two-factor settings failed: " + string.Join(" ", result.Errors.Select(e => e.Code)));
        }
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "TwoFactor.CodeRequired")]
        [StringLength(10, ErrorMessage = "TwoFactor.InvalidCode")]
        public string Code { get; set; } = "";
    }
}
