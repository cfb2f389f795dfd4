using EMnr.Core.Communications;
using EMnr.Core.Text;
using EMnr.Core.Time;
using FluentValidation;

namespace EMnr.Core.Reports;

/// <summary>Input rules for reports, shared by the pages and the API.</summary>
public sealed class ReportDraftValidator : AbstractValidator<ReportDraft>
{
    public ReportDraftValidator(IClock clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        var today = () => MoroccoTime.ToLocalDate(clock.UtcNow);

        RuleFor(d => d.Source).NotEmpty().WithMessage("Choose the source of the report.")
            .Must(CommunicationDraftValidator.BeDefined<ReportSource>).WithMessage("Unknown source '{PropertyValue}'.");
        RuleFor(d => d.Priority).Must(CommunicationDraftValidator.BeDefined<ReportPriority>)
            .When(d => !string.IsNullOrEmpty(d.Priority)).WithMessage("Unknown priority '{PropertyValue}'.");
        RuleFor(d => d.Narrative).NotEmpty().WithMessage("Describe the facts.")
            .MaximumLength(Report.NarrativeMaxLength).WithMessage("The narrative is limited to 10,000 characters.")
            .Must(TextRules.HasNoControlCharacters).WithMessage("The narrative contains a control character (such as NUL) that cannot be stored.");
        RuleForEach(d => d.ExploitationForms).Must(CommunicationDraftValidator.BeDefined<ExploitationForm>)
            .WithMessage("Unknown form of exploitation '{PropertyValue}'.");
        RuleFor(d => d.FactsFrom).Must(date => date <= today()).When(d => d.FactsFrom is not null)
            .WithMessage("The facts cannot start in the future.");
        RuleFor(d => d.FactsTo).Must((draft, to) => draft.FactsFrom is null || to >= draft.FactsFrom)
            .When(d => d.FactsTo is not null).WithMessage("The end of the facts is before their start.");
        RuleFor(d => d.Commune).MaximumLength(200).Must(TextRules.HasNoControlCharacters)
            .WithMessage("The commune is limited to 200 characters of text.");
        RuleFor(d => d.IndicatorsObserved).MaximumLength(4000).Must(TextRules.HasNoControlCharacters)
            .WithMessage("The indicators observed are limited to 4,000 characters of text.");
        RuleFor(d => d.PerpetratorsDescription).MaximumLength(4000).Must(TextRules.HasNoControlCharacters)
            .WithMessage("The description of alleged perpetrators is limited to 4,000 characters of text.");
    }
}
