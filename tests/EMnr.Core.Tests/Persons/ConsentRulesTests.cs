using EMnr.Core.Institutions;
using EMnr.Core.Persons;
using EMnr.Core.Time;

namespace EMnr.Core.Tests.Persons;

public sealed class ConsentRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 10, 0, 0, TimeSpan.Zero);

    private static readonly Institution Shelter = new()
    {
        Id = Guid.NewGuid(),
        Code = "SHELTER",
        NameFr = "Refuge",
        NameAr = "ملجأ",
        Type = InstitutionType.Association,
    };

    private static Person Adult() => new() { DateOfBirth = new DateOnly(1990, 1, 1) };

    private static Person ChildTurning18On(DateOnly birthday) => new() { DateOfBirth = birthday.AddYears(-18) };

    private static ConsentRecord Consent(ConsentGiver givenBy, DateTimeOffset givenAt, DateTimeOffset? validUntil = null) => new()
    {
        RecipientInstitutionId = Shelter.Id,
        Purpose = ServiceKind.Shelter,
        GivenBy = givenBy,
        GivenAt = givenAt,
        ValidUntil = validUntil,
    };

    [Theory]
    [InlineData(ConsentGiver.Person, null)]
    [InlineData(ConsentGiver.Guardian, ConsentError.AdultGivesOwnConsent)]
    [InlineData(ConsentGiver.ProsecutorAuthorisation, ConsentError.AdultGivesOwnConsent)]
    public void Adult_GivesOwnConsent(ConsentGiver givenBy, ConsentError? expected)
    {
        var (validUntil, error) = ConsentRules.CheckNew(Adult(), givenBy, Now.AddDays(-1), Now);

        Assert.Equal(expected, error);
        Assert.Null(validUntil);
    }

    [Theory]
    [InlineData(ConsentGiver.Person, ConsentError.ChildNeedsGuardianOrProsecutor)]
    [InlineData(ConsentGiver.Guardian, null)]
    [InlineData(ConsentGiver.ProsecutorAuthorisation, null)]
    public void Child_NeedsGuardianOrProsecutor(ConsentGiver givenBy, ConsentError? expected)
    {
        var (_, error) = ConsentRules.CheckNew(ChildTurning18On(new DateOnly(2028, 3, 1)), givenBy, Now.AddDays(-1), Now);

        Assert.Equal(expected, error);
    }

    [Fact]
    public void ChildConsent_EndsAt18thBirthday()
    {
        var birthday = new DateOnly(2028, 3, 1);

        var (validUntil, _) = ConsentRules.CheckNew(ChildTurning18On(birthday), ConsentGiver.Guardian, Now.AddDays(-1), Now);

        Assert.Equal(MoroccoTime.StartOfDay(birthday), validUntil);
    }

    [Fact]
    public void ChildWithoutBirthDate_LastsOneYear()
    {
        var child = new Person { EstimatedAgeMin = 12, EstimatedAgeMax = 14 };
        var almostAdult = new Person { EstimatedAgeMin = 16, EstimatedAgeMax = 17 };
        var givenAt = Now.AddDays(-1);

        Assert.Equal(givenAt.AddYears(1), ConsentRules.CheckNew(child, ConsentGiver.Guardian, givenAt, Now).ValidUntil);
        Assert.Equal(givenAt.AddYears(1), ConsentRules.CheckNew(almostAdult, ConsentGiver.Guardian, givenAt, Now).ValidUntil);
    }

    [Fact]
    public void FutureConsent_Rejected() =>
        Assert.Equal(ConsentError.GivenInFuture, ConsentRules.CheckNew(Adult(), ConsentGiver.Person, Now.AddMinutes(1), Now).Error);

    [Fact]
    public void Consent_CoversRecipientAndPurposeOnly()
    {
        var consent = Consent(ConsentGiver.Person, Now.AddDays(-1));
        var other = new Institution { Id = Guid.NewGuid(), Code = "X", NameFr = "X", NameAr = "X", Type = InstitutionType.Association };

        Assert.True(ConsentRules.Covers(consent, Adult(), Shelter, ServiceKind.Shelter, Now));
        Assert.False(ConsentRules.Covers(consent, Adult(), Shelter, ServiceKind.MedicalCare, Now));
        Assert.False(ConsentRules.Covers(consent, Adult(), other, ServiceKind.Shelter, Now));
    }

    [Fact]
    public void TypeConsent_CoversThatType()
    {
        var consent = Consent(ConsentGiver.Person, Now.AddDays(-1));
        consent.RecipientInstitutionId = null;
        consent.RecipientType = InstitutionType.Association;
        var health = new Institution { Id = Guid.NewGuid(), Code = "H", NameFr = "H", NameAr = "H", Type = InstitutionType.Health };

        Assert.True(ConsentRules.Covers(consent, Adult(), Shelter, ServiceKind.Shelter, Now));
        Assert.False(ConsentRules.Covers(consent, Adult(), health, ServiceKind.Shelter, Now));
    }

    [Fact]
    public void Withdrawal_StopsLaterSharing()
    {
        var consent = Consent(ConsentGiver.Person, Now.AddDays(-10));
        consent.WithdrawnAt = Now.AddDays(-2);

        Assert.True(ConsentRules.Covers(consent, Adult(), Shelter, ServiceKind.Shelter, Now.AddDays(-3)));
        Assert.False(ConsentRules.Covers(consent, Adult(), Shelter, ServiceKind.Shelter, Now));
    }

    [Fact]
    public void GuardianConsent_EndsAtAdulthood()
    {
        var birthday = new DateOnly(2026, 7, 1);
        var person = ChildTurning18On(birthday);
        var (validUntil, _) = ConsentRules.CheckNew(person, ConsentGiver.Guardian, Now.AddDays(-30), Now);
        var guardians = Consent(ConsentGiver.Guardian, Now.AddDays(-30), validUntil);
        var adulthood = MoroccoTime.StartOfDay(birthday);

        Assert.True(ConsentRules.Covers(guardians, person, Shelter, ServiceKind.Shelter, adulthood.AddTicks(-1)));
        Assert.False(ConsentRules.Covers(guardians, person, Shelter, ServiceKind.Shelter, adulthood));
        Assert.Equal(ConsentError.ChildNeedsGuardianOrProsecutor, ConsentRules.CheckNew(person, ConsentGiver.Person, adulthood.AddDays(-1), adulthood.AddDays(-1)).Error);
        Assert.Null(ConsentRules.CheckNew(person, ConsentGiver.Person, adulthood.AddHours(1), adulthood.AddHours(2)).Error);
    }

    [Fact]
    public void ChildsOwnConsent_DoesNotCount()
    {
        var consent = Consent(ConsentGiver.Person, Now.AddDays(-1));
        var child = ChildTurning18On(new DateOnly(2030, 1, 1));

        Assert.False(ConsentRules.Covers(consent, child, Shelter, ServiceKind.Shelter, Now));
    }

    [Theory]
    [InlineData(-5, -1, null)]
    [InlineData(-5, -6, ConsentError.WithdrawnBeforeGiven)]
    [InlineData(-5, 1, ConsentError.WithdrawnInFuture)]
    public void Withdrawal_DatedWithinConsent(int givenDays, int withdrawnDays, ConsentError? expected)
    {
        var consent = Consent(ConsentGiver.Person, Now.AddDays(givenDays));

        Assert.Equal(expected, ConsentRules.CheckWithdrawal(consent, Now.AddDays(withdrawnDays), Now));
    }

    [Fact]
    public void Consent_WithdrawnOnce() =>
        Assert.Equal(ConsentError.AlreadyWithdrawn,
            ConsentRules.CheckWithdrawal(new ConsentRecord { GivenAt = Now.AddDays(-5), WithdrawnAt = Now.AddDays(-1) }, Now, Now));
}
