using EMnr.Core.Data;
using EMnr.Web.Features.Communications;
using EMnr.Web.Infrastructure;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Pages.Communications;

/// <summary>Suspected-trafficking communications that no report has been opened from yet, newest first.</summary>
public sealed class ReportsToOpenModel(
    EMnrDbContext db,
    CommunicationQueries queries,
    IOptions<CommunicationOptions> options,
    IStringLocalizer<SharedResource> localizer) : IndexModel(db, queries, options, localizer)
{
    protected override bool ReportsToOpen => true;
}
