using System.Text.RegularExpressions;
using EMnr.Web.Infrastructure.Email;
using EMnr.Web.Infrastructure.Jobs;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace EMnr.Web.Tests.Browser;

/// <summary>
/// Onboarding of a new partner institution. The administrator creates it and invites its manager.
/// The manager accepts, sets up two-factor sign-in and invites a caseworker. Every step is audited.
/// </summary>
public sealed partial class OnboardingBrowserTests(EMnrApp app, BrowserFixture browserFixture) : BrowserTest(app, browserFixture)
{
    private const string NewPassword = "un mot de passe assez long";

    private int emailRuns;

    [GeneratedRegex(@"https?://\S+/Account/AcceptInvitation\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex InvitationLink();

    [Fact]
    public async Task Administrator_OnboardsInstitutionAndManager()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var code = $"ASSO-{suffix}";
        var managerEmail = $"manager-{suffix.ToLowerInvariant()}@asso.test";
        var caseworkerEmail = $"caseworker-{suffix.ToLowerInvariant()}@asso.test";

        // The administrator creates the institution and invites its manager.
        await SignInAsync(Page, TestAccounts.Admin);
        await Page.GotoAsync("/Institutions/Edit");
        await Page.FillAsync("#Input_Code", code);
        await Page.SelectOptionAsync("#Input_Type", "Association");
        await Page.FillAsync("#Input_NameFr", $"Association d'essai {suffix}");
        await Page.FillAsync("#Input_NameAr", $"جمعية تجريبية {suffix}");
        await Page.FillAsync("#Input_ContactEmail", $"contact-{suffix.ToLowerInvariant()}@asso.test");
        await Page.CheckAsync("#service-Shelter");
        await Page.SelectOptionAsync("#Input_ProvinceCodes", new[] { "MA-HAO" });
        await Page.ClickAsync("#save");
        await Expect(Page.Locator("#institution-accounts")).ToBeVisibleAsync();
        await Page.ClickAsync("#institution-accounts");
        await Page.FillAsync("#Invite_Email", managerEmail);
        await Page.SelectOptionAsync("#Invite_Role", "InstitutionManager");
        await Page.ClickAsync("#send-invitation");
        await Expect(Page.Locator("main")).ToContainTextAsync("Invitation envoyée");

        // The manager opens the link of the e-mail in a browser of their own.
        var link = await InvitationLinkAsync(managerEmail);
        var manager = await Context.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.ServerAddress.ToString(), Locale = "fr-FR" });
        var page = await manager.NewPageAsync();
        await page.GotoAsync(link);
        await page.FillAsync("#Input_DisplayName", "Responsable d'essai");
        await page.FillAsync("#Input_Password", NewPassword);
        await page.FillAsync("#Input_ConfirmPassword", NewPassword);
        await page.ClickAsync("main form button[type=submit]");

        // Two-factor sign-in is set up before anything else.
        await Expect(page).ToHaveURLAsync(new Regex("/Account/TwoFactorSetup"));
        var key = (await page.Locator("#shared-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await page.FillAsync("#Input_Code", Totp.Code(key));
        await page.ClickAsync("main form button[type=submit]");
        await Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);

        // The manager invites a caseworker into their own institution.
        await page.GotoAsync("/Accounts");
        await Expect(page.Locator("#institution-name")).ToContainTextAsync(code);
        await page.FillAsync("#Invite_Email", caseworkerEmail);
        await page.SelectOptionAsync("#Invite_Role", "InstitutionCaseworker");
        await page.ClickAsync("#send-invitation");
        await Expect(page.Locator("main")).ToContainTextAsync("Invitation envoyée");
        Assert.NotNull(await InvitationLinkAsync(caseworkerEmail));

        var actions = await App.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Action == "institution.created" || a.Action == "account.invited" || a.Action == "invitation.accepted" || a.Action == "two-factor.enabled")
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["institution.created", "account.invited", "invitation.accepted", "two-factor.enabled", "account.invited"], actions.TakeLast(5));
        await manager.CloseAsync();

        // The audit trail lists the steps, and its chain verifies until one row is altered
        // directly in the database.
        await Page.GotoAsync("/Audit?action=invitation.accepted");
        await Expect(Page.Locator("#audit-entries tbody tr")).Not.ToHaveCountAsync(0);
        await Page.ClickAsync("form[action*='handler=Verify'] button");
        await Expect(Page.Locator("#verification")).ToHaveClassAsync(new Regex("alert-success"));

        var accepted = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "invitation.accepted").MaxAsync(a => a.Id));
        await TamperAsync($"UPDATE audit_entries SET action = 'invitation.forged' WHERE id = {accepted}");
        try
        {
            await Page.ClickAsync("form[action*='handler=Verify'] button");
            await Expect(Page.Locator("#verification")).ToHaveClassAsync(new Regex("alert-danger"));
            await Expect(Page.Locator("#verification")).ToContainTextAsync(accepted.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            await TamperAsync($"UPDATE audit_entries SET action = 'invitation.accepted' WHERE id = {accepted}");
        }

        Assert.Empty(ConsoleErrors);
    }

    /// <summary>Runs SQL with every trigger off, as a superuser with direct access to the database can.</summary>
    private async Task TamperAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"SET session_replication_role = replica; {sql}", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Sends the queued e-mails and returns the invitation link of the one addressed to <paramref name="email"/>.</summary>
    private async Task<string> InvitationLinkAsync(string email)
    {
        var scheduler = App.Services.GetRequiredService<JobScheduler>();
        // Each run takes the next period, so that the scheduler never skips a period already claimed.
        emailRuns++;
        await scheduler.RunAsync(EmailSendingJob.Name, DateTimeOffset.UtcNow.AddMinutes(emailRuns), CancellationToken.None);
        foreach (var file in Directory.GetFiles(App.MailFolder, "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == email) && InvitationLink().Match(message.TextBody ?? "") is { Success: true } match)
            {
                return match.Value;
            }
        }

        throw new InvalidOperationException($"No invitation e-mail was sent to {email}.");
    }
}
