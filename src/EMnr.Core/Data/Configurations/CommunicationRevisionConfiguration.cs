using System.Text.Json;
using EMnr.Core.Communications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EMnr.Core.Data.Configurations;

internal sealed class CommunicationRevisionConfiguration : IEntityTypeConfiguration<CommunicationRevision>
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<CommunicationRevision> builder)
    {
        builder.Property(r => r.Changes)
            .HasColumnType("jsonb")
            .HasConversion(
                changes => JsonSerializer.Serialize(changes, JsonOptions),
                json => JsonSerializer.Deserialize<List<FieldChange>>(json, JsonOptions) ?? new List<FieldChange>(),
                new ValueComparer<List<FieldChange>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, change) => HashCode.Combine(hash, change)),
                    list => list.ToList()));
        builder.HasOne<Communication>().WithMany().HasForeignKey(r => r.CommunicationId);
        builder.HasIndex(r => new { r.CommunicationId, r.ChangedAt });
    }
}
