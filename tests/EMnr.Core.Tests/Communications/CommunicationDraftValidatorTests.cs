using EMnr.Core.Communications;
using EMnr.Core.Time;

namespace EMnr.Core.Tests.Communications;

public sealed class CommunicationDraftValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    private static readonly CommunicationDraftValidator Validator = new(new FixedClock(Now));

    private static CommunicationDraft Valid() => new()
    {
        ReceivedAt = Now.AddMinutes(-1),
        Channel = "GreenLine",
        Language = "Tamazight",
        CallerType = "Relative",
        Category = "InformationRequest",
        Summary = "Demande d'information.",
    };

    [Fact]
    public void Validate_ValidDraft_HasNoError()
    {
        Assert.True(Validator.Validate(Valid()).IsValid);
    }

    [Fact]
    public void Validate_FourMinutesAhead_IsAccepted()
    {
        Assert.True(Validator.Validate(Valid() with { ReceivedAt = Now.AddMinutes(4) }).IsValid);
    }

    public static TheoryData<CommunicationDraft, string> Invalid => new()
    {
        { Valid() with { ReceivedAt = null }, nameof(CommunicationDraft.ReceivedAt) },
        { Valid() with { ReceivedAt = Now.AddMinutes(6) }, nameof(CommunicationDraft.ReceivedAt) },
        { Valid() with { Channel = "Fax" }, nameof(CommunicationDraft.Channel) },
        { Valid() with { Channel = "1" }, nameof(CommunicationDraft.Channel) },
        { Valid() with { Language = null }, nameof(CommunicationDraft.Language) },
        { Valid() with { CallerType = "Robot" }, nameof(CommunicationDraft.CallerType) },
        { Valid() with { Category = "" }, nameof(CommunicationDraft.Category) },
        { Valid() with { Category = "OtherOffenceRedirected" }, nameof(CommunicationDraft.RedirectedTo) },
        { Valid() with { Category = "OtherOffenceRedirected", RedirectedTo = "Moon" }, nameof(CommunicationDraft.RedirectedTo) },
        { Valid() with { RedirectedTo = "Police" }, nameof(CommunicationDraft.RedirectedTo) },
        { Valid() with { Summary = new string('a', 4001) }, nameof(CommunicationDraft.Summary) },
        { Valid() with { Summary = "a\0b" }, nameof(CommunicationDraft.Summary) },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_InvalidDraft_ReportsField(CommunicationDraft draft, string field)
    {
        var result = Validator.Validate(draft);

        Assert.Contains(result.Errors, e => e.PropertyName == field);
    }

    [Fact]
    public void Validate_RedirectionWithDestination_IsAccepted()
    {
        var draft = Valid() with { Category = "OtherOffenceRedirected", RedirectedTo = "Gendarmerie" };

        Assert.True(Validator.Validate(draft).IsValid);
    }

    [Fact]
    public void Validate_ArabicSummaryWithNewlines_IsAccepted()
    {
        var draft = Valid() with { Summary = "طفل في خطر\nيحتاج إلى مساعدة\tعاجلة" };

        Assert.True(Validator.Validate(draft).IsValid);
    }

    private sealed class FixedClock(DateTimeOffset now) : IClock
    {
        public DateTimeOffset UtcNow => now;
    }
}
