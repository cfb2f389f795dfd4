using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EMnr.Core.Identity;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EMnr.Web.Tests.Authorization;

/// <summary>
/// Calls every route of <see cref="AuthorizationMatrix.Routes"/> as every role and as an anonymous
/// caller, and checks the response against the table. Each route, caller and record choice is its own case.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class AuthorizationMatrixTests(EMnrApp app) : IAsyncLifetime
{
    public const string Anonymous = "Anonymous";
    public const string NoRecord = "-";
    public const string OwnInstitution = "OwnInstitution";
    public const string OtherInstitution = "OtherInstitution";

    private MatrixSession session = null!;

    public async Task InitializeAsync() => session = await MatrixSession.GetAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string, string> Cases()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var (route, expectation) in AuthorizationMatrix.Routes.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            foreach (var caller in Roles.All.Prepend(Anonymous))
            {
                var role = caller == Anonymous ? null : caller;
                if (expectation.EndsSessions && expectation.Allows(role))
                {
                    continue;
                }

                if (expectation.ScopedResource is null || expectation.IsPublic)
                {
                    cases.Add(route, caller, NoRecord);
                    continue;
                }

                cases.Add(route, caller, OwnInstitution);
                if (expectation.Allows(role))
                {
                    cases.Add(route, caller, OtherInstitution);
                }
            }
        }

        return cases;
    }

    [Fact]
    public async Task Matrix_ListsEveryRoute()
    {
        var mapped = await AppRoutes.ListAsync(app.Services);

        var missing = mapped.Except(AuthorizationMatrix.Routes.Keys).ToList();
        var stale = AuthorizationMatrix.Routes.Keys.Except(mapped).ToList();

        Assert.True(missing.Count == 0,
            "These routes have no line in AuthorizationMatrix.Routes. Add one per route, for example " +
            "[\"GET /api/v1/things/{id:guid}\"] = Allow(CaseworkRoles).Scoped(Resource.Report), as the comment above the table explains:\n" +
            string.Join("\n", missing.Select(m => $"  [\"{m}\"] = Allow(...),")));
        Assert.True(stale.Count == 0,
            "These lines of AuthorizationMatrix.Routes name routes that the application no longer maps. " +
            "Remove them or correct the method and pattern:\n" + string.Join("\n", stale.Select(s => $"  \"{s}\"")));
    }

    [Fact]
    public async Task FallbackPolicy_RequiresSignedInUser()
    {
        var provider = app.Services.GetRequiredService<IAuthorizationPolicyProvider>();

        var fallback = await provider.GetFallbackPolicyAsync();

        Assert.NotNull(fallback);
        Assert.Contains(fallback.Requirements, r => r is DenyAnonymousAuthorizationRequirement);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Route_RespondsAsExpected(string route, string caller, string records)
    {
        var expectation = AuthorizationMatrix.Routes[route];
        var account = caller == Anonymous ? null : session.Callers[caller];
        var set = session.RecordsFor(account, records == OtherInstitution, records == OwnInstitution && expectation.Allows(account?.Role));
        var isApi = route.Contains(" /api/", StringComparison.Ordinal) || route.Contains(" /health/", StringComparison.Ordinal);
        var seesAll = expectation.ScopedResource is { } resource && account is not null
            && AuthorizationMatrix.SeeAll[resource].Contains(account.Role);
        var mustBeHidden = records == OtherInstitution && !seesAll;
        var mustChangeNothing = !expectation.IsPublic && (!expectation.Allows(account?.Role) || mustBeHidden);

        var before = mustChangeNothing ? await session.FingerprintAsync() : null;
        using var request = BuildRequest(route, expectation, account, set, isApi);
        using var response = await session.Client.SendAsync(request);
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        var outcome = $"{request.Method} {request.RequestUri} as {caller} answered {status}{(location.Length > 0 ? " to " + location : "")}";

        Assert.True(status < 500, $"Server error: {outcome}");
        if (expectation.IsPublic)
        {
            Assert.False(IsSignInRedirect(location) || IsAccessDenied(status, location, isApi), $"Public route refused the caller: {outcome}");
        }
        else if (account is null)
        {
            Assert.True(isApi ? status == 401 : IsSignInRedirect(location) || status == 401, $"Expected 401 or the sign-in page: {outcome}");
        }
        else if (!expectation.Allows(account.Role))
        {
            Assert.True(IsAccessDenied(status, location, isApi), $"Expected 403 or the access-denied page: {outcome}");
        }
        else if (mustBeHidden)
        {
            Assert.True(status == 404, $"Another institution's record must answer 404: {outcome}");
        }
        else
        {
            Assert.False(status is 401 or 403 || IsSignInRedirect(location) || IsAccessDenied(status, location, isApi),
                $"Allowed caller was refused: {outcome}");
            Assert.False(records == OwnInstitution && status == 404, $"The caller's own record was not found: {outcome}");
        }

        if (before is not null)
        {
            Assert.Equal(before, await session.FingerprintAsync());
        }
    }

    private static HttpRequestMessage BuildRequest(string route, RouteExpectation expectation, MatrixCaller? account, RecordSet set, bool isApi)
    {
        var space = route.IndexOf(' ', StringComparison.Ordinal);
        var method = route[..space] == "ANY" ? "GET" : route[..space];
        var target = RouteParameter().Replace(route[(space + 1)..], match => Resolve(match.Groups[1].Value, expectation, set));
        if (expectation.QueryTemplate is { } query)
        {
            var filled = Placeholder().Replace(query, match => Resolve(match.Groups[1].Value, expectation, set));
            target += (target.Contains('?', StringComparison.Ordinal) ? "&" : "?") + filled;
        }

        var request = new HttpRequestMessage(new HttpMethod(method), target);
        if (account is not null && isApi)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", account.BearerToken);
        }
        else if (account is not null)
        {
            request.Headers.Add("Cookie", account.Cookies);
        }

        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = (expectation.Body, isApi) switch
            {
                (RequestBody.EmptyFile, _) => EmptyFile(),
                (_, true) => JsonContent.Create(new { }),
                _ => new FormUrlEncodedContent(account is null ? [] : [new("__RequestVerificationToken", account.AntiforgeryToken)]),
            };
        }

        return request;
    }

    /// <summary>
    /// Returns the id or value that fills a route parameter or a query placeholder. {id} is the record
    /// of the route's scoped resource; an id of anything else is a new guid, which matches no record.
    /// </summary>
    private static string Resolve(string name, RouteExpectation expectation, RecordSet set) => (name, expectation.ScopedResource) switch
    {
        ("id", Resource.Report) => set.Report.ToString(),
        ("id", Resource.Person) => set.Person.ToString(),
        ("id", Resource.Communication) => set.Communication.ToString(),
        ("reportId", _) => set.Report.ToString(),
        ("personId", _) => set.Person.ToString(),
        ("attachmentId", _) => set.Attachment.ToString(),
        ("communicationId", _) => set.Communication.ToString(),
        ("documentName", _) => "v1",
        _ => Guid.NewGuid().ToString(),
    };

    private static MultipartFormDataContent EmptyFile()
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent([]), "file", "empty.pdf");
        return form;
    }

    /// <summary>A challenge sends the caller to sign in and back; signing out sends to the sign-in page without a return address.</summary>
    private static bool IsSignInRedirect(string location) =>
        location.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase)
        && location.Contains("ReturnUrl=", StringComparison.OrdinalIgnoreCase);

    private static bool IsAccessDenied(int status, string location, bool isApi) =>
        status == 403 || (!isApi && location.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\{(\w+)(?::[^}?]*)?\??\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
