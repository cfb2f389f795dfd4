using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EMnr.Core.Auditing;

/// <summary>
/// The canonical text and hash of an audit entry. The database trigger
/// <c>audit_entries_chain</c> computes the same text in SQL, so both must change together.
/// </summary>
public static class AuditChain
{
    /// <summary>Previous hash of the first entry of the chain.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// Builds the text that is hashed: each field as its UTF-8 byte length, a colon and its value,
    /// or a dash for null, joined by '|'. Length prefixes keep any value from imitating a separator.
    /// </summary>
    public static string CanonicalText(AuditEntry entry, string previousHash)
    {
        string?[] fields =
        [
            entry.Id.ToString(CultureInfo.InvariantCulture),
            entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            entry.UserId?.ToString(),
            entry.InstitutionId?.ToString(),
            entry.Action,
            entry.EntityType,
            entry.EntityId,
            entry.ChangedProperties,
            entry.IpAddress,
            entry.CorrelationId,
            previousHash,
        ];

        return string.Join('|', fields.Select(Field));
    }

    /// <summary>Returns the lowercase hexadecimal SHA-256 of the entry chained to <paramref name="previousHash"/>.</summary>
    public static string ComputeHash(AuditEntry entry, string previousHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText(entry, previousHash))));

    private static string Field(string? value) =>
        value is null ? "-" : string.Create(CultureInfo.InvariantCulture, $"{Encoding.UTF8.GetByteCount(value)}:{value}");
}
