using EMnr.Core.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EMnr.Core.Data.Configurations;

internal sealed class ScheduledJobRunConfiguration : IEntityTypeConfiguration<ScheduledJobRun>
{
    public void Configure(EntityTypeBuilder<ScheduledJobRun> builder)
    {
        builder.HasKey(r => new { r.JobName, r.PeriodStart });
        builder.Property(r => r.JobName).HasMaxLength(100);
    }
}

internal sealed class OutgoingEmailConfiguration : IEntityTypeConfiguration<OutgoingEmail>
{
    public void Configure(EntityTypeBuilder<OutgoingEmail> builder)
    {
        builder.Property(e => e.To).HasMaxLength(254);
        builder.Property(e => e.Subject).HasMaxLength(300);
        builder.Property(e => e.Body).HasMaxLength(10_000);
        builder.Property(e => e.LastError).HasMaxLength(200);

        // The sender's queue: unsent e-mails in order of creation.
        builder.HasIndex(e => new { e.NextAttemptAt, e.CreatedAt }).HasFilter("sent_at IS NULL");
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notifications.Notification>
{
    public void Configure(EntityTypeBuilder<Notifications.Notification> builder)
    {
        builder.Property(n => n.Kind).HasMaxLength(60);
        builder.Property(n => n.Reference).HasMaxLength(40);
        builder.Property(n => n.Link).HasMaxLength(300);

        // A user's list, newest first, and the unread count in the menu bar.
        builder.HasIndex(n => new { n.UserId, n.CreatedAt, n.Id }).IsDescending(false, true, true);
        builder.HasIndex(n => n.UserId).HasFilter("read_at IS NULL").HasDatabaseName("ix_notifications_unread");
    }
}
