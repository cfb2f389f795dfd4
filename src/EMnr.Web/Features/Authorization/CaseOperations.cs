using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace EMnr.Web.Features.Authorization;

/// <summary>
/// Operations on one record, checked with <c>IAuthorizationService.AuthorizeAsync(user, record, operation)</c>.
/// The handlers in this folder decide them from the role and from the same scope queries as the lists.
/// </summary>
public static class CaseOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };

    public static readonly OperationAuthorizationRequirement Write = new() { Name = nameof(Write) };

    /// <summary>Reading a person's names and other identifying fields; the caller records the read in the audit trail.</summary>
    public static readonly OperationAuthorizationRequirement ReadIdentity = new() { Name = nameof(ReadIdentity) };

    /// <summary>Downloading the content of an attachment; the caller records the download in the audit trail.</summary>
    public static readonly OperationAuthorizationRequirement Download = new() { Name = nameof(Download) };
}
