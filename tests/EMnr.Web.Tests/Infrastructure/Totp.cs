using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace EMnr.Web.Tests.Infrastructure;

/// <summary>
/// Computes the codes an authenticator app would show (RFC 6238: HMAC-SHA1, 30-second steps, six
/// digits), so that tests can complete two-factor sign-in with a known key.
/// </summary>
public static class Totp
{
    public static string Code(string base32Key) => Code(base32Key, DateTimeOffset.UtcNow);

    public static string Code(string base32Key, DateTimeOffset at)
    {
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
        // RFC 6238 and authenticator apps use HMAC-SHA1 by default, as ASP.NET Core Identity does.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF;
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>Decodes RFC 4648 base32, ignoring spaces and case, as authenticator apps accept keys.</summary>
    public static byte[] FromBase32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a base32 character.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
