using EMnr.Core.Institutions;
using EMnr.Core.Time;

namespace EMnr.Core.Persons;

/// <summary>Why a consent cannot be recorded or withdrawn.</summary>
public enum ConsentError
{
    GivenInFuture,
    ChildNeedsGuardianOrProsecutor,
    AdultGivesOwnConsent,
    AlreadyWithdrawn,
    WithdrawnBeforeGiven,
    WithdrawnInFuture,
}

/// <summary>
/// Consent rules. An adult consents for themselves. A child's consent comes from a guardian or an
/// authorisation of the prosecutor, and it ends on the child's 18th birthday.
/// Without a date of birth, a child's consent lasts until the earliest possible 18th birthday,
/// and one year at most.
/// </summary>
public static class ConsentRules
{
    /// <summary>Checks a new consent and returns its end of validity, or the first rule it breaks.</summary>
    public static (DateTimeOffset? ValidUntil, ConsentError? Error) CheckNew(Person person, ConsentGiver givenBy, DateTimeOffset givenAt, DateTimeOffset now)
    {
        if (givenAt > now)
        {
            return (null, ConsentError.GivenInFuture);
        }

        var child = Age.IsChild(person, MoroccoTime.ToLocalDate(givenAt)) == true;
        if (child && givenBy == ConsentGiver.Person)
        {
            return (null, ConsentError.ChildNeedsGuardianOrProsecutor);
        }

        if (!child && givenBy != ConsentGiver.Person)
        {
            return (null, ConsentError.AdultGivesOwnConsent);
        }

        return (child ? ChildConsentEnds(person, givenAt) : null, null);
    }

    public static ConsentError? CheckWithdrawal(ConsentRecord consent, DateTimeOffset withdrawnAt, DateTimeOffset now) =>
        consent.WithdrawnAt is not null ? ConsentError.AlreadyWithdrawn
        : withdrawnAt > now ? ConsentError.WithdrawnInFuture
        : withdrawnAt < consent.GivenAt ? ConsentError.WithdrawnBeforeGiven
        : null;

    /// <summary>Tells whether the consent lets the person's identity go to <paramref name="recipient"/> for <paramref name="purpose"/> at <paramref name="at"/>.</summary>
    public static bool Covers(ConsentRecord consent, Person person, Institution recipient, ServiceKind purpose, DateTimeOffset at)
    {
        var inForce = consent.GivenAt <= at
            && (consent.WithdrawnAt is null || consent.WithdrawnAt > at)
            && (consent.ValidUntil is null || at < consent.ValidUntil);
        var recipientMatches = consent.RecipientInstitutionId == recipient.Id
            || (consent.RecipientInstitutionId is null && consent.RecipientType == recipient.Type);

        // The giver must still fit the person's age: a guardian's consent ends at 18, and a
        // person's own consent does not count while they are a child (a date of birth corrected later).
        var childNow = Age.IsChild(person, MoroccoTime.ToLocalDate(at)) == true;
        var giverFits = childNow ? consent.GivenBy != ConsentGiver.Person : consent.GivenBy == ConsentGiver.Person;

        return inForce && recipientMatches && consent.Purpose == purpose && giverFits;
    }

    private static DateTimeOffset ChildConsentEnds(Person person, DateTimeOffset givenAt)
    {
        var oneYear = givenAt.AddYears(1);
        if (person.DateOfBirth is { } dateOfBirth)
        {
            return MoroccoTime.StartOfDay(dateOfBirth.AddYears(Age.AdultAge));
        }

        if (person.EstimatedAgeMax is { } oldest and < Age.AdultAge)
        {
            var earliestAdulthood = givenAt.AddYears(Age.AdultAge - oldest);
            return earliestAdulthood < oneYear ? earliestAdulthood : oneYear;
        }

        return oneYear;
    }
}
