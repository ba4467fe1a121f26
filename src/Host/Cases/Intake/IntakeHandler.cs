using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;
using Thads.Host.Accounts;

namespace Thads.Host.Cases.Intake;

/// <summary>
/// Intake for the page and the API alike: read the input, check the unit is in the user's scope, collect every
/// refusal (the form's own and the domain's) so they are shown together, and only then register the case and start
/// its process (<see cref="CaseOpener"/>). A refused intake saves nothing.
/// </summary>
public sealed class IntakeHandler(CaseService cases, CaseOpener opener, UnitScope scope, IDbContextFactory<ThadsDbContext> contexts)
{
    public async Task<IntakeOutcome> SubmitAsync(ClaimsPrincipal user, IntakeInput input, bool dropBlankRows, CancellationToken cancellationToken)
    {
        if (ThadsUser.From(user) is not { } who)
        {
            return new IntakeOutcome(null, [], UnitOutOfScope: true);
        }

        var mapper = new IntakeMapper();
        var intake = mapper.Map(input, dropBlankRows);
        if (!string.IsNullOrWhiteSpace(intake.UnitCode) && await UnitIdAsync(intake.UnitCode, cancellationToken) is { } unitId
            && !await scope.MayAccessUnitAsync(user, unitId, cancellationToken))
        {
            return new IntakeOutcome(null, [new("UnitCode", $"Đơn vị thụ lý: '{intake.UnitCode}' nằm ngoài phạm vi của bạn.")], UnitOutOfScope: true);
        }

        var errors = new List<KeyValuePair<string, string>>(mapper.Errors);
        foreach (var refusal in await cases.CheckIntakeAsync(intake, cancellationToken))
        {
            var field = mapper.FormField(refusal.Field);
            if (!mapper.HasError(field))
            {
                errors.Add(new(field, refusal.Message));
            }
        }

        if (errors.Count > 0)
        {
            return new IntakeOutcome(null, errors);
        }

        try
        {
            return new IntakeOutcome(await opener.OpenAsync(intake, who.UserName, cancellationToken), []);
        }
        catch (CaseValidationException refused)
        {
            // Someone registered the same number between the check and the save.
            return new IntakeOutcome(null, refused.Errors.Select(e => new KeyValuePair<string, string>(mapper.FormField(e.Field), e.Message)).ToList());
        }
        catch (CaseOpeningException failed)
        {
            return new IntakeOutcome(null, [], Failure: failed.Message);
        }
    }

    private async Task<int?> UnitIdAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Units.AsNoTracking().Where(u => u.Code == code).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
