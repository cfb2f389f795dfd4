using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace EMnr.Web.Infrastructure.Accounts;

/// <summary>
/// Turns an <see cref="AccountStateRequirement"/> failure into problem details: 403 when two-factor
/// sign-in must be set up first, 401 when the token was revoked. Other results keep the default handling.
/// </summary>
public sealed class ApiAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler defaultHandler = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var failure = authorizeResult.AuthorizationFailure?.FailureReasons.OfType<AccountStateFailure>().FirstOrDefault();
        if (failure is null)
        {
            await defaultHandler.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var status = failure.TwoFactorMissing ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
        var code = failure.TwoFactorMissing ? "two-factor-required" : "token-revoked";
        await Results.Problem(statusCode: status, title: failure.Message,
            extensions: new Dictionary<string, object?> { ["code"] = code }).ExecuteAsync(context);
    }
}
