using EMnr.Core.Institutions;

namespace EMnr.Web.Features.Institutions;

public sealed record InstitutionResponse(
    Guid Id,
    string Code,
    string NameFr,
    string NameAr,
    string Type,
    IReadOnlyList<string> ProvinceCodes,
    IReadOnlyList<string> Services,
    string? ContactEmail,
    string? ContactPhone,
    bool IsActive,
    string Version)
{
    public static InstitutionResponse From(Institution i) => new(
        i.Id, i.Code, i.NameFr, i.NameAr, i.Type.ToString(), i.ProvinceCodes,
        i.Services.Select(s => s.ToString()).ToList(), i.ContactEmail, i.ContactPhone, i.IsActive,
        i.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

public sealed record InstitutionPageResponse(IReadOnlyList<InstitutionResponse> Items, string? NextCursor, int Total);

/// <summary>Filters of the institution directory. Null filters are not applied.</summary>
public sealed record InstitutionFilter(
    string? Text = null,
    ServiceKind? Service = null,
    string? ProvinceCode = null,
    InstitutionType? Type = null,
    bool? Active = null);
