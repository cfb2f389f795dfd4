using System.ComponentModel.DataAnnotations;

namespace EMnr.Web.Infrastructure.Email;

public enum EmailDelivery
{
    /// <summary>Sends through the SMTP server in <see cref="EmailOptions.Smtp"/>.</summary>
    Smtp,

    /// <summary>Writes each e-mail as an .eml file in <see cref="EmailOptions.PickupFolder"/>, for development.</summary>
    PickupFolder,
}

/// <summary>How notifications and invitations leave the platform.</summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.Smtp;

    [Required, EmailAddress]
    public string From { get; set; } = "no-reply@emnr.test";

    public string FromName { get; set; } = "E-MNR";

    /// <summary>Folder for <see cref="EmailDelivery.PickupFolder"/>, relative to the app's content root when not absolute.</summary>
    public string PickupFolder { get; set; } = "App_Data/mail";

    /// <summary>E-mails sent per run of the sending job.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Attempts before an e-mail is left unsent for an administrator to look at.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 10;

    public SmtpOptions Smtp { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Delivery == EmailDelivery.Smtp && string.IsNullOrWhiteSpace(Smtp.Host))
        {
            yield return new ValidationResult("Email:Smtp:Host is required when Email:Delivery is Smtp.", [nameof(Smtp)]);
        }

        if (Smtp.Port is < 1 or > 65535)
        {
            yield return new ValidationResult("Email:Smtp:Port must be between 1 and 65535.", [nameof(Smtp)]);
        }
    }
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Upgrades the connection with STARTTLS; leave on outside a test server.</summary>
    public bool UseStartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
