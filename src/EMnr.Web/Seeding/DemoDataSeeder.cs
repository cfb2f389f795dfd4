using System.Security.Cryptography;
using EMnr.Core.Crises;
using EMnr.Core.Data;
using EMnr.Core.Identity;
using EMnr.Core.ReferenceData;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Seeding;

/// <summary>One demo account: its e-mail, role and institution code.</summary>
public sealed record DemoAccount(string Email, string Role, string InstitutionCode, string DisplayName);

/// <summary>
/// Seeds the invented demo data set: one account per role, the Al Haouz crisis communications,
/// and a few reports with referrals.
/// Everything is deterministic (fixed random seed), and no record describes a real person.
/// </summary>
public sealed partial class DemoDataSeeder(
    EMnrDbContext db,
    UserManager<AppUser> users,
    IUserStore<AppUser> userStore,
    IOptions<DemoOptions> options,
    ILogger<DemoDataSeeder> logger)
{
    public const string ImportKeyPrefix = "demo-";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("operator@emnr.test", Roles.HotlineOperator, InstitutionSeeds.CommissionCode, "Opératrice démo"),
        new("reviewer@emnr.test", Roles.CommissionReviewer, InstitutionSeeds.CommissionCode, "Rapporteur démo"),
        new("caseworker@emnr.test", Roles.InstitutionCaseworker, "EN", "Assistante sociale démo"),
        new("manager@emnr.test", Roles.InstitutionManager, "EN", "Point focal démo"),
        new("analyst@emnr.test", Roles.Analyst, "MJ", "Analyste démo"),
        new("admin@emnr.test", Roles.Administrator, "MJ", "Administrateur démo"),
    ];

    /// <summary>Password set on the demo accounts by the last seeding, for the start-up banner.</summary>
    public string? Password { get; private set; }

    /// <summary>Authenticator key of the demo accounts after the last seeding, for the start-up banner.</summary>
    public string? AuthenticatorKey { get; private set; }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        Password = string.IsNullOrEmpty(options.Value.Password) ? GeneratePassword() : options.Value.Password;
        await SeedAccountsAsync(Password);
        if (!await db.Referrals.AnyAsync(cancellationToken))
        {
            var reviewer = await users.FindByEmailAsync("reviewer@emnr.test")
                ?? throw new InvalidOperationException("The demo reviewer account was not created.");
            await DemoReferrals.SeedAsync(db, reviewer.Id, DateTimeOffset.UtcNow, cancellationToken);
        }
        await SeedAuthenticatorKeyAsync();

        var alreadySeeded = await db.Communications.AnyAsync(
            c => c.ImportKey != null && c.ImportKey.StartsWith(ImportKeyPrefix), cancellationToken);
        if (alreadySeeded)
        {
            return;
        }

        var crisis = await db.Crises.SingleAsync(c => c.Code == AlHaouzEarthquake.Code, cancellationToken);
        var commission = await db.Institutions.SingleAsync(i => i.Code == InstitutionSeeds.CommissionCode, cancellationToken);
        var operatorAccount = await users.FindByEmailAsync("operator@emnr.test")
            ?? throw new InvalidOperationException("The demo operator account was not created.");

        var communications = DemoCommunications.Generate(crisis, commission.Id, operatorAccount.Id);
        db.Communications.AddRange(communications);
        await db.SaveChangesAsync(cancellationToken);
        LogDemoSeeded(logger, communications.Count);
    }

    private async Task SeedAccountsAsync(string password)
    {
        var institutions = await db.Institutions.ToDictionaryAsync(i => i.Code, i => i.Id);
        foreach (var account in Accounts)
        {
            var user = await users.FindByEmailAsync(account.Email);
            if (user is null)
            {
                user = new AppUser
                {
                    Id = Guid.CreateVersion7(),
                    UserName = account.Email,
                    Email = account.Email,
                    EmailConfirmed = true,
                    DisplayName = account.DisplayName,
                    InstitutionId = institutions[account.InstitutionCode],
                };
                ThrowOnFailure(await users.CreateAsync(user, password));
                ThrowOnFailure(await users.AddToRoleAsync(user, account.Role));
                continue;
            }

            var token = await users.GeneratePasswordResetTokenAsync(user);
            ThrowOnFailure(await users.ResetPasswordAsync(user, token, password));
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }
    }

    /// <summary>Gives every demo account the same authenticator key and turns two-factor sign-in on.</summary>
    private async Task SeedAuthenticatorKeyAsync()
    {
        var first = await users.FindByEmailAsync(Accounts[0].Email);
        var key = options.Value.AuthenticatorKey;
        if (string.IsNullOrEmpty(key))
        {
            key = (first is null ? null : await users.GetAuthenticatorKeyAsync(first)) ?? users.GenerateNewAuthenticatorKey();
        }

        var store = (IUserAuthenticatorKeyStore<AppUser>)userStore;
        foreach (var account in Accounts)
        {
            var user = await users.FindByEmailAsync(account.Email)
                ?? throw new InvalidOperationException("A demo account was not created.");
            if (await users.GetAuthenticatorKeyAsync(user) != key || !user.TwoFactorEnabled)
            {
                await store.SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
                ThrowOnFailure(await users.SetTwoFactorEnabledAsync(user, true));
            }
        }

        AuthenticatorKey = key;
    }

    private static string GeneratePassword() =>
        "demo-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    private static void ThrowOnFailure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                "Seeding a demo account failed: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Demo data set seeded: {CommunicationCount} communications")]
    private static partial void LogDemoSeeded(ILogger logger, int communicationCount);
}
