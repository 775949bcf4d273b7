using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ruta.Web.Kernel.Agencies;
using Ruta.Web.Kernel.Persons;

namespace Ruta.Web.Modules.Children.Domain;

internal sealed class ChildCaseConfiguration : IEntityTypeConfiguration<ChildCase>
{
    public void Configure(EntityTypeBuilder<ChildCase> b)
    {
        b.ToTable("nna_cases");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Office>().WithMany().HasForeignKey(c => c.ProcuraduriaOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Office>().WithMany().HasForeignKey(c => c.DifOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.Accompaniment).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Authority).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.ProtectionNeed).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.ProtectionNeedResolution).HasConversion<string>().HasMaxLength(40);
        b.Property(c => c.ClosingReason).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.IdentifiedByAgency).HasMaxLength(32).IsRequired();
        b.Property(c => c.CanalizedByAgency).HasMaxLength(32);
        b.Property(c => c.ReportingShelter).HasMaxLength(ChildLimits.Name);
        b.Property(c => c.StateCode).HasMaxLength(2).IsRequired();
        b.Property(c => c.Municipality).HasMaxLength(ChildLimits.Name).IsRequired();
        b.Property(c => c.PlaceDetail).HasMaxLength(ChildLimits.ShortText);
        b.Property(c => c.NoticeFolio).HasMaxLength(64);
        b.Property(c => c.CanalizationActNumber).HasMaxLength(64);
        b.Property(c => c.CanalizationNoticeFolio).HasMaxLength(64);
        b.Property(c => c.FamilyDiagnosis).HasMaxLength(ChildLimits.Text);
        b.Property(c => c.ChildOpinion).HasMaxLength(ChildLimits.Text);
        b.Property(c => c.OpinionNotHeardReason).HasMaxLength(ChildLimits.Text);
        b.Property(c => c.BestInterestReasons).HasMaxLength(ChildLimits.Text);
        b.Property(c => c.ProtectionNeedResolutionReasons).HasMaxLength(ChildLimits.Text);
        b.Property(c => c.EscortName).HasMaxLength(ChildLimits.Name);
        b.Property(c => c.EscortAgency).HasMaxLength(ChildLimits.Name);
        b.Property(c => c.ReceivingAuthority).HasMaxLength(ChildLimits.ShortText);
        b.Property(c => c.ReceivingCountryCode).HasMaxLength(3);
        b.Property(c => c.ClosingNotes).HasMaxLength(ChildLimits.Text);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.IsOpen);
        b.Ignore(c => c.CurrentPlan);
        b.Ignore(c => c.CurrentDecision);
        b.Ignore(c => c.ActivePlacement);
        b.Ignore(c => c.LatestRiskAssessment);
        // The removal guard and the gate read a person's latest case by one index.
        b.HasIndex(c => new { c.PersonId, c.IdentifiedAt });
        b.HasIndex(c => new { c.Status, c.IdentifiedAt });
        b.HasIndex(c => c.GroupId);
        b.HasMany(c => c.Adults).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Placements).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.RightsFindings).WithOne().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.BestInterestParticipants).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Screenings).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.RiskAssessments).WithOne().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Plans).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Decisions).WithOne().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.UrgentMeasures).WithOne().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.ConsularNotices).WithOne().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Reunifications).WithOne().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.FollowUps).WithOne().HasForeignKey(f => f.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseAdultConfiguration : IEntityTypeConfiguration<CaseAdult>
{
    public void Configure(EntityTypeBuilder<CaseAdult> b)
    {
        b.ToTable("nna_case_adults");
        b.HasKey(a => new { a.CaseId, a.PersonId });
        b.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Relation).HasConversion<string>().HasMaxLength(32);
        b.Property(a => a.Source).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.RegistryRelation).HasConversion<string>().HasMaxLength(32);
        b.Property(a => a.ContraryReasons).HasMaxLength(ChildLimits.Text);
        b.Ignore(a => a.IsCaregiver);
        b.HasIndex(a => a.PersonId);
    }
}

internal sealed class CareCenterConfiguration : IEntityTypeConfiguration<CareCenter>
{
    public void Configure(EntityTypeBuilder<CareCenter> b)
    {
        b.ToTable("nna_care_centers", t => t.HasCheckConstraint("CK_nna_care_centers_capacity", "\"Occupied\" >= 0 AND \"Occupied\" <= \"Capacity\""));
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Code).HasMaxLength(64).IsRequired();
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.Name).HasMaxLength(ChildLimits.Name).IsRequired();
        b.Property(c => c.System).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.StateCode).HasMaxLength(2).IsRequired();
        b.Property(c => c.City).HasMaxLength(120).IsRequired();
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.Free);
        b.HasOne<Office>().WithMany().HasForeignKey(c => c.DifOfficeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> b)
    {
        b.ToTable("nna_placements");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.HasOne<CareCenter>().WithMany().HasForeignKey(p => p.CareCenterId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.SeparationReason).HasMaxLength(ChildLimits.Text);
        b.Property(p => p.EndReason).HasConversion<string>().HasMaxLength(32);
        b.Ignore(p => p.IsActive);
        b.HasIndex(p => new { p.CareCenterId, p.EndedAt });
        b.HasMany(p => p.Companions).WithOne().HasForeignKey(c => c.PlacementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlacementCompanionConfiguration : IEntityTypeConfiguration<PlacementCompanion>
{
    public void Configure(EntityTypeBuilder<PlacementCompanion> b)
    {
        b.ToTable("nna_placement_companions");
        b.HasKey(c => new { c.PlacementId, c.PersonId });
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RightsFindingConfiguration : IEntityTypeConfiguration<RightsFinding>
{
    public void Configure(EntityTypeBuilder<RightsFinding> b)
    {
        b.ToTable("nna_rights_findings");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Right).HasMaxLength(ChildLimits.ShortText).IsRequired();
        b.Property(r => r.Notes).HasMaxLength(ChildLimits.Text);
    }
}

internal sealed class BestInterestParticipantConfiguration : IEntityTypeConfiguration<BestInterestParticipant>
{
    public void Configure(EntityTypeBuilder<BestInterestParticipant> b)
    {
        b.ToTable("nna_best_interest_participants");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Name).HasMaxLength(ChildLimits.Name).IsRequired();
        b.Property(p => p.Role).HasMaxLength(ChildLimits.Name).IsRequired();
    }
}

internal sealed class ProtectionScreeningConfiguration : IEntityTypeConfiguration<ProtectionScreening>
{
    public void Configure(EntityTypeBuilder<ProtectionScreening> b)
    {
        b.ToTable("nna_screenings");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Result).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Notes).HasMaxLength(ChildLimits.Text).IsRequired();
        b.Property(s => s.Agency).HasMaxLength(32).IsRequired();
        b.Property(s => s.ComarNoticeFolio).HasMaxLength(64);
        b.Property(s => s.InmNoticeFolio).HasMaxLength(64);
    }
}

internal sealed class RiskAssessmentConfiguration : IEntityTypeConfiguration<RiskAssessment>
{
    public void Configure(EntityTypeBuilder<RiskAssessment> b)
    {
        b.ToTable("nna_risk_assessments");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.CountryCode).HasMaxLength(3).IsRequired();
        b.Property(r => r.Result).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.AssessedBy).HasMaxLength(ChildLimits.Name).IsRequired();
        b.Property(r => r.Reasons).HasMaxLength(ChildLimits.Text).IsRequired();
        b.Property(r => r.Agency).HasMaxLength(32).IsRequired();
        b.HasIndex(r => new { r.CaseId, r.AssessedOn });
    }
}

internal sealed class RestitutionPlanConfiguration : IEntityTypeConfiguration<RestitutionPlan>
{
    public void Configure(EntityTypeBuilder<RestitutionPlan> b)
    {
        b.ToTable("nna_plans");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.HasIndex(p => new { p.CaseId, p.Sequence }).IsUnique();
        b.Property(p => p.Summary).HasMaxLength(ChildLimits.Text).IsRequired();
        b.Property(p => p.NoticeFolio).HasMaxLength(64);
        b.Ignore(p => p.Outcomes);
        b.HasMany(p => p.Measures).WithOne().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.FamilyUnity).WithOne().HasForeignKey(f => f.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanMeasureConfiguration : IEntityTypeConfiguration<PlanMeasure>
{
    public void Configure(EntityTypeBuilder<PlanMeasure> b)
    {
        b.ToTable("nna_plan_measures");
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Description).HasMaxLength(ChildLimits.Text).IsRequired();
        b.Property(m => m.ResponsibleInstitution).HasMaxLength(ChildLimits.Name).IsRequired();
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(m => new { m.Status, m.NextFollowUpOn });
        b.HasIndex(m => m.CaseId);
    }
}

internal sealed class PlanFamilyMemberConfiguration : IEntityTypeConfiguration<PlanFamilyMember>
{
    public void Configure(EntityTypeBuilder<PlanFamilyMember> b)
    {
        b.ToTable("nna_plan_family_unity");
        b.HasKey(f => new { f.PlanId, f.PersonId });
        b.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeasureFollowUpConfiguration : IEntityTypeConfiguration<MeasureFollowUp>
{
    public void Configure(EntityTypeBuilder<MeasureFollowUp> b)
    {
        b.ToTable("nna_measure_follow_ups");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.HasOne<PlanMeasure>().WithMany().HasForeignKey(f => f.MeasureId).OnDelete(DeleteBehavior.Restrict);
        b.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(f => f.Notes).HasMaxLength(ChildLimits.Text).IsRequired();
        b.Property(f => f.Agency).HasMaxLength(32).IsRequired();
    }
}

internal sealed class InmDecisionConfiguration : IEntityTypeConfiguration<InmDecision>
{
    public void Configure(EntityTypeBuilder<InmDecision> b)
    {
        b.ToTable("nna_inm_decisions");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        // One decision per plan: a different decision needs a revised plan.
        b.HasIndex(d => d.PlanId).IsUnique();
        b.HasOne<RestitutionPlan>().WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Restrict);
        b.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(40);
        b.Property(d => d.Reasons).HasMaxLength(ChildLimits.Text).IsRequired();
        b.HasMany(d => d.FamilyUnity).WithOne().HasForeignKey(f => f.DecisionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InmDecisionFamilyMemberConfiguration : IEntityTypeConfiguration<InmDecisionFamilyMember>
{
    public void Configure(EntityTypeBuilder<InmDecisionFamilyMember> b)
    {
        b.ToTable("nna_inm_decision_family_unity");
        b.HasKey(f => new { f.DecisionId, f.PersonId });
        b.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UrgentMeasureConfiguration : IEntityTypeConfiguration<UrgentMeasure>
{
    public void Configure(EntityTypeBuilder<UrgentMeasure> b)
    {
        b.ToTable("nna_urgent_measures");
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(m => m.Route).HasConversion<string>().HasMaxLength(32);
        b.Property(m => m.Ruling).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.Description).HasMaxLength(ChildLimits.Text).IsRequired();
        b.Property(m => m.ImminentRisk).HasMaxLength(ChildLimits.Text).IsRequired();
        b.Property(m => m.RulingNotes).HasMaxLength(ChildLimits.Text);
        b.Property(m => m.Agency).HasMaxLength(32).IsRequired();
    }
}

internal sealed class ConsularNoticeConfiguration : IEntityTypeConfiguration<ConsularNotice>
{
    public void Configure(EntityTypeBuilder<ConsularNotice> b)
    {
        b.ToTable("nna_consular_notices");
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.Purpose).HasConversion<string>().HasMaxLength(32);
        b.Property(n => n.CountryCode).HasMaxLength(3).IsRequired();
        b.Property(n => n.Consulate).HasMaxLength(ChildLimits.Name).IsRequired();
        b.Property(n => n.Reference).HasMaxLength(ChildLimits.ShortText).IsRequired();
        b.Property(n => n.Agency).HasMaxLength(32).IsRequired();
        b.HasIndex(n => new { n.CaseId, n.Purpose, n.NotifiedOn });
    }
}

internal sealed class ReunificationConfiguration : IEntityTypeConfiguration<Reunification>
{
    public void Configure(EntityTypeBuilder<Reunification> b)
    {
        b.ToTable("nna_reunifications");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasOne<Person>().WithMany().HasForeignKey(r => r.RelativePersonId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.RelativeName).HasMaxLength(ChildLimits.Name).IsRequired();
        b.Property(r => r.Relation).HasMaxLength(ChildLimits.Name).IsRequired();
        b.Property(r => r.Place).HasMaxLength(ChildLimits.ShortText).IsRequired();
        b.Property(r => r.CountryCode).HasMaxLength(3);
        b.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.ChildOpinion).HasMaxLength(ChildLimits.Text).IsRequired();
        b.Property(r => r.Notes).HasMaxLength(ChildLimits.Text);
        b.Property(r => r.Agency).HasMaxLength(32).IsRequired();
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> b)
    {
        b.ToTable("nna_case_events");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Trigger).HasConversion<string>().HasMaxLength(40);
        b.Property(e => e.Summary).HasMaxLength(ChildLimits.ShortText * 2).IsRequired();
        b.Property(e => e.Agency).HasMaxLength(32).IsRequired();
        b.HasIndex(e => new { e.CaseId, e.OccurredAt });
    }
}

internal sealed class CanalizationActCounterConfiguration : IEntityTypeConfiguration<CanalizationActCounter>
{
    public void Configure(EntityTypeBuilder<CanalizationActCounter> b)
    {
        b.ToTable("nna_canalization_act_counters");
        b.HasKey(c => new { c.AgencyCode, c.Year });
        b.Property(c => c.AgencyCode).HasMaxLength(32);
    }
}
