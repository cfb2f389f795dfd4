using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Pages.Privacy;

/// <summary>
/// One processing of personal data in the register. Texts are resource keys; <see cref="RetentionYears"/>
/// fills the retention text when the period comes from <see cref="RetentionOptions"/>.
/// </summary>
public sealed record Processing(string Key, int? RetentionYears);

/// <summary>The register of processings of personal data (Law 09-08), for every signed-in user.</summary>
[Authorize]
public sealed class RegisterModel(IOptions<RetentionOptions> retention) : PageModel
{
    public static readonly IReadOnlyList<string> Fields = ["Purpose", "Categories", "Subjects", "Recipients", "Retention", "LegalBasis"];

    public IReadOnlyList<Processing> Processings { get; private set; } = [];

    public RetentionOptions Retention => retention.Value;

    public void OnGet()
    {
        var options = retention.Value;
        Processings =
        [
            new Processing("Communications", options.Communications),
            new Processing("Casework", null),
            new Processing("Attachments", options.Reports),
            new Processing("Audit", null),
            new Processing("Accounts", null),
        ];
    }

    /// <summary>Returns the years that fill the casework retention text: reports, then persons.</summary>
    public object[] RetentionArguments(Processing processing) =>
        processing.Key == "Casework" ? [Retention.Reports, Retention.Persons] : [processing.RetentionYears ?? 0];
}
