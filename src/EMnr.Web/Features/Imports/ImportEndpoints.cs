using System.Globalization;
using System.Security.Claims;
using EMnr.Core.Time;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Features.Imports;

internal static class ImportEndpoints
{
    public static void MapImportEndpoints(this RouteGroupBuilder api)
    {
        var services = ((IEndpointRouteBuilder)api).ServiceProvider;
        var maxImportBytes = services.GetRequiredService<IOptions<CommunicationOptions>>().Value.MaxImportBytes;
        var group = api.MapGroup(ApiRoutes.CommunicationImports)
            .WithTags("Communication imports")
            .RequireAuthorization(Permissions.CommunicationsImport);

        // The API authenticates with bearer tokens only, never cookies, so a forged cross-site form cannot use it.
        // The form limit stops reading a far larger upload early, and the handler returns 413 for the rest.
        group.MapPost("/", UploadAsync)
            .DisableAntiforgery()
            .WithFormOptions(multipartBodyLengthLimit: 2L * maxImportBytes)
            .WithSummary("Uploads a call-log CSV file and returns a preview; nothing is imported yet.")
            .WithDescription("Send the file as the multipart form field 'file': UTF-8, separator ';' or ',', " +
                "header row required. The preview counts the rows, says how many are new or already imported, " +
                "and lists each error with its line and column. Confirm with the returned batchId.");
        group.MapPost("/{batchId:guid}/confirm", ConfirmAsync)
            .WithSummary("Imports every new row of a previewed file in one transaction.")
            .WithDescription("Returns 400 with rowErrors when any row is invalid, and then imports nothing. " +
                "Returns 404 when the batch does not exist or another user uploaded it, and 409 when it was already confirmed.");
    }

    private static async Task<Results<Ok<ImportPreview>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        IFormFile? file,
        ClaimsPrincipal user,
        CallLogImporter importer,
        IOptions<CommunicationOptions> options,
        CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["file"] = ["Attach the call-log CSV file as the multipart form field 'file'."] },
                title: "The file is missing.");
        }

        var maxBytes = options.Value.MaxImportBytes;
        if (file.Length > maxBytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
                title: string.Create(CultureInfo.InvariantCulture,
                    $"The file is {file.Length} bytes, over the limit of {maxBytes} bytes. Split it into smaller files and import each one."));
        }

        var content = await ReadAllAsync(file, cancellationToken);
        var preview = await importer.UploadAsync(file.FileName, content, user, cancellationToken);
        return TypedResults.Ok(preview);
    }

    private static async Task<Results<Ok<ImportConfirmation>, ProblemHttpResult>> ConfirmAsync(
        Guid batchId, ClaimsPrincipal user, CallLogImporter importer, CancellationToken cancellationToken)
    {
        var outcome = await importer.ConfirmAsync(batchId, user, cancellationToken);
        switch (outcome.Status)
        {
            case ConfirmStatus.Imported:
                return TypedResults.Ok(outcome.Confirmation);

            case ConfirmStatus.AlreadyConfirmed:
                var confirmedAt = MoroccoTime.Format(outcome.ConfirmedAt!.Value);
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                    title: $"This batch was already confirmed on {confirmedAt} (Morocco time), importing {outcome.Confirmation!.Imported} " +
                        "communications. Upload the file again to import rows added since.");

            case ConfirmStatus.Invalid:
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
                    title: $"The file has {outcome.ErrorCount} errors, so nothing was imported. Correct the rows listed in rowErrors and upload the file again.",
                    extensions: new Dictionary<string, object?>
                    {
                        ["errorCount"] = outcome.ErrorCount,
                        ["rowErrors"] = outcome.Errors,
                    });

            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
                    title: "No such import batch, or another user uploaded it.");
        }
    }

    /// <summary>Reads an uploaded file whose length the caller has already checked.</summary>
    internal static async Task<byte[]> ReadAllAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var content = new byte[file.Length];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(content, cancellationToken);
        return content;
    }
}
