using EMnr.Core.Communications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EMnr.Core.Data.Configurations;

internal sealed class CommunicationRevisionConfiguration : IEntityTypeConfiguration<CommunicationRevision>
{
    public void Configure(EntityTypeBuilder<CommunicationRevision> builder)
    {
        builder.Property(r => r.Changes).HasColumnType("jsonb");
        builder.HasOne<Communication>().WithMany().HasForeignKey(r => r.CommunicationId);
        builder.HasIndex(r => new { r.CommunicationId, r.ChangedAt });
    }
}
