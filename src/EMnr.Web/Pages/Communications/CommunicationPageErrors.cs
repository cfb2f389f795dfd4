using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Communications;

internal static class CommunicationPageErrors
{
    /// <summary>
    /// Puts the writer's errors next to the form's fields. A time that did not parse gets the format
    /// message in place of the writer's "missing time" message.
    /// </summary>
    public static void AddTo(ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors,
        IStringLocalizer localizer, bool receivedAtUnparsed)
    {
        var shown = receivedAtUnparsed
            ? errors.Where(e => e.Key != "ReceivedAt").ToDictionary(e => e.Key, e => e.Value)
            : errors;
        modelState.AddErrors(shown, localizer, field => "Input." + field);

        if (receivedAtUnparsed)
        {
            modelState.AddModelError("Input.ReceivedAt", localizer["Form.ReceivedAtFormat"]);
        }
    }
}
