namespace EMnr.Core.Reports;

/// <summary>
/// Detects a file's type from its first bytes. Only types a caseworker needs are accepted: PDF,
/// JPEG, PNG, and Office Open XML documents (DOCX, XLSX), which are ZIP files holding
/// <c>[Content_Types].xml</c>.
/// </summary>
public static class FileSignatures
{
    public static readonly IReadOnlyDictionary<string, string> ExtensionByType = new Dictionary<string, string>
    {
        ["application/pdf"] = ".pdf",
        ["image/jpeg"] = ".jpg",
        ["image/png"] = ".png",
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = ".docx",
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = ".xlsx",
    };

    /// <summary>Returns the media type of the content, or null when it is not an accepted type.</summary>
    public static string? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (content.Length > 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF)
        {
            return "image/jpeg";
        }

        if (content.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return "image/png";
        }

        if (content.StartsWith("PK\u0003\u0004"u8) && content.IndexOf("[Content_Types].xml"u8) >= 0)
        {
            if (content.IndexOf("word/"u8) >= 0)
            {
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }

            if (content.IndexOf("xl/"u8) >= 0)
            {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
        }

        return null;
    }
}
