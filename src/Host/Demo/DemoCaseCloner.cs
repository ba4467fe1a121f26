using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Alerts;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Data;
using Thads.Enforcement.Demo;

namespace Thads.Host.Demo;

/// <summary>
/// The bulk path for benchmark data: copies demo cases that the case service and the engine produced (the
/// prototypes) many times, each with its own number, parties and executor, with all their case rows (audited as
/// inserts by <see cref="Actor"/>), alerts and workflow rows (instances, tasks, timers, journal). A hundred thousand
/// cases take minutes this way where driving each through the engine would take hours. Only self-contained
/// prototypes are copied: no delegation, no handover (those link several cases).
/// </summary>
internal sealed class DemoCaseCloner(DemoDatabase database, TextWriter progress)
{
    public const string Actor = "demo-generator";
    private const int BatchSize = 500;

    public async Task<int> CloneAsync(int count, int seed, int casesPerExecutor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var random = new Random(seed);
        var prototypes = await PrototypesAsync(cancellationToken);
        if (prototypes.Count == 0)
        {
            throw new InvalidOperationException("No demo case to copy: run the demo seeding first.");
        }

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        var workflow = new Dictionary<int, DemoWorkflowRows>();
        foreach (var prototype in prototypes)
        {
            workflow[prototype.Case.Id] = await DemoWorkflowRows.ReadAsync(connection, prototype.Case.CaseNumber, cancellationToken);
        }

        var executors = new DemoExecutorPool(database, random);
        foreach (var unit in prototypes.GroupBy(p => (p.Case.UnitId, p.UnitCode)))
        {
            await executors.EnsureAsync(unit.Key.UnitId, unit.Key.UnitCode, count * unit.Count() / prototypes.Count + 1, casesPerExecutor, cancellationToken);
        }

        var serial = await NextSerialAsync(cancellationToken);
        var done = 0;
        while (done < count)
        {
            var batch = Math.Min(BatchSize, count - done);
            var clones = new List<(Prototype Prototype, DemoCloneIdentity Identity, EnforcementCase Case, Dictionary<int, Party> Parties, Dictionary<int, Obligation> Obligations)>();
            await using (var db = database.CreateDbContext())
            {
                db.AuditStamp = new AuditStamp(Actor, now);
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                for (var i = 0; i < batch; i++)
                {
                    var prototype = prototypes[(done + i) % prototypes.Count];
                    var executor = prototype.Case.ExecutorId is null ? null : executors.Next(prototype.Case.UnitId);
                    var number = $"{DemoCasePlanner.ShortCode(prototype.UnitCode)}-{prototype.Case.CaseNumber.Split('-')[^2]}-{serial++:D6}";
                    var clone = Clone(prototype, number, executor, random);
                    db.Cases.Add(clone.Case);
                    clones.Add((prototype, clone.Identity, clone.Case, clone.Parties, clone.Obligations));
                }

                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(cancellationToken);
                foreach (var (prototype, identity, clone, parties, obligations) in clones)
                {
                    identity.CaseId = clone.Id;
                    AddDependents(db, prototype, identity, clone, parties, obligations);
                }

                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
            {
                await using var inserts = new DemoWorkflowInserts(connection, transaction);
                foreach (var (prototype, identity, _, _, _) in clones)
                {
                    await workflow[prototype.Case.Id].WriteCloneAsync(inserts, identity, cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }

            done += batch;
            progress.WriteLine($"{done} / {count} cases copied ({stopwatch.Elapsed.TotalSeconds:F0} s)");
        }

        return done;
    }

    private sealed record Prototype(EnforcementCase Case, string UnitCode, string? ExecutorUserName, string? ExecutorName, List<Alert> Alerts);

    /// <summary>The demo cases of the province and its offices that stand alone: the engine-driven ones, not clones, not delegated, no handover.</summary>
    private async Task<List<Prototype>> PrototypesAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateDbContext();
        var candidates = await db.Cases.AsNoTracking()
            .Include(c => c.Unit).Include(c => c.Executor)
            .Include(c => c.Parties).Include(c => c.Obligations).Include(c => c.MoneyEntries).Include(c => c.Assets)
            .Include(c => c.Verifications).Include(c => c.Notices).Include(c => c.StatusChanges).Include(c => c.Assignments).Include(c => c.Approvals)
            .AsSplitQuery()
            .Where(c => c.Unit!.Code.StartsWith(DemoOrganisation.Province) && c.DelegatedToUnitId == null && c.DelegatedFromCaseId == null
                && c.AcceptanceKind != AcceptanceKind.ReceivedByDelegation && !c.MoneyEntries.Any(m => m.HandoverId != null))
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var handedOver = await db.HandoverCases.Select(h => h.CaseId).ToListAsync(cancellationToken);
        var prototypes = new List<Prototype>();
        foreach (var c in candidates.Where(c => !handedOver.Contains(c.Id) && IsPlanNumber(c.CaseNumber)))
        {
            var alerts = await db.Alerts.AsNoTracking().Include(a => a.Deliveries).Where(a => a.CaseKey == c.CaseNumber).ToListAsync(cancellationToken);
            prototypes.Add(new Prototype(c, c.Unit!.Code, c.Executor?.UserName, c.Executor?.FullName, alerts));
        }

        return prototypes;
    }

    /// <summary>Numbers the planner gives (DN-2026-0012), not those of earlier copies (DN-2026-100056).</summary>
    private static bool IsPlanNumber(string number) => number.Split('-') is [_, { Length: 4 }, { Length: 4 }];

    private async Task<int> NextSerialAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateDbContext();
        return 100_001 + await db.Cases.CountAsync(cancellationToken);
    }

    private static (EnforcementCase Case, DemoCloneIdentity Identity, Dictionary<int, Party> Parties, Dictionary<int, Obligation> Obligations) Clone(
        Prototype prototype, string number, Enforcement.Organisation.StaffMember? executor, Random random)
    {
        var source = prototype.Case;
        var texts = new List<(string, string)> { (source.CaseNumber, number) };
        var parties = new Dictionary<int, Party>();
        var c = DemoEntityCopy.Copy(source);
        c.Id = 0;
        c.CaseNumber = number;
        c.ExecutorId = executor?.Id ?? source.ExecutorId;
        foreach (var party in source.Parties.OrderBy(p => p.Id))
        {
            var copy = DemoEntityCopy.Copy(party);
            copy.Id = 0;
            copy.CaseId = 0;
            var female = random.Next(0, 2) == 0;
            copy.FullName = party.Kind == PartyKind.Organisation ? DemoNames.Company(random) : DemoNames.Person(random, female);
            copy.Address = DemoPlaces.Address(random, prototype.UnitCode);
            copy.IdNumber = party.Kind == PartyKind.Organisation ? DemoNames.TaxCode(random) : DemoNames.CitizenId(random, DemoPlaces.IdProvinceCode(prototype.UnitCode), female, party.DateOfBirth?.Year ?? 1980);
            texts.Add((party.FullName, copy.FullName));
            if (party.Role == PartyRole.Creditor && source.RequesterName == party.FullName)
            {
                c.RequesterName = copy.FullName;
            }

            parties[party.Id] = copy;
            c.Parties.Add(copy);
        }

        var obligations = new Dictionary<int, Obligation>();
        foreach (var obligation in source.Obligations.OrderBy(o => o.Id))
        {
            var copy = DemoEntityCopy.Copy(obligation);
            copy.Id = 0;
            copy.CaseId = 0;
            copy.Debtor = parties[obligation.DebtorPartyId];
            copy.Creditor = obligation.CreditorPartyId is { } creditor ? parties[creditor] : null;
            obligations[obligation.Id] = copy;
            c.Obligations.Add(copy);
        }

        int? Executor(int? id) => id is not null && id == source.ExecutorId && executor is not null ? executor.Id : id;
        foreach (var v in source.Verifications.OrderBy(v => v.Id))
        {
            var copy = DemoEntityCopy.Copy(v);
            copy.Id = 0;
            copy.CaseId = 0;
            copy.ExecutorId = Executor(v.ExecutorId)!.Value;
            c.Verifications.Add(copy);
        }

        foreach (var s in source.StatusChanges.OrderBy(s => s.Id))
        {
            var copy = DemoEntityCopy.Copy(s);
            copy.Id = 0;
            copy.CaseId = 0;
            c.StatusChanges.Add(copy);
        }

        foreach (var a in source.Assignments.OrderBy(a => a.Id))
        {
            var copy = DemoEntityCopy.Copy(a);
            copy.Id = 0;
            copy.CaseId = 0;
            copy.ExecutorId = Executor(a.ExecutorId)!.Value;
            copy.PreviousExecutorId = Executor(a.PreviousExecutorId);
            c.Assignments.Add(copy);
        }

        foreach (var a in source.Approvals.OrderBy(a => a.Id))
        {
            var copy = DemoEntityCopy.Copy(a);
            copy.Id = 0;
            copy.CaseId = 0;
            c.Approvals.Add(copy);
        }

        if (executor is not null && prototype.ExecutorName is { } oldName)
        {
            texts.Add((oldName, executor.FullName));
        }

        var identity = new DemoCloneIdentity
        {
            Number = number,
            ExecutorUserName = executor?.UserName,
            Texts = texts.Where(t => t.Item1 != t.Item2).OrderByDescending(t => t.Item1.Length).ToList(),
            UserNames = executor is not null && prototype.ExecutorUserName is { } oldUser ? [(oldUser, executor.UserName)] : [],
        };
        return (c, identity, parties, obligations);
    }

    /// <summary>The rows that refer to the clone's parties and obligations by id (known after the first save), and its alerts.</summary>
    private static void AddDependents(ThadsDbContext db, Prototype prototype, DemoCloneIdentity identity, EnforcementCase clone,
        Dictionary<int, Party> parties, Dictionary<int, Obligation> obligations)
    {
        var source = prototype.Case;
        int? Party(int? id) => id is { } p ? parties[p].Id : null;
        int? Obligation(int? id) => id is { } o ? obligations[o].Id : null;
        int? Holder(int? id) => id is not null && id == source.ExecutorId ? clone.ExecutorId : id;
        foreach (var m in source.MoneyEntries.OrderBy(m => m.Id))
        {
            var copy = DemoEntityCopy.Copy(m);
            copy.Id = 0;
            copy.CaseId = clone.Id;
            copy.ObligationId = Obligation(m.ObligationId);
            copy.PartyId = Party(m.PartyId);
            copy.HolderId = Holder(m.HolderId);
            copy.ReceiptNumber = m.ReceiptNumber is null ? null : $"{m.ReceiptNumber}-{clone.Id}";
            db.MoneyEntries.Add(copy);
        }

        foreach (var n in source.Notices.OrderBy(n => n.Id))
        {
            var copy = DemoEntityCopy.Copy(n);
            copy.Id = 0;
            copy.CaseId = clone.Id;
            copy.RecipientPartyId = Party(n.RecipientPartyId);
            copy.RecipientName = identity.Apply(n.RecipientName);
            copy.Subject = identity.Apply(n.Subject);
            db.Notices.Add(copy);
        }

        foreach (var a in source.Assets.OrderBy(a => a.Id))
        {
            var copy = DemoEntityCopy.Copy(a);
            copy.Id = 0;
            copy.CaseId = clone.Id;
            copy.OwnerPartyId = Party(a.OwnerPartyId);
            db.Assets.Add(copy);
        }

        foreach (var alert in prototype.Alerts)
        {
            var copy = DemoEntityCopy.Copy(alert);
            copy.Id = Guid.CreateVersion7();
            copy.CaseKey = identity.Number;
            copy.Body = identity.Apply(alert.Body);
            copy.Link = identity.Apply(alert.Link);
            // Old alerts were read back then: none of them waits for a digest.
            copy.Deliveries = alert.Deliveries.Select(d => new AlertDelivery { StaffMemberId = d.StaffMemberId, Mode = d.Mode, MailedAt = d.MailedAt ?? alert.RaisedAt }).ToList();
            db.Alerts.Add(copy);
        }
    }
}
