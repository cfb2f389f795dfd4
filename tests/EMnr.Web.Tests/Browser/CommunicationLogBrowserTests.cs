using System.Diagnostics;
using System.Text.RegularExpressions;
using EMnr.Core.Communications;
using EMnr.Core.Crises;
using EMnr.Core.Time;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EMnr.Web.Tests.Browser;

public sealed class CommunicationLogBrowserTests(EMnrApp app, BrowserFixture browserFixture) : BrowserTest(app, browserFixture)
{
    /// <summary>Longest time an operator may need to log a call with the keyboard, from page load to confirmation.</summary>
    private static readonly TimeSpan MaxKeyboardEntryTime = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Operator_KeyboardOnly_LogsFindsAndCorrects()
    {
        await CreateCommunicationAsync("Appel au sujet d'un enfant placé.");
        await SignInAsync(Page, TestAccounts.Operator);
        var receivedAt = MoroccoTime.Format(DateTimeOffset.UtcNow.AddMinutes(-10));
        const string summary = "Offre d'emploi saisonnier suspecte près de la palmeraie.";

        // From here to the confirmation, only the keyboard: no click, fill or select call.
        var entryTime = Stopwatch.StartNew();
        await Page.GotoAsync("/Communications/Create");
        await ExpectFocusAsync("Input_ReceivedAt");
        await Page.Keyboard.PressAsync("ControlOrMeta+a");
        await Page.Keyboard.TypeAsync(receivedAt);
        await TabToAsync("Input_Channel");
        await Page.Keyboard.PressAsync("ArrowDown");
        await TabToAsync("Input_Language");
        await Page.Keyboard.TypeAsync("Fr");
        await TabToAsync("Input_CallerType");
        await Page.Keyboard.TypeAsync("T");
        await TabToAsync("Input_Category");
        await Page.Keyboard.TypeAsync("D");
        await TabToAsync("Input_RedirectedTo");
        await TabToAsync("Input_ProvinceCode");
        await Page.Keyboard.TypeAsync("Marr");
        await TabToAsync("Input_CrisisId");
        await TabToAsync("Input_Summary");
        await Page.Keyboard.TypeAsync(summary);
        await Page.Keyboard.PressAsync("Control+Enter");
        await Expect(Page.Locator("#saved-status")).ToBeVisibleAsync();
        entryTime.Stop();

        Assert.True(entryTime.Elapsed < MaxKeyboardEntryTime,
            $"Logging a call with the keyboard took {entryTime.Elapsed.TotalSeconds:F1} s; the limit is {MaxKeyboardEntryTime.TotalSeconds} s.");
        await ExpectFocusAsync("Input_ReceivedAt");
        var stored = await App.WithDbAsync(db => db.Communications.SingleAsync(c => c.Summary == summary));
        Assert.Equal(receivedAt, MoroccoTime.Format(stored.ReceivedAt));
        Assert.Equal(Channel.WebForm, stored.Channel);
        Assert.Equal(ContactLanguage.French, stored.Language);
        Assert.Equal(CallerType.Witness, stored.CallerType);
        Assert.Equal(CommunicationCategory.InformationRequest, stored.Category);
        Assert.Null(stored.RedirectedTo);
        Assert.Equal("MA-MAR", stored.ProvinceCode);
        Assert.Null(stored.CrisisId);

        await Page.GotoAsync("/Communications");
        await Expect(Page.Locator("#result-count")).ToHaveAttributeAsync("data-total", "2");
        await Page.Locator("#Q").FillAsync("palmeraie");
        await Page.Locator("#Q").PressAsync("Enter");
        await Expect(Page.Locator("#result-count")).ToHaveAttributeAsync("data-total", "1");
        var rows = Page.Locator("table.table-communications tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.Locator("td.summary")).ToHaveTextAsync(summary);

        await rows.Locator("a").ClickAsync();
        await Expect(Page.Locator("#summary")).ToHaveTextAsync(summary);
        await Expect(Page.Locator("#category")).ToHaveTextAsync("Demande d'information");
        await Page.Locator("#edit").ClickAsync();
        await Page.Locator("#Input_Category").SelectOptionAsync("SuspectedTrafficking");
        await Page.Locator("#save").ClickAsync();

        await Expect(Page.Locator("main [role=status]")).ToHaveTextAsync("Correction enregistrée.");
        await Expect(Page.Locator("#category")).ToHaveTextAsync("Suspicion de traite");
        var revisions = Page.Locator("#revisions > li");
        await Expect(revisions).ToHaveCountAsync(1);
        var changes = revisions.Locator("ul > li");
        await Expect(changes).ToHaveCountAsync(1);
        await Expect(changes.Locator("strong")).ToHaveTextAsync("Catégorie");
        await Expect(changes.Locator("del")).ToHaveTextAsync("Demande d'information");
        await Expect(changes.Locator("ins")).ToHaveTextAsync("Suspicion de traite");
        await Expect(revisions).ToContainTextAsync("HotlineOperator");
    }

    [Fact]
    public async Task Edit_SummaryOnly_KeepsTimeToTheSecond()
    {
        var id = await CreateCommunicationAsync("Appel d'un voisin au sujet d'un chantier.");
        var storedBefore = await App.WithDbAsync(db => db.Communications.SingleAsync(c => c.Id == id));
        Assert.NotEqual(0, storedBefore.ReceivedAt.Second + storedBefore.ReceivedAt.Millisecond);
        await SignInAsync(Page, TestAccounts.Operator);

        await Page.GotoAsync($"/Communications/Edit/{id}");
        await Page.Locator("#Input_Summary").FillAsync("Appel d'un voisin au sujet d'un chantier de nuit.");
        await Page.Locator("#save").ClickAsync();

        var changes = Page.Locator("#revisions > li ul > li");
        await Expect(changes).ToHaveCountAsync(1);
        await Expect(changes.Locator("strong")).ToHaveTextAsync("Résumé");
        await Expect(changes.Locator("ins")).ToHaveTextAsync("Appel d'un voisin au sujet d'un chantier de nuit.");
        var storedAfter = await App.WithDbAsync(db => db.Communications.SingleAsync(c => c.Id == id));
        Assert.Equal(storedBefore.ReceivedAt, storedAfter.ReceivedAt);
    }

    [Fact]
    public async Task Create_InvalidCall_ShowsErrorsStoresNothing()
    {
        await SignInAsync(Page, TestAccounts.Operator);
        await Page.GotoAsync("/Communications/Create");
        var future = MoroccoTime.Format(DateTimeOffset.UtcNow.AddHours(2));

        await Page.Locator("#Input_ReceivedAt").FillAsync(future);
        await Page.Locator("#Input_Category").SelectOptionAsync("OtherOffenceRedirected");
        await Page.Locator("#Input_Summary").FillAsync("Litige entre voisins, appelant réorienté.");
        await Page.Locator("#save").ClickAsync();

        const string futureMessage = "L'heure de réception ne peut pas dépasser de plus de 5 minutes l'heure actuelle.";
        const string destinationMessage = "Indiquez vers qui l'appel a été réorienté.";
        await Expect(FieldError("Input_ReceivedAt")).ToHaveTextAsync(futureMessage);
        await Expect(FieldError("Input_RedirectedTo")).ToHaveTextAsync(destinationMessage);
        await Expect(Page.Locator(".field-validation-error")).ToHaveCountAsync(2);
        await ExpectInvalidAsync("Input_ReceivedAt", futureMessage);
        await ExpectInvalidAsync("Input_RedirectedTo", destinationMessage);
        await Expect(Page.Locator("#Input_Category")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#Input_Summary")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#saved-status")).ToHaveCountAsync(0);
        await Expect(Page.Locator("#Input_ReceivedAt")).ToHaveValueAsync(future);
        await Expect(Page.Locator("#Input_Category")).ToHaveValueAsync("OtherOffenceRedirected");
        await Expect(Page.Locator("#Input_Summary")).ToHaveValueAsync("Litige entre voisins, appelant réorienté.");
        Assert.Equal(0, await App.WithDbAsync(db => db.Communications.CountAsync()));
    }

    [Fact]
    public async Task Create_ProvinceAndDayInCrisis_SuggestsCrisis()
    {
        var alHaouz = AlHaouzEarthquake.Create().Id.ToString();
        await SignInAsync(Page, TestAccounts.Operator);
        await Page.GotoAsync("/Communications/Create");
        var crisis = Page.Locator("#Input_CrisisId");

        // 20/09/2023 10:00 in Arabic-Indic digits, as an Arabic keyboard types it.
        await Page.Locator("#Input_ReceivedAt").FillAsync("٢٠/٠٩/٢٠٢٣ ١٠:٠٠");
        await Page.Locator("#Input_ProvinceCode").SelectOptionAsync("MA-HAO");
        await Expect(crisis).ToHaveValueAsync(alHaouz);

        await Page.Locator("#Input_ProvinceCode").SelectOptionAsync("MA-RAB");
        await Expect(crisis).ToHaveValueAsync("");

        await Page.Locator("#Input_ProvinceCode").SelectOptionAsync("MA-HAO");
        await Expect(crisis).ToHaveValueAsync(alHaouz);
        await Page.Locator("#Input_ReceivedAt").FillAsync("20/10/2023 10:00");
        await Page.Locator("#Input_ReceivedAt").BlurAsync();
        await Expect(crisis).ToHaveValueAsync("");

        // A crisis the operator chose stays, even for a day outside its window.
        await crisis.SelectOptionAsync(alHaouz);
        await Page.Locator("#Input_ProvinceCode").SelectOptionAsync("MA-RAB");
        await Expect(crisis).ToHaveValueAsync(alHaouz);
    }

    [Fact]
    public async Task Create_MalformedTime_ShowsFormatMessage()
    {
        await SignInAsync(Page, TestAccounts.Operator);
        await Page.GotoAsync("/Communications/Create");

        await Page.Locator("#Input_ReceivedAt").FillAsync("31/02/2024 10:00");
        await Page.Locator("#Input_Category").SelectOptionAsync("InformationRequest");
        await Page.Locator("#save").ClickAsync();

        await Expect(FieldError("Input_ReceivedAt")).ToHaveTextAsync("Saisissez la date et l'heure au format jj/mm/aaaa hh:mm.");
        await Expect(Page.Locator(".field-validation-error")).ToHaveCountAsync(1);
        Assert.Equal(0, await App.WithDbAsync(db => db.Communications.CountAsync()));
    }

    /// <summary>The validation message in the same form column as the field.</summary>
    private ILocator FieldError(string fieldId) =>
        Page.Locator($"div:has(> #{fieldId})").Locator(".field-validation-error");

    /// <summary>Checks that assistive technology hears the field as invalid, with its message.</summary>
    private async Task ExpectInvalidAsync(string fieldId, string message)
    {
        var field = Page.Locator($"#{fieldId}");
        await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(field).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(message)));
    }

    private async Task TabToAsync(string fieldId)
    {
        await Page.Keyboard.PressAsync("Tab");
        await ExpectFocusAsync(fieldId);
    }

    private async Task ExpectFocusAsync(string fieldId) =>
        await Expect(Page.Locator($"#{fieldId}")).ToBeFocusedAsync();
}
