using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EMnr.Core.Identity;
using EMnr.Web.Features;
using EMnr.Web.Infrastructure.Email;
using EMnr.Web.Infrastructure.Jobs;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EMnr.Web.Tests.Accounts;

public sealed partial class AccountApiTests(EMnrApp app) : IntegrationTest(app)
{
    private const string Institutions = $"{ApiRoutes.Prefix}/{ApiRoutes.Institutions}";
    private const string Invitations = $"{ApiRoutes.Prefix}/{ApiRoutes.Invitations}";

    [Fact]
    public async Task Institution_CreateThenStaleEdit_Conflict()
    {
        var admin = await App.ApiClientAsync(TestAccounts.Admin);
        var code = "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var created = await admin.PostAsJsonAsync(Institutions, Draft(code, "Association Espérance"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var etag = created.Headers.ETag!.Tag;
        var id = (await created.Content.ReadFromJsonAsync<IdBody>())!.Id;

        var first = new HttpRequestMessage(HttpMethod.Put, $"{Institutions}/{id}") { Content = JsonContent.Create(Draft(code, "Association Espérance Nord")) };
        first.Headers.IfMatch.ParseAdd(etag);
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(first)).StatusCode);

        var stale = new HttpRequestMessage(HttpMethod.Put, $"{Institutions}/{id}") { Content = JsonContent.Create(Draft(code, "Autre nom")) };
        stale.Headers.IfMatch.ParseAdd(etag);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.SendAsync(stale)).StatusCode);

        var search = await admin.GetFromJsonAsync<PageBody>($"{Institutions}?q=esperance nord");
        Assert.Contains(search!.Items, i => i.Id == id);
    }

    [Theory]
    [InlineData("MA-XXX", "Nom")]
    [InlineData("MA-HAO", "Nom\u0000")]
    public async Task Institution_BadInput_ReturnsProblem(string province, string name)
    {
        var admin = await App.ApiClientAsync(TestAccounts.Admin);
        var draft = Draft("BAD" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(), name, province);

        var response = await admin.PostAsJsonAsync(Institutions, draft);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Institution_CreateByCaseworker_IsForbidden()
    {
        var caseworker = await App.ApiClientAsync(TestAccounts.Caseworker);

        var response = await caseworker.PostAsJsonAsync(Institutions, Draft("NOPE", "Nom"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Invite_ManagerIntoOtherInstitution_ForbiddenNothingCreated()
    {
        var manager = await App.ApiClientAsync(TestAccounts.Manager);
        var other = await App.InstitutionIdAsync(TestAccounts.OtherInstitutionCode);
        var email = $"forged-{Guid.NewGuid():N}@emnr.test";

        var response = await manager.PostAsJsonAsync(Invitations, new { email, role = Roles.InstitutionCaseworker, institutionId = other });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Invitations.AnyAsync(i => i.Email == email)));
    }

    [Fact]
    public async Task Invite_ManagerGivingAdministrator_ReturnsProblem()
    {
        var manager = await App.ApiClientAsync(TestAccounts.Manager);
        var own = await App.InstitutionIdAsync("EN");

        var response = await manager.PostAsJsonAsync(Invitations,
            new { email = $"x-{Guid.NewGuid():N}@emnr.test", role = Roles.Administrator, institutionId = own });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Invitation_AcceptTwice_SecondRefused()
    {
        var (token, email) = await InviteAsync(Roles.InstitutionCaseworker);
        var client = App.CreateClient();

        var first = await AcceptAsync(client, token);
        var second = await AcceptAsync(App.CreateClient(), token);

        Assert.True(first.IsSuccessStatusCode, first.StatusCode.ToString());
        Assert.Contains("invitation-problem", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Invitation_Expired_NothingCreated()
    {
        var (token, email) = await InviteAsync(Roles.InstitutionCaseworker);
        await App.WithDbAsync(db => db.Invitations.Where(i => i.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        var response = await AcceptAsync(App.CreateClient(), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("invitation-problem", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Invitation_UnknownToken_ClearPage()
    {
        var response = await App.CreateClient().GetAsync("/Account/AcceptInvitation?token=not-a-token");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("invitation-problem", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WrongTotpFiveTimes_LocksOut()
    {
        var email = await CreateAccountAsync(Roles.InstitutionCaseworker);
        var client = App.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Auth}/login",
                new { email, password = TestAccounts.Password, twoFactorCode = "000000" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var right = await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Auth}/login", EMnrApp.LoginBody(email));

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("LockedOut", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WithoutCode_NoToken()
    {
        var response = await App.CreateClient().PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Auth}/login",
            new { email = TestAccounts.Reviewer, password = TestAccounts.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_LockedOutOrDeactivated_Refused()
    {
        var email = await CreateAccountAsync(Roles.InstitutionCaseworker);
        var client = App.CreateClient();
        var login = await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Auth}/login", EMnrApp.LoginBody(email));
        var tokens = await login.Content.ReadFromJsonAsync<TokenBody>();
        await App.WithDbAsync(db => db.Users.Where(u => u.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(15))));

        var refresh = await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Auth}/refresh", new { refreshToken = tokens!.RefreshToken });

        Assert.True(refresh.StatusCode == HttpStatusCode.Unauthorized, refresh.StatusCode + " " + await refresh.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Deactivate_ByManager_TokenStopsAtOnce()
    {
        var email = await CreateAccountAsync(Roles.InstitutionCaseworker);
        var id = await App.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var client = App.CreateClient();
        var login = await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Auth}/login", EMnrApp.LoginBody(email));
        var tokens = await login.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", tokens!.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Institutions)).StatusCode);

        var manager = await App.ApiClientAsync(TestAccounts.Manager);
        var deactivated = await manager.PostAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Accounts}/{id}/deactivate", null);

        Assert.Equal(HttpStatusCode.NoContent, deactivated.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(Institutions)).StatusCode);
    }

    [Fact]
    public async Task ChangeRole_Own_Refused()
    {
        var admin = await App.ApiClientAsync(TestAccounts.Admin);
        var id = await App.WithDbAsync(db => db.Users.Where(u => u.Email == TestAccounts.Admin).Select(u => u.Id).SingleAsync());

        var response = await admin.PutAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Accounts}/{id}/role", new { role = Roles.Analyst });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<(string Token, string Email)> InviteAsync(string role)
    {
        var admin = await App.ApiClientAsync(TestAccounts.Admin);
        var email = $"invitee-{Guid.NewGuid():N}@emnr.test";
        var response = await admin.PostAsJsonAsync(Invitations, new { email, role, institutionId = await App.InstitutionIdAsync("EN") });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobScheduler>().RunAsync(EmailSendingJob.Name, DateTimeOffset.UtcNow, CancellationToken.None);
        var mail = Directory.GetFiles(App.MailFolder, "*.eml").Select(File.ReadAllText).Single(m => m.Contains(email, StringComparison.Ordinal));
        var token = TokenPattern().Match(mail.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal)).Groups[1].Value;
        return (token, email);
    }

    private static async Task<HttpResponseMessage> AcceptAsync(HttpClient client, string token)
    {
        var page = await client.GetStringAsync($"/Account/AcceptInvitation?token={token}");
        var antiforgery = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Token"] = token,
            ["Input.DisplayName"] = "Nouvelle collègue",
            ["Input.Password"] = TestAccounts.Password,
            ["Input.ConfirmPassword"] = TestAccounts.Password,
            ["__RequestVerificationToken"] = antiforgery,
        });
        return await client.PostAsync($"/Account/AcceptInvitation?token={token}", form);
    }

    private async Task<string> CreateAccountAsync(string role)
    {
        var email = $"account-{Guid.NewGuid():N}@emnr.test";
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = role,
            InstitutionId = await App.InstitutionIdAsync("EN"),
        };
        Assert.True((await users.CreateAsync(user, TestAccounts.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        await EMnrApp.EnableTwoFactorAsync(scope.ServiceProvider, user, TestAccounts.AuthenticatorKey);
        return email;
    }

    private static object Draft(string code, string nameFr, string province = "MA-HAO") => new
    {
        code,
        nameFr,
        nameAr = "جمعية الأمل",
        type = "Association",
        provinceCodes = new[] { province },
        services = new[] { "Shelter" },
        contactEmail = "contact@association.test",
        contactPhone = "+212 5 00 00 00 00",
    };

    [GeneratedRegex(@"AcceptInvitation\?token=([A-Za-z0-9_-]+)")]
    private static partial Regex TokenPattern();

    private sealed record IdBody(Guid Id);

    [Fact]
    public async Task ManageTwoFactor_RequiredRole_Forbidden()
    {
        var client = await App.ApiClientAsync(TestAccounts.Caseworker);

        var disable = await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Auth}/manage/2fa", new { enable = false });
        var reset = await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Auth}/manage/2fa", new { resetSharedKey = true });
        var stillOn = await App.WithDbAsync(db => db.Users.Where(u => u.Email == TestAccounts.Caseworker).Select(u => u.TwoFactorEnabled).SingleAsync());

        Assert.Equal(HttpStatusCode.Forbidden, disable.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reset.StatusCode);
        Assert.True(stillOn);
    }

    private sealed record PageBody(List<IdBody> Items);

    private sealed record TokenBody(string AccessToken, string RefreshToken);
}
