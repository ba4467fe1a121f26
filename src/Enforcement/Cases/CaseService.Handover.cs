using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Cases.Configuration;
using Thads.Enforcement.Cases.Validation;
using Thads.Enforcement.Data;

namespace Thads.Enforcement.Cases;

public sealed partial class CaseService
{
    /// <summary>
    /// Bàn giao (domain README §2.13): the listed cases move from one executor to another, approved by a leader, with
    /// the money the giving executor holds on them. The stated amount must equal that held money as the books
    /// compute it; every case gets an assignment row and, where money moved, a pair of handover entries.
    /// </summary>
    /// <param name="approvingLeader">The user name of the head or deputy approving the handover.</param>
    /// <exception cref="CaseValidationException">E.g. the stated money differs from the computed balance; nothing was saved.</exception>
    public async Task<Handover> HandoverAsync(HandoverInput input, string approvingLeader, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await OpenAsync(actor, cancellationToken);
        var ids = (input.CaseIds ?? []).Distinct().ToList();
        var cases = await db.Cases
            .Include(c => c.MoneyEntries)
            .AsSplitQuery()
            .Where(c => ids.Contains(c.Id))
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var who = await ParticipantsAsync(db, input, approvingLeader, cases, cancellationToken);
        var errors = new CaseErrors();
        HandoverValidator.Validate(who, cases, input, Today, errors);
        errors.MaxLength(CaseFields.AssignmentReason, input.Reason, CaseModel.TextMaxLength);
        errors.ThrowIfAny();

        var stamp = db.AuditStamp!;
        var handover = new Handover
        {
            FromExecutorId = who.From!.Id,
            ToExecutorId = who.To!.Id,
            MoneyAmount = input.MoneyAmount,
            ApprovedById = who.Leader!.Id,
            HandedOverOn = input.On,
            Reason = Clean(input.Reason),
            RecordedAt = stamp.At,
            RecordedBy = stamp.Actor,
        };
        db.Handovers.Add(handover);
        foreach (var c in cases)
        {
            Move(c, handover, input, stamp);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            throw new CaseConcurrencyException(string.Join(", ", cases.Select(c => c.CaseNumber)), conflict);
        }

        return handover;
    }

    private static void Move(EnforcementCase c, Handover handover, HandoverInput input, AuditStamp stamp)
    {
        var held = CaseFacts.HeldBy(c, handover.FromExecutorId);
        handover.Cases.Add(new HandoverCase { CaseId = c.Id, MoneyAmount = held });
        if (held > 0)
        {
            c.MoneyEntries.Add(HandoverEntry(MoneyKind.HandedOver, handover.FromExecutorId, held, input.On, handover, stamp));
            c.MoneyEntries.Add(HandoverEntry(MoneyKind.ReceivedByHandover, handover.ToExecutorId, held, input.On, handover, stamp));
        }

        c.Assignments.Add(new Assignment
        {
            ExecutorId = handover.ToExecutorId,
            PreviousExecutorId = handover.FromExecutorId,
            Reason = handover.Reason is null ? "Bàn giao hồ sơ" : $"Bàn giao hồ sơ: {handover.Reason}",
            Handover = handover,
            AssignedAt = stamp.At,
            AssignedBy = stamp.Actor,
        });
        c.ExecutorId = handover.ToExecutorId;
        Touch(c, stamp);
    }

    private static MoneyEntry HandoverEntry(MoneyKind kind, int holderId, long amount, DateOnly on, Handover handover, AuditStamp stamp) => new()
    {
        Kind = kind,
        Amount = amount,
        On = on,
        HolderId = holderId,
        Handover = handover,
        RecordedAt = stamp.At,
        RecordedBy = stamp.Actor,
    };

    private static async Task<HandoverParticipants> ParticipantsAsync(
        ThadsDbContext db, HandoverInput input, string approvingLeader, IReadOnlyList<EnforcementCase> cases, CancellationToken cancellationToken)
    {
        var to = await FindStaffAsync(db, input.ToExecutorUserName, cancellationToken);
        var lineages = new Dictionary<int, UnitLineage>();
        foreach (var unitId in cases.Select(c => c.UnitId).Distinct())
        {
            lineages[unitId] = await UnitLineage.LoadAsync(db, unitId, cancellationToken);
        }

        return new HandoverParticipants(
            await FindStaffAsync(db, input.FromExecutorUserName, cancellationToken),
            to,
            await LineageOfAsync(db, to, cancellationToken),
            await FindStaffAsync(db, approvingLeader, cancellationToken),
            approvingLeader?.Trim() ?? string.Empty,
            lineages);
    }
}
