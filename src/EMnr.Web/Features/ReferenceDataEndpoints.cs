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
    IReadOnlyList<ProvinceResponse> Provinces,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Codes);

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
            ReferenceLabels.RedirectDestinations, regions, provinces, Codes));
    }

    /// <summary>The other codes of the API, by the name of the field that takes them.</summary>
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Codes = new Dictionary<string, IReadOnlyList<string>>
    {
        ["reportSource"] = Enum.GetNames<Core.Reports.ReportSource>(),
        ["reportStatus"] = Enum.GetNames<Core.Reports.ReportStatus>(),
        ["reportPriority"] = Enum.GetNames<Core.Reports.ReportPriority>(),
        ["exploitationForm"] = Enum.GetNames<Core.Reports.ExploitationForm>(),
        ["sex"] = Enum.GetNames<Core.Persons.Sex>(),
        ["vulnerability"] = Enum.GetNames<Core.Persons.Vulnerability>(),
        ["identificationStatus"] = Enum.GetNames<Core.Persons.IdentificationStatus>(),
        ["indicatorList"] = Enum.GetNames<Core.Screening.IndicatorList>(),
        ["referralKind"] = Enum.GetNames<Core.Referrals.ReferralKind>(),
        ["referralStatus"] = Enum.GetNames<Core.Referrals.ReferralStatus>(),
        ["service"] = Enum.GetNames<Core.Institutions.ServiceKind>(),
        ["institutionType"] = Enum.GetNames<Core.Institutions.InstitutionType>(),
        ["consentGiver"] = Enum.GetNames<Core.Persons.ConsentGiver>(),
        ["role"] = [.. Core.Identity.Roles.All],
    };
}
