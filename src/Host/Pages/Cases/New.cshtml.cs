using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;
using Thads.Enforcement.Organisation;
using Thads.Host.Accounts;
using Thads.Host.Attachments;
using Thads.Host.Cases;
using Thads.Host.Cases.Intake;
using Thads.Host.Localization;

namespace Thads.Host.Pages.Cases;

/// <summary>
/// Intake: register a judgment or request with its parties and obligations and start the enforcement process, then
/// land on the new case. Works without JavaScript: "add a party/obligation" posts the form back with one more row.
/// Every refusal is shown next to its field and nothing is saved.
/// </summary>
[Authorize(Policy = CasePolicies.Intake)]
public sealed class NewModel(IntakeHandler intake, UnitScope scope, IDbContextFactory<ThadsDbContext> contexts, TimeProvider time, UiText text) : PageModel
{
    private const int MaxRows = 30;

    public IntakeInput Input { get; private set; } = new();

    /// <summary>The one date field of the page: the request's date on request, the judgment's arrival ex officio.</summary>
    public string? ReceivedOn { get; private set; }

    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);

    public string? Failure { get; private set; }

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public CaseText Words { get; } = new(text, vietnameseOnly: false);

    /// <summary>Errors whose field has no input on the page (e.g. "a debtor is missing"), shown above the form.</summary>
    public IEnumerable<string> GeneralErrors => Errors.Where(e => !IsShownAtField(e.Key)).SelectMany(e => e.Value);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadUnitsAsync(cancellationToken);
        var user = ThadsUser.From(User);
        Input = new IntakeInput
        {
            UnitCode = Units.FirstOrDefault(u => u.Id == user?.UnitId)?.Code ?? Units.FirstOrDefault()?.Code,
            IntakePath = nameof(IntakePath.OnRequest),
            JudgmentType = nameof(JudgmentType.Civil),
            Parties =
            [
                new IntakePartyInput { Role = nameof(PartyRole.Creditor), Kind = nameof(PartyKind.Person) },
                new IntakePartyInput { Role = nameof(PartyRole.Debtor), Kind = nameof(PartyKind.Person) },
            ],
            Obligations = [new IntakeObligationInput { Kind = nameof(ObligationKind.Private), DebtorIndex = "1", CreditorIndex = "0" }],
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadUnitsAsync(cancellationToken);
        ReadForm();
        var outcome = await intake.SubmitAsync(User, Input, dropBlankRows: true, cancellationToken);
        if (outcome.Opened is { } opened)
        {
            TempData[AttachmentPageEndpoints.MessageKey] = text["Đã vào sổ hồ sơ {0} và bắt đầu quy trình thi hành án.", opened.Case.CaseNumber];
            return Redirect($"/Cases/{opened.Case.Id}");
        }

        foreach (var (key, message) in outcome.Errors)
        {
            var field = key is "JudgmentReceivedOn" or "RequestReceivedOn" ? "ReceivedOn" : key;
            if (!Errors.TryGetValue(field, out var list))
            {
                Errors[field] = list = [];
            }

            list.Add(message);
        }

        Failure = outcome.Failure;
        EnsureRows();
        return new PageResult
        {
            StatusCode = outcome.Failure is not null ? StatusCodes.Status500InternalServerError
                : outcome.UnitOutOfScope ? StatusCodes.Status403Forbidden
                : StatusCodes.Status400BadRequest,
        };
    }

    public async Task<IActionResult> OnPostAddPartyAsync(CancellationToken cancellationToken)
    {
        await LoadUnitsAsync(cancellationToken);
        ReadForm();
        if (Input.Parties.Count < MaxRows)
        {
            Input.Parties.Add(new IntakePartyInput { Role = nameof(PartyRole.Debtor), Kind = nameof(PartyKind.Person) });
        }

        EnsureRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAddObligationAsync(CancellationToken cancellationToken)
    {
        await LoadUnitsAsync(cancellationToken);
        ReadForm();
        if (Input.Obligations.Count < MaxRows)
        {
            Input.Obligations.Add(new IntakeObligationInput { Kind = nameof(ObligationKind.Private) });
        }

        EnsureRows();
        return Page();
    }

    public IReadOnlyList<string> ErrorsFor(string field) => Errors.TryGetValue(field, out var list) ? list : [];

    /// <summary>"2. Trần Văn Nợ – Người phải thi hành án", for the obligation's debtor and creditor choices.</summary>
    public string PartyOption(int row)
    {
        var party = Input.Parties[row];
        var name = string.IsNullOrWhiteSpace(party.FullName) ? text["(chưa nhập tên)"] : party.FullName.Trim();
        var role = Enum.TryParse<PartyRole>(party.Role, out var r) ? Words.Role(r) : "";
        return $"{row + 1}. {name}{(role.Length > 0 ? " – " + role : "")}";
    }

    private bool IsShownAtField(string key) =>
        key is "UnitCode" or "CaseNumber" or "IntakePath" or "JudgmentType" or "CourtName" or "JudgmentNumber" or "JudgmentDate"
            or "JudgmentEffectiveDate" or "ReceivedOn" or "RequesterName"
        || (key.StartsWith("Parties[", StringComparison.Ordinal) && key.Contains("].", StringComparison.Ordinal))
        || (key.StartsWith("Obligations[", StringComparison.Ordinal) && key.Contains("].", StringComparison.Ordinal));

    private void ReadForm()
    {
        var form = Request.Form;
        string? Field(string key) => form.TryGetValue(key, out var value) ? value.LastOrDefault() : null;

        Input = new IntakeInput
        {
            UnitCode = Field("UnitCode"),
            CaseNumber = Field("CaseNumber"),
            IntakePath = Field("IntakePath"),
            JudgmentType = Field("JudgmentType"),
            CourtName = Field("CourtName"),
            JudgmentNumber = Field("JudgmentNumber"),
            JudgmentDate = Field("JudgmentDate"),
            JudgmentEffectiveDate = Field("JudgmentEffectiveDate"),
        };
        ReceivedOn = Field("ReceivedOn");
        if (Input.IntakePath == nameof(IntakePath.ExOfficio))
        {
            Input.JudgmentReceivedOn = ReceivedOn;
        }
        else
        {
            // The requester exists only on request: ex officio, the field is ignored rather than refused.
            Input.RequestReceivedOn = ReceivedOn;
            Input.RequesterName = Field("RequesterName");
        }

        for (var row = 0; row < MaxRows && form.Keys.Any(k => k.StartsWith($"Parties[{row}].", StringComparison.Ordinal)); row++)
        {
            Input.Parties.Add(new IntakePartyInput
            {
                Role = Field($"Parties[{row}].Role"),
                Kind = Field($"Parties[{row}].Kind"),
                FullName = Field($"Parties[{row}].FullName"),
                IdNumber = Field($"Parties[{row}].IdNumber"),
                Address = Field($"Parties[{row}].Address"),
                DateOfBirth = Field($"Parties[{row}].DateOfBirth"),
            });
        }

        for (var row = 0; row < MaxRows && form.Keys.Any(k => k.StartsWith($"Obligations[{row}].", StringComparison.Ordinal)); row++)
        {
            Input.Obligations.Add(new IntakeObligationInput
            {
                Kind = Field($"Obligations[{row}].Kind"),
                Description = Field($"Obligations[{row}].Description"),
                Amount = Field($"Obligations[{row}].Amount"),
                DebtorIndex = Field($"Obligations[{row}].DebtorIndex"),
                CreditorIndex = Field($"Obligations[{row}].CreditorIndex"),
            });
        }
    }

    private void EnsureRows()
    {
        while (Input.Parties.Count < 2)
        {
            Input.Parties.Add(new IntakePartyInput { Role = nameof(PartyRole.Debtor), Kind = nameof(PartyKind.Person) });
        }

        if (Input.Obligations.Count == 0)
        {
            Input.Obligations.Add(new IntakeObligationInput { Kind = nameof(ObligationKind.Private) });
        }
    }

    /// <summary>Units of the user's subtree that enforce cases and are in force today (regional offices included).</summary>
    private async Task LoadUnitsAsync(CancellationToken cancellationToken)
    {
        var visible = (await scope.VisibleUnitIdsAsync(User, cancellationToken)).ToList();
        var today = VietnamTime.DateOf(time.GetUtcNow());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Units = (await db.Units.AsNoTracking()
                .Where(u => visible.Contains(u.Id)
                    && (u.Kind == UnitKind.ProvincialAgency || u.Kind == UnitKind.DistrictOffice || u.Kind == UnitKind.RegionalOffice || u.Kind == UnitKind.MilitaryRegionAgency))
                .OrderBy(u => u.Code)
                .ToListAsync(cancellationToken))
            .Where(u => u.IsValidOn(today))
            .ToList();
    }
}
