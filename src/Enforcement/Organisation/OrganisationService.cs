using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Data;

namespace Thads.Enforcement.Organisation;

/// <summary>
/// The writer of units and staff members: validates, saves and writes an audit row (<c>thads_audit</c>, entity
/// <c>Unit</c> or <c>StaffMember</c>) in the same transaction, so the organisation's history is read in the same
/// trail as the cases'. Who may change which unit is the caller's question (the web application's unit scope).
/// </summary>
public sealed class OrganisationService(IDbContextFactory<ThadsDbContext> contexts)
{
    public const string UnitEntity = nameof(Unit);
    public const string StaffEntity = nameof(StaffMember);

    /// <exception cref="OrganisationValidationException">Nothing was saved.</exception>
    public async Task<Unit> CreateUnitAsync(UnitInput input, AuditStamp stamp, CancellationToken cancellationToken = default)
    {
        input = Normalize(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        ThrowIfInvalid(UnitValidator.Validate(input, existing: null, await db.Units.AsNoTracking().ToListAsync(cancellationToken)));

        var unit = new Unit();
        Apply(unit, input);
        db.Units.Add(unit);
        await InsertUnitAsync(db, input, cancellationToken);
        var entry = db.Entry(unit);
        db.Audit.Add(AuditRecords.Entry(stamp, UnitEntity, AuditRecords.Key(unit.Id), AuditAction.Added, before: null, AuditRecords.Image(entry, original: false)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return unit;
    }

    /// <exception cref="OrganisationValidationException">Nothing was saved.</exception>
    /// <exception cref="KeyNotFoundException">No unit has this id.</exception>
    public async Task<Unit> UpdateUnitAsync(int id, UnitInput input, AuditStamp stamp, CancellationToken cancellationToken = default)
    {
        input = Normalize(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var all = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
            ?? throw new KeyNotFoundException($"Không có đơn vị mã số {id}.");
        ThrowIfInvalid(UnitValidator.Validate(input, unit, all));

        Apply(unit, input);
        var entry = db.Entry(unit);
        if (AuditedChange(db, entry, stamp, UnitEntity, id))
        {
            // The code cannot change (UnitValidator), so no unique index can refuse this save.
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return unit;
    }

    /// <summary>Adds a person with its audit row; uses <paramref name="db"/>'s transaction when it has one (an account created alongside).</summary>
    /// <exception cref="OrganisationValidationException">Nothing was saved.</exception>
    public async Task<StaffMember> CreateStaffAsync(ThadsDbContext db, StaffInput input, AuditStamp stamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        input = Normalize(input);
        var same = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.UserName == input.UserName, cancellationToken);
        ThrowIfInvalid(StaffValidator.Validate(input, existing: null, same, await db.Units.AnyAsync(u => u.Id == input.UnitId, cancellationToken)));

        var person = new StaffMember();
        Apply(person, input);
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        db.Staff.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit.Add(AuditRecords.Entry(stamp, StaffEntity, AuditRecords.Key(person.Id), AuditAction.Added, before: null, AuditRecords.Image(db.Entry(person), original: false)));
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return person;
    }

    /// <summary>Changes a person (name, unit, roles, active) with its audit row; the user name stays.</summary>
    /// <exception cref="OrganisationValidationException">Nothing was saved.</exception>
    /// <exception cref="KeyNotFoundException">No person has this id.</exception>
    public async Task<StaffMember> UpdateStaffAsync(ThadsDbContext db, int id, StaffInput input, AuditStamp stamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        input = Normalize(input);
        var person = await db.Staff.FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new KeyNotFoundException($"Không có cán bộ mã số {id}.");
        ThrowIfInvalid(StaffValidator.Validate(input, person, sameUserName: null, await db.Units.AnyAsync(u => u.Id == input.UnitId, cancellationToken)));

        Apply(person, input);
        if (AuditedChange(db, db.Entry(person), stamp, StaffEntity, id))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return person;
    }

    public async Task<StaffMember> CreateStaffAsync(StaffInput input, AuditStamp stamp, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await CreateStaffAsync(db, input, stamp, cancellationToken);
    }

    public async Task<StaffMember> UpdateStaffAsync(int id, StaffInput input, AuditStamp stamp, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await UpdateStaffAsync(db, id, input, stamp, cancellationToken);
    }

    /// <summary>Adds the audit row of a modified row; false (and nothing to save) when no value really changed.</summary>
    private static bool AuditedChange(ThadsDbContext db, EntityEntry entry, AuditStamp stamp, string entity, int id)
    {
        entry.DetectChanges();
        if (!entry.Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
        {
            return false;
        }

        db.Audit.Add(AuditRecords.Entry(stamp, entity, AuditRecords.Key(id), AuditAction.Modified,
            AuditRecords.Image(entry, original: true), AuditRecords.Image(entry, original: false)));
        return true;
    }

    private static void ThrowIfInvalid(IReadOnlyList<OrganisationValidationError> errors)
    {
        if (errors.Count > 0)
        {
            throw new OrganisationValidationException(errors);
        }
    }

    /// <summary>Saves; a unit with the same code committed meanwhile by someone else becomes the duplicate-code message.</summary>
    private static async Task InsertUnitAsync(ThadsDbContext db, UnitInput input, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (!await db.Units.AsNoTracking().AnyAsync(u => u.Code == input.Code, cancellationToken))
            {
                throw;
            }

            throw new OrganisationValidationException(
                [new OrganisationValidationError(nameof(UnitInput.Code), $"Mã đơn vị ({nameof(UnitInput.Code)}): '{input.Code}' vừa được dùng cho một đơn vị khác.")]);
        }
    }

    private static UnitInput Normalize(UnitInput input) => input with
    {
        Code = input.Code?.Trim() ?? string.Empty,
        Name = input.Name?.Trim() ?? string.Empty,
    };

    private static StaffInput Normalize(StaffInput input) => input with
    {
        UserName = input.UserName?.Trim() ?? string.Empty,
        FullName = input.FullName?.Trim() ?? string.Empty,
        Position = string.IsNullOrWhiteSpace(input.Position) ? null : input.Position.Trim(),
        Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
    };

    private static void Apply(Unit unit, UnitInput input)
    {
        unit.Code = input.Code;
        unit.Name = input.Name;
        unit.Kind = input.Kind;
        unit.ParentId = input.ParentId;
        unit.ValidFrom = input.ValidFrom;
        unit.ValidTo = input.ValidTo;
        unit.SucceededById = input.SucceededById;
        unit.IssuesDecisions = input.IssuesDecisions;
        unit.HoldsMoney = input.HoldsMoney;
    }

    private static void Apply(StaffMember person, StaffInput input)
    {
        person.UserName = input.UserName;
        person.FullName = input.FullName;
        person.Position = input.Position;
        person.Email = input.Email;
        person.UnitId = input.UnitId;
        person.Roles = input.Roles;
        person.Active = input.Active;
    }
}
