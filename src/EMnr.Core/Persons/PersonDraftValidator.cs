using System.Globalization;
using EMnr.Core.Communications;
using EMnr.Core.Text;
using EMnr.Core.Time;
using FluentValidation;

namespace EMnr.Core.Persons;

/// <summary>Input rules for potential victims. The facts date, when known, bounds the date of birth.</summary>
public sealed class PersonDraftValidator : AbstractValidator<PersonDraft>
{
    public const int MaxAge = 120;

    private static readonly HashSet<string> CountryCodes = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => TryRegion(c.Name))
        .OfType<RegionInfo>()
        .Select(r => r.TwoLetterISORegionName)
        .Where(code => code.Length == 2 && code.All(char.IsAsciiLetterUpper))
        .Concat(["MA", "EH", "SN", "CI", "ML", "GN", "NE", "CM", "NG", "SD", "SS", "TD", "CD", "CG", "GA", "BF", "SY", "YE", "PS"])
        .ToHashSet(StringComparer.Ordinal);

    public PersonDraftValidator(IClock clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        var today = () => MoroccoTime.ToLocalDate(clock.UtcNow);

        RuleFor(d => d.Sex).NotEmpty().WithMessage("Choose the sex (Unknown is allowed).")
            .Must(CommunicationDraftValidator.BeDefined<Sex>).WithMessage("Unknown sex '{PropertyValue}'.");
        RuleFor(d => d.NameLatin).MaximumLength(200).Must(TextRules.HasNoControlCharacters)
            .WithMessage("The name in Latin script is limited to 200 characters of text.");
        RuleFor(d => d.NameArabic).MaximumLength(200).Must(TextRules.HasNoControlCharacters)
            .WithMessage("The name in Arabic script is limited to 200 characters of text.");
        RuleFor(d => d.DateOfBirth).Must(date => date <= today()).When(d => d.DateOfBirth is not null)
            .WithMessage("The date of birth cannot be in the future.");
        RuleFor(d => d.DateOfBirth).Must(date => date >= today().AddYears(-MaxAge)).When(d => d.DateOfBirth is not null)
            .WithMessage("The date of birth is more than 120 years ago.");
        RuleFor(d => d.EstimatedAgeMin).InclusiveBetween(0, MaxAge).When(d => d.EstimatedAgeMin is not null)
            .WithMessage("The estimated age must be between 0 and 120.");
        RuleFor(d => d.EstimatedAgeMax).InclusiveBetween(0, MaxAge).When(d => d.EstimatedAgeMax is not null)
            .WithMessage("The estimated age must be between 0 and 120.");
        RuleFor(d => d.EstimatedAgeMax).GreaterThanOrEqualTo(d => d.EstimatedAgeMin ?? 0)
            .When(d => d.EstimatedAgeMin is not null && d.EstimatedAgeMax is not null)
            .WithMessage("The estimated age range is reversed: the maximum is below the minimum.");
        RuleFor(d => d.Nationality).Must(code => CountryCodes.Contains(code!))
            .When(d => !string.IsNullOrEmpty(d.Nationality))
            .WithMessage("Unknown nationality '{PropertyValue}': use an ISO 3166-1 alpha-2 code such as MA.");
        RuleForEach(d => d.Vulnerabilities).Must(CommunicationDraftValidator.BeDefined<Vulnerability>)
            .WithMessage("Unknown vulnerability '{PropertyValue}'.");
        RuleForEach(d => d.Languages).Must(CommunicationDraftValidator.BeDefined<ContactLanguage>)
            .WithMessage("Unknown language '{PropertyValue}'.");
        RuleFor(d => d.GuardianName).MaximumLength(200).Must(TextRules.HasNoControlCharacters)
            .WithMessage("The guardian's name is limited to 200 characters of text.");
        RuleFor(d => d.GuardianRelation).MaximumLength(100).Must(TextRules.HasNoControlCharacters)
            .WithMessage("The guardian's relation is limited to 100 characters of text.");
    }

    /// <summary>Checks a date of birth against the facts date: a person cannot be born after the facts.</summary>
    public static string? CheckAgainstFacts(PersonDraft draft, DateOnly? factsFrom) =>
        draft.DateOfBirth is { } dateOfBirth && factsFrom is { } facts && dateOfBirth > facts
            ? "The date of birth is after the date of the facts."
            : null;

    private static RegionInfo? TryRegion(string cultureName)
    {
        try
        {
            return new RegionInfo(cultureName);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
