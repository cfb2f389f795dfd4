using System.ComponentModel.DataAnnotations;

namespace EMnr.Web.Infrastructure;

/// <summary>Demo data set and demo accounts. Never enabled in Production.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seeds the invented demo data set and one account per role.</summary>
    public bool Enabled { get; set; }

    /// <summary>Password of every demo account; generated and printed when empty.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// Authenticator key (base32) shared by the demo accounts, which all have two-factor sign-in on.
    /// When empty, the key already stored is kept, or a new one is generated; the start-up banner prints it.
    /// </summary>
    public string? AuthenticatorKey { get; set; }
}

/// <summary>What the app does to the database when it starts.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Applies pending migrations and seeds reference data at start.</summary>
    public bool MigrateOnStart { get; set; } = true;
}

/// <summary>Limits of the communication log.</summary>
public sealed class CommunicationOptions
{
    public const string Section = "Communications";

    [Range(10, 200)]
    public int PageSize { get; set; } = 50;

    /// <summary>
    /// Largest total the list counts exactly. Above it the list stops counting and reports this
    /// number with <c>totalIsExact</c> false, so that the count stops growing with the table.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxExactTotal { get; set; } = 10_000;

    /// <summary>Largest call-log file accepted by the CSV import, in bytes.</summary>
    [Range(1024, 50 * 1024 * 1024)]
    public int MaxImportBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Largest number of rows in one CSV import.</summary>
    [Range(1, 100_000)]
    public int MaxImportRows { get; set; } = 20_000;
}

/// <summary>Casework deadlines.</summary>
public sealed class CaseworkOptions
{
    public const string Section = "Casework";

    /// <summary>Days from a report's creation to the reasonable-grounds decision.</summary>
    [Range(1, 90)]
    public int ReasonableGroundsDays { get; set; } = 5;
}

/// <summary>Invitations and sign-in sessions.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Hours an invitation link stays valid after it is sent.</summary>
    [Range(1, 720)]
    public int InvitationLifetimeHours { get; set; } = 72;

    /// <summary>Minutes of inactivity after which a page session (cookie) expires. Each request renews it.</summary>
    [Range(1, 24 * 60)]
    public int SessionIdleMinutes { get; set; } = 30;

    /// <summary>
    /// Seconds between checks of a page session against the account (security stamp, active, not locked
    /// out). A sign-out of every session, a deactivation or a password change ends other sessions within it.
    /// </summary>
    [Range(0, 3600)]
    public int SessionValidationSeconds { get; set; } = 60;

    /// <summary>Address of the site used in invitation links, such as https://emnr.example.ma. When empty, the address of the request that sends the invitation.</summary>
    [Url]
    public string? PublicBaseUrl { get; set; }
}

/// <summary>
/// Retention periods under Law 09-08, in whole years. When a period has passed, the retention job
/// anonymises the record: it erases names, contacts and free text and keeps the fields that
/// statistics need.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Years from a communication's receipt until its summary is erased.</summary>
    [Range(1, 100)]
    public int Communications { get; set; } = 5;

    /// <summary>Years from a closed report's creation until its narrative, descriptions and attachments are erased.</summary>
    [Range(1, 100)]
    public int Reports { get; set; } = 10;

    /// <summary>
    /// Years from a person's creation until the identity is replaced, once every report naming the
    /// person is anonymised.
    /// </summary>
    [Range(1, 100)]
    public int Persons { get; set; } = 10;
}
