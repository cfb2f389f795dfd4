using System.Globalization;
using EMnr.Core.Data;
using EMnr.Core.Identity;
using EMnr.Core.Notifications;
using EMnr.Core.Time;
using EMnr.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Features.Notifications;

/// <summary>
/// Tells the people concerned that something happened to a record: an in-app notification for each
/// active account, and one e-mail to each, in French and Arabic. Everything is added to the
/// caller's unit of work, so that nothing is announced for a change that is not saved. Texts name
/// the record by its reference, never a person.
/// </summary>
public sealed class Notifier(
    EMnrDbContext db,
    EmailOutbox outbox,
    IClock clock,
    IStringLocalizer<SharedResource> localizer)
{
    /// <summary>Roles that act on an institution's cases and so hear about them.</summary>
    private static readonly string[] CaseRoles = [Roles.InstitutionCaseworker, Roles.InstitutionManager, Roles.CommissionReviewer];

    /// <summary>Notifies the active case workers and managers of an institution.</summary>
    public async Task NotifyInstitutionAsync(Guid institutionId, string kind, string reference, string link, CancellationToken cancellationToken)
    {
        var recipients = await AccountsInRoles(CaseRoles)
            .Where(u => u.InstitutionId == institutionId)
            .Select(u => new Recipient(u.Id, u.Email))
            .ToListAsync(cancellationToken);
        var contact = await db.Institutions.Where(i => i.Id == institutionId).Select(i => i.ContactEmail).SingleOrDefaultAsync(cancellationToken);
        Add(recipients, contact, kind, reference, link);
    }

    /// <summary>Notifies every active Commission reviewer.</summary>
    public async Task NotifyCommissionAsync(string kind, string reference, string link, CancellationToken cancellationToken)
    {
        var recipients = await AccountsInRoles([Roles.CommissionReviewer])
            .Select(u => new Recipient(u.Id, u.Email))
            .ToListAsync(cancellationToken);
        Add(recipients, null, kind, reference, link);
    }

    /// <summary>The notification's text in the current UI language.</summary>
    public static string Text(IStringLocalizer localizer, string kind, string reference) =>
        localizer["Notification." + kind, reference].Value;

    private IQueryable<AppUser> AccountsInRoles(string[] roles) =>
        db.Users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id
            && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))));

    private void Add(List<Recipient> recipients, string? institutionContact, string kind, string reference, string link)
    {
        var now = clock.UtcNow;
        foreach (var recipient in recipients)
        {
            db.Notifications.Add(new Notification
            {
                Id = Guid.CreateVersion7(),
                UserId = recipient.UserId,
                Kind = kind,
                Reference = reference,
                Link = link,
                CreatedAt = now,
            });
        }

        var addresses = recipients.Select(r => r.Email).Append(institutionContact)
            .Where(e => !string.IsNullOrWhiteSpace(e))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        var (subject, body) = Email(kind, reference, link);
        foreach (var address in addresses)
        {
            outbox.Enqueue(address!, subject, body);
        }
    }

    /// <summary>Composes the e-mail in French and Arabic, the two languages of every partner.</summary>
    private (string Subject, string Body) Email(string kind, string reference, string link)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
            var french = Text(localizer, kind, reference);
            var frenchFooter = localizer["Notification.EmailFooter", link].Value;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ar");
            var arabic = Text(localizer, kind, reference);
            var arabicFooter = localizer["Notification.EmailFooter", link].Value;
            return ($"E-MNR : {french}", $"{french}\n{frenchFooter}\n\n{arabic}\n{arabicFooter}\n");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private sealed record Recipient(Guid UserId, string? Email);
}
