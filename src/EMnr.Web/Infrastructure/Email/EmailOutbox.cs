using EMnr.Core.Data;
using EMnr.Core.Messaging;
using EMnr.Core.Time;

namespace EMnr.Web.Infrastructure.Email;

/// <summary>
/// Queues e-mails in the caller's unit of work. Nothing is sent until the caller's SaveChanges
/// commits; the <see cref="EmailSendingJob"/> then delivers them.
/// </summary>
public sealed class EmailOutbox(EMnrDbContext db, IClock clock)
{
    public void Enqueue(string to, string subject, string body) =>
        db.OutgoingEmails.Add(new OutgoingEmail
        {
            Id = Guid.CreateVersion7(),
            To = to,
            Subject = subject,
            Body = body,
            CreatedAt = clock.UtcNow,
        });
}
