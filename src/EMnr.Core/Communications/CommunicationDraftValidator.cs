using EMnr.Core.Time;
using FluentValidation;

namespace EMnr.Core.Communications;

/// <summary>Input rules shared by the pages, the API and the CSV import.</summary>
public sealed class CommunicationDraftValidator : AbstractValidator<CommunicationDraft>
{
    /// <summary>Clock skew tolerated between an operator's device and the server.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    public CommunicationDraftValidator(IClock clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(d => d.ReceivedAt)
            .NotNull().WithMessage("Enter the time the communication was received.")
            .Must(at => at <= clock.UtcNow + FutureTolerance)
            .WithMessage("The time received cannot be more than 5 minutes in the future.")
            .Must(at => at >= new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero))
            .WithMessage("The time received must be after 01/01/2000.");

        RuleFor(d => d.Channel).NotEmpty().WithMessage("Choose a channel.")
            .Must(BeDefined<Channel>).WithMessage("Unknown channel '{PropertyValue}'.");
        RuleFor(d => d.Language).NotEmpty().WithMessage("Choose a language.")
            .Must(BeDefined<ContactLanguage>).WithMessage("Unknown language '{PropertyValue}'.");
        RuleFor(d => d.CallerType).NotEmpty().WithMessage("Choose who called.")
            .Must(BeDefined<CallerType>).WithMessage("Unknown caller type '{PropertyValue}'.");
        RuleFor(d => d.Category).NotEmpty().WithMessage("Choose a category.")
            .Must(BeDefined<CommunicationCategory>).WithMessage("Unknown category '{PropertyValue}'.");

        RuleFor(d => d.RedirectedTo)
            .NotEmpty().WithMessage("Choose where the call was redirected.")
            .Must(BeDefined<RedirectDestination>).WithMessage("Unknown redirection destination '{PropertyValue}'.")
            .When(IsRedirection);
        RuleFor(d => d.RedirectedTo)
            .Empty().WithMessage("A destination is only recorded for a redirected call: choose the category 'Other offence, redirected' or clear the destination.")
            .When(d => !IsRedirection(d) && BeDefined<CommunicationCategory>(d.Category));

        RuleFor(d => d.Summary)
            .MaximumLength(Communication.SummaryMaxLength)
            .WithMessage("The summary is limited to 4,000 characters.")
            .Must(NotContainControlCharacters)
            .WithMessage("The summary contains a control character (such as NUL) that cannot be stored.");
    }

    /// <summary>Tells whether the text is exactly one member's name (any case): no numbers, no comma-joined flags.</summary>
    public static bool BeDefined<TEnum>(string? value)
        where TEnum : struct, Enum =>
        !string.IsNullOrEmpty(value)
        && Enum.GetNames<TEnum>().Contains(value, StringComparer.OrdinalIgnoreCase);

    private static bool IsRedirection(CommunicationDraft draft) =>
        string.Equals(draft.Category, nameof(CommunicationCategory.OtherOffenceRedirected), StringComparison.OrdinalIgnoreCase);

    private static bool NotContainControlCharacters(string? text) =>
        text is null || !text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
}
