using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EMnr.Web.Infrastructure;

/// <summary>
/// Reads ISO 8601 instants only when they carry an offset or Z, so that "2026-12-04T10:15:00" is
/// rejected instead of being read in the server's own time zone. Writes ISO 8601 with the offset.
/// </summary>
internal sealed class StrictDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is null || text.Length < 17 || !HasOffset(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw new JsonException("Expected an ISO 8601 instant with an offset, for example 2023-09-14T10:30:00+01:00 or 2023-09-14T09:30:00Z.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && (text[^6] is '+' or '-') && text[^3] == ':');
}
