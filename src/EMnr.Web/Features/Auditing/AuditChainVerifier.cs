using System.Diagnostics;
using EMnr.Core.Auditing;
using EMnr.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Auditing;

/// <summary>Result of a chain verification. <see cref="BrokenEntryId"/> is set when a link is broken.</summary>
public sealed record AuditVerification(bool Intact, long EntriesChecked, long? BrokenEntryId, string? Problem, long ElapsedMilliseconds);

/// <summary>
/// Recomputes the audit hash chain in id order, in batches, and stops at the first broken link.
/// An altered entry fails its own hash; a deleted or reordered entry breaks the link of the entry
/// that follows it. NOTE: deleting the newest entries leaves a shorter chain that still verifies;
/// only a copy of the last hash kept elsewhere can show that.
/// </summary>
public sealed class AuditChainVerifier(EMnrDbContext db)
{
    public const int DefaultBatchSize = 5_000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken, int batchSize = DefaultBatchSize)
    {
        var stopwatch = Stopwatch.StartNew();
        var previousHash = AuditChain.Genesis;
        long? previousId = null;
        long lastId = 0;
        long count = 0;

        while (true)
        {
            var after = lastId;
            var batch = await db.AuditEntries.AsNoTracking()
                .Where(a => a.Id > after)
                .OrderBy(a => a.Id)
                .Take(batchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return new AuditVerification(true, count, null, null, stopwatch.ElapsedMilliseconds);
            }

            foreach (var entry in batch)
            {
                var problem = Check(entry, previousHash, previousId);
                if (problem is not null)
                {
                    return new AuditVerification(false, count, entry.Id, problem, stopwatch.ElapsedMilliseconds);
                }

                previousHash = entry.Hash!;
                previousId = entry.Id;
                count++;
            }

            lastId = batch[^1].Id;
        }
    }

    private static string? Check(AuditEntry entry, string previousHash, long? previousId)
    {
        if (entry.PreviousHash != previousHash)
        {
            return previousId is null
                ? "The first entry's previous_hash is not the genesis hash: earlier entries were deleted."
                : $"previous_hash does not match the hash of entry {previousId}: an entry between them was deleted, " +
                  "or entries were reordered or altered.";
        }

        return AuditChain.ComputeHash(entry, previousHash) == entry.Hash
            ? null
            : "hash does not match the entry's fields: the entry was altered after it was written.";
    }
}
