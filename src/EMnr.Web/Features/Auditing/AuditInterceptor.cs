using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using EMnr.Core.Auditing;
using EMnr.Core.Data;
using EMnr.Core.Messaging;
using EMnr.Core.Reports;
using EMnr.Core.Time;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EMnr.Web.Features.Auditing;

/// <summary>
/// Adds an audit entry for every added, modified or deleted tracked record to the unit of work
/// that saves it, so that record types added later are audited without code of their own. An
/// entry contains the record type, its key and the names of changed properties, never their values.
/// Bulk statements (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>, raw SQL) bypass the change
/// tracker, so the code that runs them adds its entries with <see cref="AuditLog"/>.
/// </summary>
public sealed class AuditInterceptor(IHttpContextAccessor httpContextAccessor, IClock clock) : SaveChangesInterceptor
{
    /// <summary>Technical tables whose rows are not casework or log records.</summary>
    private static readonly FrozenSet<Type> NotAudited = new HashSet<Type>
    {
        typeof(AuditEntry),
        typeof(DataProtectionKey),
        typeof(ReportCounter),
        typeof(IdentityUserToken<Guid>),
        typeof(ScheduledJobRun),
        typeof(OutgoingEmail),
        typeof(Core.Referrals.ReferralCounter),
        typeof(Core.Notifications.Notification),
    }.ToFrozenSet();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // SaveChanges detects changes only after the interceptor runs.
        context.ChangeTracker.DetectChanges();
        var entries = context.ChangeTracker.Entries().ToList();
        var explicitTargets = entries
            .Where(e => e.State == EntityState.Added && e.Entity is AuditEntry)
            .Select(e => (((AuditEntry)e.Entity).EntityType, ((AuditEntry)e.Entity).EntityId))
            .ToHashSet();

        var httpContext = httpContextAccessor.HttpContext;
        var now = clock.UtcNow;
        foreach (var entry in entries)
        {
            if (ActionSuffix(entry.State) is not { } suffix || NotAudited.Contains(entry.Metadata.ClrType))
            {
                continue;
            }

            var changed = entry.State == EntityState.Modified ? ChangedPropertyNames(entry) : null;
            if (entry.State == EntityState.Modified && changed is null)
            {
                continue;
            }

            var (entityType, entityId) = Target(entry);
            if (explicitTargets.Contains((entityType, entityId)))
            {
                continue;
            }

            var audit = AuditLog.NewEntry(httpContext, httpContext?.User, now, RecordType(entry.Metadata) + suffix, entityType, entityId);
            audit.ChangedProperties = changed;
            context.Add(audit);
        }
    }

    private static string? ActionSuffix(EntityState state) => state switch
    {
        EntityState.Added => AuditActions.CreatedSuffix,
        EntityState.Modified => AuditActions.UpdatedSuffix,
        EntityState.Deleted => AuditActions.DeletedSuffix,
        _ => null,
    };

    /// <summary>
    /// Returns the record type and key that the entry refers to. A new row whose key the database
    /// generates has no key yet, so it is filed under the record its first foreign key points to
    /// (a communication revision under its communication, for example).
    /// </summary>
    private static (string EntityType, string EntityId) Target(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is not null && !key.Properties.Any(p => entry.Property(p.Name).IsTemporary))
        {
            return (RecordType(entry.Metadata), KeyText(key.Properties.Select(p => entry.Property(p.Name).CurrentValue)));
        }

        foreach (var foreignKey in entry.Metadata.GetForeignKeys())
        {
            var values = foreignKey.Properties.Select(p => entry.Property(p.Name)).ToList();
            if (values.All(v => v.CurrentValue is not null && !v.IsTemporary))
            {
                return (RecordType(foreignKey.PrincipalEntityType), KeyText(values.Select(v => v.CurrentValue)));
            }
        }

        // NOTE: a keyless row, or one whose key and parents are all generated by the database,
        // is audited by type only.
        return (RecordType(entry.Metadata), "");
    }

    private static string KeyText(IEnumerable<object?> values)
    {
        var text = string.Join('/', values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
        return text.Length <= AuditEntry.EntityIdMaxLength ? text : text[..AuditEntry.EntityIdMaxLength];
    }

    /// <summary>Lists the modified properties by name, or returns null when only row versions changed.</summary>
    private static string? ChangedPropertyNames(EntityEntry entry)
    {
        var names = entry.Properties
            .Where(p => p.IsModified && !p.Metadata.IsConcurrencyToken)
            .Select(p => p.Metadata.Name)
            .ToList();
        if (names.Count == 0)
        {
            return null;
        }

        var text = string.Join(',', names);
        return text.Length <= AuditEntry.ChangedPropertiesMaxLength ? text : text[..AuditEntry.ChangedPropertiesMaxLength];
    }

    /// <summary>
    /// Returns the record type in kebab case from the CLR name, without a generic arity or a
    /// trailing "Record": <c>ReportAttachment</c> becomes <c>report-attachment</c>.
    /// </summary>
    internal static string RecordType(IReadOnlyEntityType entityType)
    {
        var name = entityType.ClrType.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick > 0)
        {
            name = name[..tick];
        }

        if (name.EndsWith("Record", StringComparison.Ordinal) && name.Length > "Record".Length)
        {
            name = name[..^"Record".Length];
        }

        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
