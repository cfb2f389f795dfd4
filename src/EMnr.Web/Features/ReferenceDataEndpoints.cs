using EMnr.Core.Data;
using EMnr.Core.ReferenceData;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features;

/// <summary>Reference lists with their codes and labels, for partner systems.</summary>
public sealed record ReferenceDataResponse(
    IReadOnlyList<ReferenceLabel> Channels,
    IReadOnlyList<ReferenceLabel> Languages,
    IReadOnlyList<ReferenceLabel> CallerTypes,
    IReadOnlyList<ReferenceLabel> Categories,
    IReadOnlyList<ReferenceLabel> RedirectDestinations,
    IReadOnlyList<RegionResponse> Regions,
    IReadOnlyList<ProvinceResponse> Provinces);

public sealed record RegionResponse(string Code, string NameFr, string NameAr);

public sealed record ProvinceResponse(string Code, string RegionCode, string NameFr, string NameAr, string Kind);

internal static class ReferenceDataEndpoints
{
    public static void MapReferenceDataEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet(ApiRoutes.ReferenceData, GetAsync).WithTags("Reference data")
            .WithSummary("Lists the codes accepted by the API, with French, Arabic and English labels.");
    }

    private static async Task<Ok<ReferenceDataResponse>> GetAsync(EMnrDbContext db, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Code)
            .Select(r => new RegionResponse(r.Code, r.NameFr, r.NameAr)).ToListAsync(cancellationToken);
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Code)
            .Select(p => new ProvinceResponse(p.Code, p.RegionCode, p.NameFr, p.NameAr, p.Kind.ToString()))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ReferenceDataResponse(
            ReferenceLabels.Channels, ReferenceLabels.Languages, ReferenceLabels.CallerTypes, ReferenceLabels.Categories,
            ReferenceLabels.RedirectDestinations, regions, provinces));
    }
}
