namespace EMnr.Core.Persons;

/// <summary>Age rules. Dates are local calendar dates in Africa/Casablanca.</summary>
public static class Age
{
    public const int AdultAge = 18;

    /// <summary>Returns the age in whole years on <paramref name="on"/>; a 29 February birthday falls on 1 March in common years.</summary>
    public static int YearsOn(DateOnly dateOfBirth, DateOnly on)
    {
        var years = on.Year - dateOfBirth.Year;
        if (on < dateOfBirth.AddYears(years))
        {
            years--;
        }

        return years;
    }

    /// <summary>
    /// Tells whether the person was a child on <paramref name="on"/>. Without a date of birth, an
    /// estimated range whose lower bound is under 18 counts as a child: when in doubt, a person is
    /// presumed to be a minor. Returns null when nothing is known about the age.
    /// </summary>
    public static bool? IsChild(Person person, DateOnly on)
    {
        if (person.DateOfBirth is { } dateOfBirth)
        {
            return YearsOn(dateOfBirth, on) < AdultAge;
        }

        return person.EstimatedAgeMin is { } min ? min < AdultAge : null;
    }

    /// <summary>
    /// Tells whether the child rule applies: a child at the date of the facts stays a child for
    /// every rule, even after turning 18. Without a facts date, today counts.
    /// </summary>
    public static bool ChildRuleApplies(Person person, DateOnly? factsDate, DateOnly today) =>
        IsChild(person, factsDate ?? today) == true || IsChild(person, today) == true;
}
