namespace EMnr.Core.Screening;

/// <summary>Checks a screening request and resolves the ticked codes to indicators of the screened list.</summary>
internal static class ScreeningRequestValidator
{
    public static (IReadOnlyList<Indicator> Ticked, IReadOnlyList<ScreeningError> Errors) Validate(
        IndicatorGuideVersion guide, IndicatorList list, IEnumerable<string?> tickedCodes, bool isChildAtTimeOfFacts)
    {
        var errors = new List<ScreeningError>();
        if (list.IsForChildren() != isChildAtTimeOfFacts)
        {
            errors.Add(AgeMismatch(list, isChildAtTimeOfFacts));
        }

        var ticked = new List<Indicator>();
        var reportedDuplicates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in tickedCodes)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                errors.Add(new(ScreeningErrorCode.EmptyIndicatorCode, code, "An indicator code is empty: send the code of each ticked indicator, such as \"AL-DR-01\"."));
                continue;
            }

            var indicator = guide.Find(code);
            if (indicator is null)
            {
                errors.Add(new(ScreeningErrorCode.UnknownIndicator, code, $"Indicator '{code}' is not in guide version {guide.Version}: send a code from the list {list}."));
            }
            else if (indicator.List != list)
            {
                errors.Add(new(ScreeningErrorCode.IndicatorFromAnotherList, code, $"Indicator '{code}' belongs to the list {indicator.List}, not to the screened list {list}: send codes from {list} only."));
            }
            else if (ticked.Contains(indicator))
            {
                // Codes are matched without regard to case, so "al-dr-01" repeats "AL-DR-01". Each repeated code is reported once.
                if (reportedDuplicates.Add(indicator.Code))
                {
                    errors.Add(new(ScreeningErrorCode.DuplicateIndicator, indicator.Code, $"Indicator '{indicator.Code}' is ticked more than once: send each code once."));
                }
            }
            else
            {
                ticked.Add(indicator);
            }
        }

        return (ticked, errors);
    }

    private static ScreeningError AgeMismatch(IndicatorList list, bool isChildAtTimeOfFacts) => isChildAtTimeOfFacts
        ? new(ScreeningErrorCode.ListDoesNotMatchAge, null, $"The list {list} is for adults but the person was a child at the time of the facts: screen with {IndicatorList.ChildLabour} or {IndicatorList.ChildSexual}.")
        : new(ScreeningErrorCode.ListDoesNotMatchAge, null, $"The list {list} is for children but the person was an adult at the time of the facts: screen with {IndicatorList.AdultLabour} or {IndicatorList.AdultSexual}.");
}
