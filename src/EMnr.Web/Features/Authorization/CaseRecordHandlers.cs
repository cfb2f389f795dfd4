using EMnr.Core.Communications;
using EMnr.Core.Persons;
using EMnr.Core.Reports;
using EMnr.Web.Features.Communications;
using EMnr.Web.Features.Reports;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Authorization;

/// <summary>
/// Decides an operation on a report: the role must handle cases, and the report must be in
/// <see cref="CaseScope.Reports"/>, or in <see cref="CaseScope.OwnedReports"/> to write, because an
/// institution that reads a report through a referral changes nothing in it. Asking the scope
/// queries keeps this check and the lists in agreement.
/// </summary>
public sealed class ReportAuthorizationHandler(CaseScope scope)
    : AuthorizationHandler<OperationAuthorizationRequirement, Report>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Report resource)
    {
        var reports = requirement.Name == nameof(CaseOperations.Write) ? scope.OwnedReports(context.User) : scope.Reports(context.User);
        if (CaseOperationRoles.Allows(context.User, requirement, Permissions.CaseworkRoles)
            && await reports.AnyAsync(r => r.Id == resource.Id))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>
/// Decides an operation on a person from the role and <see cref="CaseScope.Persons"/>, or
/// <see cref="CaseScope.IdentifiedPersons"/> to read the identity: a person referred without
/// identifying data is seen by code only.
/// </summary>
public sealed class PersonAuthorizationHandler(CaseScope scope)
    : AuthorizationHandler<OperationAuthorizationRequirement, Person>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Person resource)
    {
        var persons = requirement.Name == nameof(CaseOperations.ReadIdentity)
            ? scope.IdentifiedPersons(context.User)
            : scope.Persons(context.User);
        if (CaseOperationRoles.Allows(context.User, requirement, Permissions.CaseworkRoles)
            && await persons.AnyAsync(p => p.Id == resource.Id))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Decides an operation on an attachment from the role and the scope of the report it belongs to.</summary>
public sealed class ReportAttachmentAuthorizationHandler(CaseScope scope)
    : AuthorizationHandler<OperationAuthorizationRequirement, ReportAttachment>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ReportAttachment resource)
    {
        if (CaseOperationRoles.Allows(context.User, requirement, Permissions.CaseworkRoles)
            && await scope.AttachmentReports(context.User).AnyAsync(r => r.Id == resource.ReportId))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Decides an operation on a communication from the role and <see cref="CommunicationQueries.Visible"/>.</summary>
public sealed class CommunicationAuthorizationHandler(CommunicationQueries queries)
    : AuthorizationHandler<OperationAuthorizationRequirement, Communication>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Communication resource)
    {
        if (CaseOperationRoles.Allows(context.User, requirement, Permissions.CommunicationRoles)
            && await queries.Visible(context.User).AnyAsync(c => c.Id == resource.Id))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>The role half of a record check: the operations that the handlers accept, and the roles that may perform them.</summary>
internal static class CaseOperationRoles
{
    public static bool Allows(System.Security.Claims.ClaimsPrincipal user, OperationAuthorizationRequirement requirement, string[] roles) =>
        requirement.Name is nameof(CaseOperations.Read) or nameof(CaseOperations.Write)
            or nameof(CaseOperations.ReadIdentity) or nameof(CaseOperations.Download)
        && roles.Any(user.IsInRole);
}
