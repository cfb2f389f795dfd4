using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EMnr.Core.Communications;

namespace EMnr.Web.Features.Imports;

/// <summary>Fingerprints of imported rows, stored in <see cref="Communication.ImportKey"/> under a unique index.</summary>
public static class ImportKeys
{
    /// <summary>
    /// Returns the lowercase hexadecimal SHA-256 of the communication's content: received instant (UTC ticks),
    /// channel, language, caller type, category, redirection, province and summary (trimmed, Unicode NFC).
    /// The crisis is left out because the import derives it from the province and the date.
    /// </summary>
    public static string Compute(Communication communication)
    {
        string[] parts =
        [
            communication.ReceivedAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            communication.Channel.ToString(),
            communication.Language.ToString(),
            communication.CallerType.ToString(),
            communication.Category.ToString(),
            communication.RedirectedTo?.ToString() ?? "",
            communication.ProvinceCode ?? "",

            // Last, so that line breaks inside the summary cannot be confused with the separators.
            communication.Summary.Trim().Normalize(NormalizationForm.FormC),
        ];
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))));
    }
}
