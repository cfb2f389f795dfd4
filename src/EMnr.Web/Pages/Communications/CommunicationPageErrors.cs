using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Communications;

internal static class CommunicationPageErrors
{
    /// <summary>
    /// Puts the writer's errors next to their fields. Messages are looked up in the shared
    /// resources by their English text, and shown as they are when no translation exists.
    /// </summary>
    public static void AddTo(ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors,
        IStringLocalizer localizer, bool receivedAtUnparsed)
    {
        foreach (var (field, messages) in errors)
        {
            if (field == "ReceivedAt" && receivedAtUnparsed)
            {
                continue;
            }

            foreach (var message in messages)
            {
                modelState.AddModelError("Input." + field, localizer[message]);
            }
        }

        if (receivedAtUnparsed)
        {
            modelState.AddModelError("Input.ReceivedAt", localizer["Form.ReceivedAtFormat"]);
        }
    }
}
