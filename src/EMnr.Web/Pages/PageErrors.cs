using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages;

internal static class PageErrors
{
    /// <summary>
    /// Shows a service's field errors next to the page's fields. Messages are looked up in the shared
    /// resources by their English text, and shown as they are when no translation exists.
    /// </summary>
    public static void AddErrors(this ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors,
        IStringLocalizer localizer, Func<string, string> pageField)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(pageField(field), localizer[message]);
            }
        }
    }
}
