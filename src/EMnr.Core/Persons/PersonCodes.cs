using System.Security.Cryptography;

namespace EMnr.Core.Persons;

/// <summary>Generates pseudonymous person codes such as <c>PV-7K3M9Q</c>, which carry no personal data.</summary>
public static class PersonCodes
{
    // No 0/O or 1/I, so that codes read out on the phone are not confused.
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string Next() => "PV-" + RandomNumberGenerator.GetString(Alphabet, 6);
}
