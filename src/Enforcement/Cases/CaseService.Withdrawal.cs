using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases.Validation;

namespace Thads.Enforcement.Cases;

public sealed partial class CaseService
{
    /// <summary>
    /// What <see cref="RegisterAsync"/> would refuse, without saving anything: lets a form show the domain's refusals
    /// together with its own (an unreadable date or amount) in one answer.
    /// </summary>
    public async Task<IReadOnlyList<CaseValidationError>> CheckIntakeAsync(CaseIntake intake, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intake);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unit = string.IsNullOrWhiteSpace(intake.UnitCode)
            ? null
            : await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == intake.UnitCode.Trim(), cancellationToken);
        var errors = new CaseErrors();
        IntakeValidator.Validate(intake, unit, await NumberTakenAsync(db, unit?.Id, intake.CaseNumber, cancellationToken), Today, errors);
        return errors.Items.ToList();
    }

    /// <summary>
    /// Takes back a registration whose workflow could not be started, so no case is left without its process. Only a
    /// case nobody has worked on since (no status, still at its first version) can be withdrawn; the audit keeps both
    /// the registration and its withdrawal.
    /// </summary>
    /// <exception cref="CaseValidationException">The case was changed after its registration; nothing was removed.</exception>
    /// <exception cref="CaseNotFoundException">There is no such case.</exception>
    public async Task WithdrawRegistrationAsync(int caseId, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(actor, cancellationToken);
        var c = await db.Cases
            .Include(x => x.Parties)
            .Include(x => x.Obligations)
            .AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == caseId, cancellationToken)
            ?? throw new CaseNotFoundException(caseId);
        if (c.Status is not null || c.Version != 1)
        {
            CaseErrors.Throw(CaseFields.Case, "đã được xử lý sau khi vào sổ, không thể hủy việc vào sổ.");
        }

        db.Obligations.RemoveRange(c.Obligations);
        db.Parties.RemoveRange(c.Parties);
        db.Cases.Remove(c);
        await SaveAsync(db, c, cancellationToken);
    }
}
