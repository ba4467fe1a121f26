using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using Thads.Host.Api;
using Thads.Workflows.Runtime;

namespace Thads.Host.Cases.Api;

/// <summary>Builds the API's <see cref="CaseDossierView"/> from what the page shows.</summary>
public static class CaseDossierMapper
{
    public static CaseDossierView From(CaseDossier dossier, CaseText text, DateTimeOffset now)
    {
        var c = dossier.Case;
        var workflow = dossier.Workflow;
        ProcessView? process = null;
        if (workflow.Main is { } main && CaseDossierReader.ProcessPicture(workflow, text) is { } picture)
        {
            var diagram = workflow.DiagramOf(main.Id);
            process = new ProcessView(main.Id, main.ProcessId, diagram?.Name, diagram?.Version, main.Status, CaseDossierReader.CurrentSteps(workflow), picture);
        }

        return new CaseDossierView(
            c.Id, c.CaseNumber,
            c.Unit is null ? null : new UnitRef(c.Unit.Id, c.Unit.Code, c.Unit.Name),
            c.Executor is null ? null : new StaffRef(c.Executor.Id, c.Executor.UserName, c.Executor.FullName),
            c.Status, text.Status(c.Status), c.StatusSince, c.IsOpen,
            c.IntakePath, c.JudgmentType, c.CourtName, c.JudgmentNumber, c.JudgmentDate, c.JudgmentEffectiveDate,
            c.JudgmentReceivedOn, c.RequestReceivedOn, c.RequesterName,
            c.DecisionNumber, c.DecisionDate, c.VoluntaryPeriodEndsOn, c.DelegatedToUnitId,
            c.Parties.Select(p => new PartyView(p.Id, p.Role, p.Kind, p.FullName, p.IdNumber, p.Address)).ToList(),
            c.Obligations.Select(o => new ObligationView(o.Id, o.Kind, o.Description, o.Amount, o.Paid, o.Remaining, o.DebtorPartyId, o.CreditorPartyId)).ToList(),
            c.MoneyEntries.Select(m => new MoneyView(m.Id, m.Kind, m.Amount, m.On, m.ReceiptNumber, m.ObligationId, m.PartyId)).ToList(),
            dossier.Money,
            c.Assets.Select(a => new AssetView(a.Id, a.Kind, a.Description, a.OwnerPartyId, a.EstimatedValue, a.State, a.IdentifiedOn,
                a.SeizedOn, a.ValuedOn, a.ValuedAmount, a.AuctionedOn, a.SoldAmount)).ToList(),
            c.StatusChanges.Select(s => new StatusChangeView(s.From, s.To, s.On, s.GroundCode, StatusTransitions.FindGround(s.GroundCode)?.Name,
                s.GroundCitation, s.DecisionNumber, s.ChangedAt, s.ChangedBy)).ToList(),
            dossier.Alerts.Select(a => new AlertView(a.Rule, a.Day, a.Title, a.Body, a.RaisedAt)).ToList(),
            c.Attachments.Select(a => Attachment(a)).ToList(),
            workflow.OpenTasks.Select(t => Task(t, now)).ToList(),
            process,
            dossier.Timeline);
    }

    public static AttachmentView Attachment(Attachment a) =>
        new(a.Id, a.FileName, a.ContentType, a.SizeBytes, a.UploadedAt, a.UploadedBy, $"/api/cases/{a.CaseId}/attachments/{a.Id}");

    private static CaseTaskView Task(UserTaskInfo t, DateTimeOffset now) =>
        new(t.Id, t.Name, t.Assignee, t.CandidateRole, t.CandidateUnit, t.DueAt, t.DueAt is { } due && due < now, $"/Tasks/{t.Id}");
}
