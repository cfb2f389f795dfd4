using EMnr.Core.Data;
using EMnr.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EMnr.Web.Infrastructure.Email;

/// <summary>
/// Sends queued e-mails, oldest first, and retries failures with a growing delay. Delivery is at
/// least once: an e-mail sent just before a crash may be sent again.
/// </summary>
public sealed partial class EmailSendingJob(
    EMnrDbContext db,
    IEmailTransport transport,
    IOptions<EmailOptions> options,
    ILogger<EmailSendingJob> logger) : IScheduledJob
{
    public const string Name = "email-sending";

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var batch = await db.OutgoingEmails
            .Where(e => e.SentAt == null && e.Attempts < settings.MaxAttempts && (e.NextAttemptAt == null || e.NextAttemptAt <= now))
            .OrderBy(e => e.NextAttemptAt).ThenBy(e => e.CreatedAt)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);

        foreach (var email in batch)
        {
            try
            {
                var message = new MimeMessage();
                message.From.Add(new MailboxAddress(settings.FromName, settings.From));
                message.To.Add(MailboxAddress.Parse(email.To));
                message.Subject = email.Subject;
                message.Body = new TextPart("plain") { Text = email.Body };
                await transport.SendAsync(message, cancellationToken);
                email.SentAt = now;
                email.LastError = null;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                email.Attempts++;
                email.NextAttemptAt = now.AddMinutes(Math.Min(60, 1 << Math.Min(email.Attempts, 6)));
                email.LastError = exception.GetType().Name;
                LogSendFailed(logger, email.Id, email.Attempts, email.LastError);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "E-mail {EmailId} failed on attempt {Attempt} with {ErrorType}")]
    private static partial void LogSendFailed(ILogger logger, Guid emailId, int attempt, string errorType);
}
