using System.Globalization;
using System.Text.RegularExpressions;
using EMnr.Core.Persons;
using EMnr.Core.Screening;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EMnr.Web.Tests.Browser;

/// <summary>
/// Casework from a suspected-trafficking communication to a reasonable-grounds decision: report,
/// persons, duplicates, screening, decision, need-to-know between institutions and audited reads.
/// </summary>
public sealed partial class CaseworkBrowserTests(EMnrApp app, BrowserFixture browserFixture) : BrowserTest(app, browserFixture)
{
    private const string Summary = "Fillette employée comme domestique à Salé, privée d'école, travaille la nuit.";

    // Two deceptive-recruitment and two exploitative-conditions indicators (one strong and one
    // medium each) make both dimensions present, with no coercion or abuse at destination.
    private static readonly string[] ChildIndicators = ["CL-DR-01", "CL-DR-02", "CL-EX-01", "CL-EX-02"];
    private static readonly string[] AdultIndicators = ["AL-DR-01", "AL-DR-02", "AL-EX-01", "AL-EX-02"];

    [GeneratedRegex(@"^EMNR-\d{4}-\d{5}$")]
    private static partial Regex ReportReference();

    [GeneratedRegex(@"^PV-[A-Z0-9]{6}$")]
    private static partial Regex PersonCode();

    [GeneratedRegex(@"/Reports/Details/([0-9a-f-]{36})$")]
    private static partial Regex ReportDetailsPath();

    [Fact]
    public async Task Reviewer_FrenchCasework_FromCallToDecision()
    {
        var communicationId = await CreateCommunicationAsync(Summary);
        await SignInAsync(Page, TestAccounts.Reviewer);

        // Open the report from the communication.
        var reportUrl = await OpenReportAsync(communicationId);
        await Expect(Page.Locator("#narrative")).ToHaveTextAsync(Summary);
        await Expect(Page.Locator("#urgent")).ToHaveCountAsync(0);

        // A child makes the report urgent. The persons table shows pseudonymous codes and no names.
        await AddPersonAsync("Mohamed El Testaoui", "محمد التستاوي", "Female", ChildDateOfBirth());
        await Expect(Page.Locator("#urgent")).ToHaveTextAsync("Urgent");
        await AddPersonAsync("Fatima Zahra Bennani", null, "Female", "05/06/1990");
        var rows = Page.Locator("#persons tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        for (var i = 0; i < 2; i++)
        {
            await Expect(rows.Nth(i).Locator("td").First).ToHaveTextAsync(PersonCode());
        }

        await Expect(Page.Locator("#persons")).Not.ToContainTextAsync("Testaoui");
        await Expect(Page.Locator("#persons")).Not.ToContainTextAsync("Bennani");
        await Expect(Page.Locator("#persons .duplicates a")).ToHaveCountAsync(0);

        // A variant spelling of the child's name is flagged as a possible duplicate.
        await AddPersonAsync("Mohammed Testaoui", null, "Male", null);
        await Expect(rows).ToHaveCountAsync(3);
        var childCode = (await rows.Nth(0).Locator("td").First.TextContentAsync())!.Trim();
        var adultCode = (await rows.Nth(1).Locator("td").First.TextContentAsync())!.Trim();
        var variantCode = (await rows.Nth(2).Locator("td").First.TextContentAsync())!.Trim();
        await Expect(rows.Nth(2).Locator(".duplicates a")).ToContainTextAsync(childCode);
        await Expect(rows.Nth(0).Locator(".duplicates a")).ToContainTextAsync(variantCode);
        await Expect(rows.Nth(1).Locator(".duplicates a")).ToHaveCountAsync(0);

        // The same indicators screen positive for the child, who needs no means, and negative for the adult.
        await rows.Nth(0).Locator("td a").First.ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync(childCode);
        var childUrl = Page.Url;
        await Page.Locator("#screen").ClickAsync();
        await TickAndComputeAsync(ChildIndicators);
        var suggestion = Page.Locator("#suggestion");
        await Expect(suggestion).ToContainTextAsync("indices de traite");
        await Expect(suggestion.Locator("li")).Not.ToHaveCountAsync(0);
        await Page.Locator("#agree").CheckAsync();
        await Page.Locator("#save-screening").ClickAsync();
        await Expect(Page.Locator("main [role=status]")).ToHaveTextAsync("Évaluation enregistrée.");
        await Expect(Page.Locator("#screenings li")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#screenings li")).ToContainTextAsync("suggestion acceptée");

        await Page.GotoAsync(reportUrl);
        await rows.Nth(1).Locator("td a").First.ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync(adultCode);
        await Page.Locator("#screen").ClickAsync();
        await TickAndComputeAsync(AdultIndicators);
        await Expect(suggestion).ToContainTextAsync("indices insuffisants");
        await Page.Locator("#override").CheckAsync();
        await Page.Locator("#save-screening").ClickAsync();
        await Expect(Page.Locator("[data-valmsg-for='OverrideReason']"))
            .ToHaveTextAsync("Indiquez pourquoi vous écartez la suggestion.");
        await Expect(Page.Locator("#override")).ToBeCheckedAsync();
        foreach (var code in AdultIndicators)
        {
            await Expect(Page.Locator($"#i-{code}")).ToBeCheckedAsync();
        }

        await Page.Locator("#OverrideReason").FillAsync("Passeport confisqué par l'employeur, signalé après l'évaluation.");
        await Page.Locator("#save-screening").ClickAsync();
        await Expect(Page.Locator("main [role=status]")).ToHaveTextAsync("Évaluation enregistrée.");
        await Expect(Page.Locator("#screenings li")).ToContainTextAsync("Passeport confisqué");
        var adult = await App.WithDbAsync(db => db.Persons.SingleAsync(p => p.Code == adultCode));
        var adultScreening = await App.WithDbAsync(db => db.Screenings.SingleAsync(s => s.PersonId == adult.Id));
        Assert.Equal(ScreeningOutcome.Negative, adultScreening.SuggestedOutcome);
        Assert.Equal(ScreeningOutcome.Positive, adultScreening.ConcludedOutcome);
        Assert.False(adultScreening.AgreesWithSuggestion);

        // Reasonable-grounds decision on the child.
        await Page.GotoAsync(childUrl);
        await Page.Locator("#Outcome").SelectOptionAsync(nameof(IdentificationStatus.PresumedVictim));
        await Page.Locator("#Reason").FillAsync("Mineure, recrutement trompeur et conditions d'exploitation établis.");
        await Page.Locator("#decide").ClickAsync();
        await Expect(Page.Locator("main [role=status]")).ToHaveTextAsync("Décision enregistrée.");
        await Expect(Page.Locator("#identification-status")).ToHaveTextAsync("Victime présumée (motifs raisonnables)");
        await Expect(Page.Locator("#decisions li")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#decisions li")).ToContainTextAsync("Mineure, recrutement trompeur");
        await Page.GotoAsync(reportUrl);
        await Expect(rows.Nth(0)).ToContainTextAsync("Victime présumée");

        // Every display of a person page is an audited identity read: the child's page was
        // shown on the first visit, after the screening, on return and after the decision.
        var child = await App.WithDbAsync(db => db.Persons.SingleAsync(p => p.Code == childCode));
        Assert.Equal("Mohamed El Testaoui", child.NameLatin);
        Assert.Equal(IdentificationStatus.PresumedVictim, child.IdentificationStatus);
        var childReads = await CountIdentityReadsAsync(child.Id);
        var adultReads = await CountIdentityReadsAsync(adult.Id);
        Assert.Equal(4, childReads);
        Assert.Equal(2, adultReads);

        AssertNoPageErrors();
    }

    [Fact]
    public async Task Reviewer_ArabicCasework_IsRightToLeft()
    {
        var communicationId = await CreateCommunicationAsync(Summary);
        await SignInAsync(Page, TestAccounts.Reviewer);
        await SwitchLanguageAsync(Page, "ar");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");

        await Page.GotoAsync($"/Communications/Details/{communicationId}");
        await Expect(Page.Locator("#open-report")).ToHaveTextAsync("فتح التبليغ");
        await Page.Locator("#open-report").ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("تبليغ جديد");
        await Expect(Page.Locator("label[for=Input_Narrative]")).ToHaveTextAsync("سرد الوقائع");
        await Expect(Page.Locator("#Input_Narrative")).ToHaveValueAsync(Summary);
        await Page.Locator("#form-DomesticServitude").CheckAsync();
        await Page.Locator("#save").ClickAsync();
        await Expect(Page.Locator("#reference")).ToHaveTextAsync(ReportReference());
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        var factsFrom = await App.WithDbAsync(db => db.Reports.Select(r => r.FactsFrom).SingleAsync());
        await Expect(Page.Locator("main dl")).ToContainTextAsync(factsFrom!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));

        await Expect(Page.Locator("#add-person")).ToHaveTextAsync("إضافة ضحية محتملة");
        await AddPersonAsync(null, "محمد التستاوي", "Female", ToArabicIndicDigits(ChildDateOfBirth()));
        await Expect(Page.Locator("#urgent")).ToHaveTextAsync("مستعجل");
        await AddPersonAsync(null, "محمّد تستاوي", "Male", null);
        var rows = Page.Locator("#persons tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(Page.Locator("#persons")).Not.ToContainTextAsync("تستاوي");
        await Expect(rows.Nth(1).Locator(".duplicates a")).ToHaveCountAsync(1);

        await rows.Nth(0).Locator("td a").First.ClickAsync();
        await Expect(Page.Locator("#name-arabic")).ToHaveTextAsync("محمد التستاوي");
        await Page.Locator("#screen").ClickAsync();
        await Expect(Page.Locator("#compute")).ToHaveTextAsync("حساب الاقتراح");
        await TickAndComputeAsync(ChildIndicators);
        await Expect(Page.Locator("#suggestion")).ToContainTextAsync("مؤشرات على الاتجار");
        await Page.Locator("#save-screening").ClickAsync();
        await Expect(Page.Locator("main [role=status]")).ToHaveTextAsync("تم حفظ التقييم.");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");

        AssertNoPageErrors();
    }

    [Fact]
    public async Task OtherInstitution_SeesNothingOfCase()
    {
        var communicationId = await CreateCommunicationAsync(Summary);
        await SignInAsync(Page, TestAccounts.Reviewer);
        var reportUrl = await OpenReportAsync(communicationId);
        await AddPersonAsync("Mohamed El Testaoui", null, "Female", ChildDateOfBirth());
        await Page.Locator("#persons tbody tr td a").First.ClickAsync();
        var personUrl = new Uri(Page.Url).PathAndQuery;
        var reference = await App.WithDbAsync(db => db.Reports.Select(r => r.Reference).SingleAsync());

        await SignOutAsync();
        await SignInAsync(Page, TestAccounts.OtherCaseworker);
        var reportResponse = await Page.GotoAsync(reportUrl);
        Assert.Equal(404, reportResponse!.Status);
        var personResponse = await Page.GotoAsync(personUrl);
        Assert.Equal(404, personResponse!.Status);
        await Page.GotoAsync("/Reports");
        await Expect(Page.Locator("#reports tbody tr")).ToHaveCountAsync(0);
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(reference);
        await Page.GotoAsync($"/Reports?Q={reference}");
        await Expect(Page.Locator("#reports tbody tr")).ToHaveCountAsync(0);

        await SignOutAsync();
        await SignInAsync(Page, TestAccounts.Analyst);
        await Expect(Page.Locator("nav a[href='/Reports']")).ToHaveCountAsync(0);
        await Page.GotoAsync("/Reports");
        Assert.Equal("/Account/AccessDenied", new Uri(Page.Url).AbsolutePath);
        await Page.GotoAsync(reportUrl);
        Assert.Equal("/Account/AccessDenied", new Uri(Page.Url).AbsolutePath);
    }

    [Fact]
    public async Task PersonForm_InvalidInput_ShowsErrorsStoresNothing()
    {
        var communicationId = await CreateCommunicationAsync(Summary);
        await SignInAsync(Page, TestAccounts.Reviewer);
        var reportUrl = await OpenReportAsync(communicationId);
        await Page.Locator("#add-person").ClickAsync();

        var future = DateTime.Today.AddDays(10).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await Page.Locator("#Input_NameLatin").FillAsync("Youssef Fictivi");
        await Page.Locator("#Input_DateOfBirth").FillAsync(future);
        await Page.Locator("#Input_EstimatedAgeMin").FillAsync("16");
        await Page.Locator("#Input_EstimatedAgeMax").FillAsync("12");
        await Page.Locator("#Input_Nationality").FillAsync("XX");
        await Page.Locator("#save").ClickAsync();

        await Expect(FieldError("Input.DateOfBirth")).ToHaveTextAsync("La date de naissance ne peut pas être dans le futur.");
        await Expect(FieldError("Input.EstimatedAgeMax")).ToHaveTextAsync("La tranche d'âge estimée est inversée : le maximum est inférieur au minimum.");
        await Expect(FieldError("Input.Nationality")).ToHaveTextAsync("Nationalité inconnue « XX » : utilisez un code ISO 3166-1 alpha-2 comme MA.");
        await Expect(Page.Locator(".field-validation-error")).ToHaveCountAsync(3);
        await Expect(Page.Locator("#Input_NameLatin")).ToHaveValueAsync("Youssef Fictivi");
        await Expect(Page.Locator("#Input_DateOfBirth")).ToHaveValueAsync(future);
        await Expect(Page.Locator("#Input_Nationality")).ToHaveValueAsync("XX");
        Assert.Equal(0, await App.WithDbAsync(db => db.Persons.CountAsync()));

        await Page.Locator("#Input_DateOfBirth").FillAsync("31/02/2010");
        await Page.Locator("#Input_EstimatedAgeMax").FillAsync("");
        await Page.Locator("#Input_Nationality").FillAsync("MA");
        await Page.Locator("#save").ClickAsync();
        await Expect(FieldError("Input.DateOfBirth")).ToHaveTextAsync(new Regex("jj/mm/aaaa"));
        Assert.Equal(0, await App.WithDbAsync(db => db.Persons.CountAsync()));

        // 12/03/2011 typed with Arabic-Indic digits, as an Arabic keyboard types it.
        await Page.Locator("#Input_DateOfBirth").FillAsync("١٢/٠٣/٢٠١١");
        await Page.Locator("#Input_EstimatedAgeMin").FillAsync("");
        await Page.Locator("#save").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(reportUrl) + "$"));
        var stored = await App.WithDbAsync(db => db.Persons.SingleAsync());
        Assert.Equal(new DateOnly(2011, 3, 12), stored.DateOfBirth);
        Assert.Equal("MA", stored.Nationality);

        AssertNoPageErrors();
    }

    /// <summary>Opens a report from the communication's page and returns the report's path.</summary>
    private async Task<string> OpenReportAsync(Guid communicationId)
    {
        await Page.GotoAsync($"/Communications/Details/{communicationId}");
        await Expect(Page.Locator("#open-report")).ToHaveTextAsync("Ouvrir le signalement");
        await Page.Locator("#open-report").ClickAsync();
        await Expect(Page.Locator("#Input_Narrative")).ToHaveValueAsync(Summary);
        await Expect(Page.Locator("#Input_Source")).ToHaveValueAsync("ReportingLine");
        await Page.Locator("#form-DomesticServitude").CheckAsync();
        await Page.Locator("#form-ForcedLabour").CheckAsync();
        await Page.Locator("#save").ClickAsync();

        await Expect(Page.Locator("#reference")).ToHaveTextAsync(ReportReference());
        await Expect(Page).ToHaveURLAsync(ReportDetailsPath());
        var report = await App.WithDbAsync(db => db.Reports.SingleAsync());
        Assert.Equal(communicationId, report.CommunicationId);
        Assert.Equal(2, report.ExploitationForms.Count);
        return new Uri(Page.Url).AbsolutePath;
    }

    /// <summary>Adds a person from the report page and waits for the report page again.</summary>
    private async Task AddPersonAsync(string? nameLatin, string? nameArabic, string sex, string? dateOfBirth)
    {
        var reportPath = new Uri(Page.Url).AbsolutePath;
        await Page.Locator("#add-person").ClickAsync();
        await Page.Locator("#Input_NameLatin").FillAsync(nameLatin ?? "");
        await Page.Locator("#Input_NameArabic").FillAsync(nameArabic ?? "");
        await Page.Locator("#Input_Sex").SelectOptionAsync(sex);
        await Page.Locator("#Input_DateOfBirth").FillAsync(dateOfBirth ?? "");
        await Page.Locator("#save").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(reportPath) + "$"));
    }

    private async Task TickAndComputeAsync(IEnumerable<string> codes)
    {
        foreach (var code in codes)
        {
            await Page.Locator($"#i-{code}").CheckAsync();
        }

        await Page.Locator("#compute").ClickAsync();
        await Expect(Page.Locator("#suggestion")).ToBeVisibleAsync();
    }

    private async Task SignOutAsync()
    {
        await Page.Locator("form[action='/Account/Logout'] button").ClickAsync();
        await Expect(Page.Locator("form[action='/Account/Logout'] button")).ToHaveCountAsync(0);
    }

    private Task<int> CountIdentityReadsAsync(Guid personId) =>
        App.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            a.Action == AuditActions.PersonIdentityRead && a.EntityType == "person" && a.EntityId == personId.ToString()));

    private ILocator FieldError(string field) => Page.Locator($".field-validation-error[data-valmsg-for='{field}']");

    private void AssertNoPageErrors()
    {
        Assert.True(ConsoleErrors.IsEmpty, "Console errors:\n" + string.Join("\n", ConsoleErrors));
        Assert.True(CspViolations.IsEmpty, "Content security policy violations:\n" + string.Join("\n", CspViolations));
        Assert.True(ForeignRequests.IsEmpty, "Requests to another origin:\n" + string.Join("\n", ForeignRequests));
    }

    /// <summary>A date of birth that makes the person 12 today, so a child at a facts date of today.</summary>
    private static string ChildDateOfBirth() =>
        DateTime.Today.AddYears(-12).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string ToArabicIndicDigits(string text) =>
        string.Concat(text.Select(c => char.IsAsciiDigit(c) ? (char)('٠' + (c - '0')) : c));
}
