using EMnr.Core.Communications;
using EMnr.Core.Time;

namespace EMnr.Web.Pages.Communications;

/// <summary>Fields of the communication form, as typed. Dates are local text so that Arabic-Indic digits are accepted.</summary>
public sealed class CommunicationForm
{
    /// <summary>Local time in Africa/Casablanca, <c>dd/MM/yyyy HH:mm</c>.</summary>
    public string? ReceivedAt { get; set; }

    public string? Channel { get; set; }

    public string? Language { get; set; }

    public string? CallerType { get; set; }

    public string? Category { get; set; }

    public string? RedirectedTo { get; set; }

    public string? ProvinceCode { get; set; }

    public Guid? CrisisId { get; set; }

    public string? Summary { get; set; }

    /// <summary>Row version read when the edit form was opened.</summary>
    public uint Version { get; set; }

    public static CommunicationForm From(Communication c) => new()
    {
        ReceivedAt = MoroccoTime.Format(c.ReceivedAt),
        Channel = c.Channel.ToString(),
        Language = c.Language.ToString(),
        CallerType = c.CallerType.ToString(),
        Category = c.Category.ToString(),
        RedirectedTo = c.RedirectedTo?.ToString(),
        ProvinceCode = c.ProvinceCode,
        CrisisId = c.CrisisId,
        Summary = c.Summary,
        Version = c.Version,
    };

    /// <summary>Converts to a draft; a time that does not parse stays null and is reported on its field.</summary>
    public CommunicationDraft ToDraft() => new()
    {
        ReceivedAt = MoroccoTime.TryParseLocal(ReceivedAt),
        Channel = Channel,
        Language = Language,
        CallerType = CallerType,
        Category = Category,
        RedirectedTo = RedirectedTo,
        ProvinceCode = ProvinceCode,
        CrisisId = CrisisId,
        Summary = Summary,
    };
}
