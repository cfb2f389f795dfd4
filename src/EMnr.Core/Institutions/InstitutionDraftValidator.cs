using System.Text.RegularExpressions;
using EMnr.Core.Communications;
using EMnr.Core.ReferenceData;
using EMnr.Core.Text;
using FluentValidation;

namespace EMnr.Core.Institutions;

/// <summary>Input rules for institutions, shared by the pages and the API. Code uniqueness is checked against the database by the writer.</summary>
public sealed partial class InstitutionDraftValidator : AbstractValidator<InstitutionDraft>
{
    private static readonly HashSet<string> ProvinceCodes =
        MoroccoDivisions.Provinces.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);

    public InstitutionDraftValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(d => d.Code).NotEmpty().WithMessage("Enter the institution's code.")
            .Must(code => InstitutionCode().IsMatch(code!))
            .WithMessage("The code must be 2 to 40 capital letters, digits or hyphens, such as EN or CHU-MARRAKECH.");
        RuleFor(d => d.NameFr).NotEmpty().WithMessage("Enter the French name.")
            .MaximumLength(300).WithMessage("The French name is limited to 300 characters.")
            .Must(TextRules.HasNoControlCharacters).WithMessage("The French name contains a control character that cannot be stored.")
            .Must(name => !name!.Contains('\n') && !name.Contains('\r')).WithMessage("The French name must fit on one line.");
        RuleFor(d => d.NameAr).NotEmpty().WithMessage("Enter the Arabic name.")
            .MaximumLength(300).WithMessage("The Arabic name is limited to 300 characters.")
            .Must(TextRules.HasNoControlCharacters).WithMessage("The Arabic name contains a control character that cannot be stored.")
            .Must(name => !name!.Contains('\n') && !name.Contains('\r')).WithMessage("The Arabic name must fit on one line.");
        RuleFor(d => d.Type).NotEmpty().WithMessage("Choose the type of institution.")
            .Must(CommunicationDraftValidator.BeDefined<InstitutionType>).WithMessage("Unknown institution type '{PropertyValue}'.");
        RuleFor(d => d.ProvinceCodes).Must(codes => codes.Count <= ProvinceCodes.Count)
            .WithMessage("Too many provinces.");
        RuleForEach(d => d.ProvinceCodes).Must(code => code is not null && ProvinceCodes.Contains(code))
            .WithMessage("Unknown province code '{PropertyValue}'. Use an ISO 3166-2 code such as MA-HAO.");
        RuleForEach(d => d.Services).Must(CommunicationDraftValidator.BeDefined<ServiceKind>)
            .WithMessage("Unknown service '{PropertyValue}'.");
        RuleFor(d => d.ContactEmail).MaximumLength(254).EmailAddress()
            .Must(TextRules.HasNoControlCharacters)
            .When(d => !string.IsNullOrEmpty(d.ContactEmail))
            .WithMessage("The contact e-mail is not a valid address.");
        RuleFor(d => d.ContactPhone).Must(phone => PhoneNumber().IsMatch(phone!))
            .When(d => !string.IsNullOrEmpty(d.ContactPhone))
            .WithMessage("The contact phone may contain only digits, spaces, +, - and parentheses, 6 to 40 characters.");
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,39}$")]
    private static partial Regex InstitutionCode();

    [GeneratedRegex(@"^[0-9+() -]{6,40}$")]
    private static partial Regex PhoneNumber();
}
