using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Alerts;

internal sealed class AlertDeliveryConfiguration : IEntityTypeConfiguration<AlertDelivery>
{
    public void Configure(EntityTypeBuilder<AlertDelivery> entity)
    {
        entity.ToTable("thads_alert_deliveries");
        entity.HasKey(d => d.Id);
        entity.HasIndex(d => new { d.AlertId, d.StaffMemberId }).IsUnique();
        entity.HasIndex(d => new { d.StaffMemberId, d.MailedAt });
        entity.HasOne<StaffMember>().WithMany().HasForeignKey(d => d.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
