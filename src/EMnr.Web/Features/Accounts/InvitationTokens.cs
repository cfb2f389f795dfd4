using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace EMnr.Web.Features.Accounts;

/// <summary>One-time invitation tokens: 256 random bits in the link, their SHA-256 in the database.</summary>
public static class InvitationTokens
{
    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Hashes a token as it came from a link; null when it cannot be a token, so that no lookup is made.</summary>
    public static string? Hash(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
