using System.Security.Claims;
using EMnr.Core.Persons;
using EMnr.Core.Reports;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Features.Authorization;
using EMnr.Web.Features.Communications;
using EMnr.Web.Features.Persons;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EMnr.Web.Features.Reports;

internal static class ReportEndpoints
{
    public static void MapReportEndpoints(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup(ApiRoutes.Reports).WithTags("Reports").RequireAuthorization(Permissions.CaseworkRead);
        reports.MapGet("/", ListAsync).WithSummary("Lists reports in the caller's scope, newest first, one page at a time.");
        reports.MapGet("/{id:guid}", GetAsync).WithSummary("Returns one report, with its version in the ETag header.");
        reports.MapPost("/", CreateAsync).RequireAuthorization(Permissions.CaseworkWrite)
            .WithSummary("Opens a report, from a suspected-trafficking communication or directly.");
        reports.MapPost("/{id:guid}/status", ChangeStatusAsync).RequireAuthorization(Permissions.CaseworkWrite)
            .WithSummary("Changes a report's status. Closing needs a reason. Send the ETag in If-Match to avoid overwriting.");
        reports.MapPost("/{id:guid}/assignment", AssignAsync).RequireAuthorization(Permissions.IdentificationDecide)
            .WithSummary("Assigns the report to a Commission reviewer (reviewers only); a null reviewerId clears it.");
        reports.MapGet("/{id:guid}/persons", PersonsAsync).WithSummary("Lists the persons of a report by pseudonymous code, without names.");
        reports.MapPost("/{id:guid}/persons", AddPersonAsync).RequireAuthorization(Permissions.CaseworkWrite)
            .WithSummary("Adds a potential victim to a report and returns possible duplicates.");

        reports.MapPost("/{id:guid}/attachments", UploadAsync).RequireAuthorization(Permissions.CaseworkWrite)
            .DisableAntiforgery()
            .WithSummary("Attaches a file (multipart field 'file', at most 20 MB: PDF, JPEG, PNG, DOCX or XLSX, checked by content).");
        reports.MapGet("/{id:guid}/attachments", AttachmentsAsync).WithSummary("Lists a report's attachments.");
        reports.MapGet("/{id:guid}/attachments/{attachmentId:guid}", DownloadAsync)
            .WithSummary("Downloads an attachment. Every download is recorded in the audit trail.");

        var persons = api.MapGroup(ApiRoutes.Persons).WithTags("Persons").RequireAuthorization(Permissions.CaseworkRead);
        persons.MapGet("/{id:guid}", GetPersonAsync)
            .WithSummary("Returns a person's identity. Every call is recorded in the audit trail.");
        persons.MapPost("/{id:guid}/merge", MergeAsync).RequireAuthorization(Permissions.IdentificationDecide)
            .WithSummary("Merges this person's record into another (reviewers only). Nothing is deleted; the merge can be undone.");
        persons.MapPost("/merges/{mergeId:guid}/undo", UndoMergeAsync).RequireAuthorization(Permissions.IdentificationDecide)
            .WithSummary("Undoes a merge: the merged record stands on its own again and the report links it added are removed.");
        persons.MapGet("/{id:guid}/duplicates", DuplicatesAsync)
            .WithSummary("Suggests persons who may be the same, by folded names and close dates of birth.");
    }

    private static async Task<Results<Ok<ReportPageResponse>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, ReportQueries queries, CancellationToken cancellationToken,
        bool mine = false, bool myInstitution = false, bool unassigned = false, bool urgent = false, string? status = null, Guid? crisisId = null,
        string? province = null, string? q = null, string? cursor = null, int? limit = null)
    {
        var errors = new Dictionary<string, string[]>();
        ReportStatus? statusValue = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (Core.Communications.CommunicationDraftValidator.BeDefined<ReportStatus>(status))
            {
                statusValue = Enum.Parse<ReportStatus>(status, ignoreCase: true);
            }
            else
            {
                errors[nameof(status)] = [$"Unknown status '{status}'. Valid values: {string.Join(", ", Enum.GetNames<ReportStatus>())}."];
            }
        }

        var after = KeysetCursor.ParsePaging(cursor, limit, errors);

        if (q is { Length: > 100 })
        {
            errors[nameof(q)] = ["The search text is limited to 100 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The list filters are invalid.");
        }

        var filter = new ReportFilter
        {
            Mine = mine,
            MyInstitution = myInstitution,
            Unassigned = unassigned,
            UrgentOnly = urgent,
            Status = statusValue,
            CrisisId = crisisId,
            ProvinceCode = province,
            Search = q,
        };
        var page = await queries.ListAsync(user, filter, after, limit ?? 50, cancellationToken);
        return TypedResults.Ok(new ReportPageResponse(page.Items, page.NextCursor, page.Total, page.TotalIsExact));
    }

    private static async Task<Results<Ok<ReportResponse>, NotFound<ProblemDetails>>> GetAsync(
        Guid id, ClaimsPrincipal user, RecordAccess access, HttpContext context, CancellationToken cancellationToken)
    {
        var report = await access.FindAsync<Report>(user, id, CaseOperations.Read, cancellationToken);
        if (report is null)
        {
            return NotFound("report");
        }

        context.Response.Headers.ETag = ETags.Format(report.Version);
        return TypedResults.Ok(ReportResponse.From(report));
    }

    private static async Task<Results<Created<ReportResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ReportRequest request, ClaimsPrincipal user, ReportWriter writer, CancellationToken cancellationToken)
    {
        var outcome = await writer.CreateAsync(request.ToDraft(), user, cancellationToken);
        if (outcome.Conflict is { } conflict)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: conflict);
        }

        if (!outcome.Succeeded)
        {
            return TypedResults.ValidationProblem(CommunicationEndpoints.CamelCase(outcome.Errors), title: "The report is invalid.");
        }

        return TypedResults.Created($"{ApiRoutes.Prefix}/{ApiRoutes.Reports}/{outcome.Report!.Id}", ReportResponse.From(outcome.Report));
    }

    private static async Task<Results<Ok<ReportResponse>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> ChangeStatusAsync(
        Guid id, ReportStatusRequest request, ClaimsPrincipal user, ReportWriter writer, HttpContext context, CancellationToken cancellationToken)
    {
        uint? expected = null;
        var ifMatch = context.Request.Headers.IfMatch.ToString();
        if (!string.IsNullOrEmpty(ifMatch))
        {
            if (!ETags.TryParse(ifMatch, out var version))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "If-Match is not a valid entity tag.");
            }

            expected = version;
        }

        var outcome = await writer.ChangeStatusAsync(id, request.Status, request.Reason, expected, user, cancellationToken);
        if (outcome.Conflict is { } conflict)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: conflict);
        }

        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(CommunicationEndpoints.CamelCase(outcome.Errors), title: "The status change is invalid.");
        }

        if (!outcome.Succeeded)
        {
            return NotFound("report");
        }

        context.Response.Headers.ETag = ETags.Format(outcome.Report!.Version);
        return TypedResults.Ok(ReportResponse.From(outcome.Report));
    }

    private static async Task<Results<Ok<ReportResponse>, ValidationProblem, NotFound<ProblemDetails>>> AssignAsync(
        Guid id, AssignmentRequest request, ClaimsPrincipal user, ReportWriter writer, CancellationToken cancellationToken)
    {
        var outcome = await writer.AssignAsync(id, request.ReviewerId, user, cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(CommunicationEndpoints.CamelCase(outcome.Errors), title: "The assignment is invalid.");
        }

        return outcome.Report is null ? NotFound("report") : TypedResults.Ok(ReportResponse.From(outcome.Report));
    }

    private static async Task<Results<Ok<IReadOnlyList<PersonSummary>>, NotFound<ProblemDetails>>> PersonsAsync(
        Guid id, ClaimsPrincipal user, RecordAccess access, ReportQueries queries, CancellationToken cancellationToken)
    {
        var report = await access.FindAsync<Report>(user, id, CaseOperations.Read, cancellationToken);
        return report is null ? NotFound("report") : TypedResults.Ok(await queries.PersonsAsync(user, report, cancellationToken));
    }

    private static async Task<Results<Created<PersonCreatedResponse>, ValidationProblem, NotFound<ProblemDetails>>> AddPersonAsync(
        Guid id, PersonRequest request, ClaimsPrincipal user, PersonWriter writer, ReportQueries queries, Core.Time.IClock clock,
        CancellationToken cancellationToken)
    {
        var outcome = await writer.AddToReportAsync(id, request.ToDraft(), user, cancellationToken);
        if (outcome is null)
        {
            return NotFound("report");
        }

        if (!outcome.Succeeded)
        {
            return TypedResults.ValidationProblem(CommunicationEndpoints.CamelCase(outcome.Errors), title: "The person is invalid.");
        }

        var report = await queries.FindAsync(user, id, cancellationToken);
        var summary = ReportQueries.Summarize(outcome.Person!, report!.FactsFrom, Core.Time.MoroccoTime.ToLocalDate(clock.UtcNow));
        return TypedResults.Created($"{ApiRoutes.Prefix}/{ApiRoutes.Persons}/{outcome.Person!.Id}",
            new PersonCreatedResponse(summary, outcome.Duplicates));
    }

    private static async Task<Results<Ok<PersonIdentityResponse>, NotFound<ProblemDetails>>> GetPersonAsync(
        Guid id, ClaimsPrincipal user, RecordAccess access, AuditLog audit, HttpContext context, CancellationToken cancellationToken)
    {
        var person = await access.FindAsync<Person>(user, id, CaseOperations.ReadIdentity, cancellationToken);
        if (person is null)
        {
            return NotFound("person");
        }

        await audit.RecordReadAsync(user, AuditActions.PersonIdentityRead, "person", person.Id, cancellationToken);
        context.Response.Headers.ETag = ETags.Format(person.Version);
        return TypedResults.Ok(PersonIdentityResponse.From(person));
    }

    private static async Task<Results<Ok<IReadOnlyList<DuplicateCandidate>>, NotFound<ProblemDetails>>> DuplicatesAsync(
        Guid id, ClaimsPrincipal user, RecordAccess access, DuplicateFinder finder, CancellationToken cancellationToken)
    {
        var person = await access.FindAsync<Person>(user, id, CaseOperations.Read, cancellationToken);
        return person is null ? NotFound("person") : TypedResults.Ok(await finder.FindAsync(person, user, cancellationToken));
    }

    private static async Task<Results<Created<AttachmentSummary>, ValidationProblem, NotFound<ProblemDetails>>> UploadAsync(
        Guid id, IFormFile? file, ClaimsPrincipal user, ReportAttachments attachments, CancellationToken cancellationToken)
    {
        var (attachment, error, notFound) = await attachments.AddAsync(id, file, user, cancellationToken);
        if (notFound)
        {
            return NotFound("report");
        }

        if (error is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [error] }, title: "The attachment is invalid.");
        }

        return TypedResults.Created($"{ApiRoutes.Prefix}/{ApiRoutes.Reports}/{id}/attachments/{attachment!.Id}", attachment);
    }

    private static async Task<Results<Ok<IReadOnlyList<AttachmentSummary>>, NotFound<ProblemDetails>>> AttachmentsAsync(
        Guid id, ClaimsPrincipal user, RecordAccess access, ReportAttachments attachments, CancellationToken cancellationToken) =>
        await access.FindAsync<Report>(user, id, CaseOperations.Read, cancellationToken) is null
            ? NotFound("report")
            : TypedResults.Ok(await attachments.ListAsync(id, user, cancellationToken));

    private static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>>> DownloadAsync(
        Guid id, Guid attachmentId, ClaimsPrincipal user, ReportAttachments attachments, CancellationToken cancellationToken)
    {
        var attachment = await attachments.OpenAsync(id, attachmentId, user, cancellationToken);
        return attachment is null
            ? NotFound("attachment")
            : TypedResults.File(attachment.Content, attachment.ContentType, attachment.FileName);
    }

    private static async Task<Results<Ok<PersonMergeResponse>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> MergeAsync(
        Guid id, MergeRequest request, ClaimsPrincipal user, PersonMerging merging, CancellationToken cancellationToken) =>
        ToResult(await merging.MergeAsync(id, request, user, cancellationToken));

    private static async Task<Results<Ok<PersonMergeResponse>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> UndoMergeAsync(
        Guid mergeId, ClaimsPrincipal user, PersonMerging merging, CancellationToken cancellationToken) =>
        ToResult(await merging.UndoAsync(mergeId, user, cancellationToken));

    private static Results<Ok<PersonMergeResponse>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult> ToResult(MergeOutcome outcome)
    {
        if (outcome.NotFound)
        {
            return NotFound("person or merge");
        }

        if (outcome.Conflict is { } conflict)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: conflict);
        }

        if (outcome.Error is { } error)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [outcome.Field!] = [error] }, title: "The merge is invalid.");
        }

        return TypedResults.Ok(PersonMergeResponse.From(outcome.Merge!));
    }

    private static NotFound<ProblemDetails> NotFound(string record) => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = $"No such {record}, or it is outside your institution's cases.",
    });
}
