using System.Globalization;
using Microsoft.Extensions.Options;
using Thads.Enforcement.Cases;
using Thads.Workflows.Runtime;

namespace Thads.Host.Cases.Intake;

/// <summary>
/// Registers a case and starts its enforcement process, as one step for the user. The case and the instance live in
/// different stores with no shared transaction, so a process that cannot start is compensated: the registration is
/// withdrawn (<see cref="CaseService.WithdrawRegistrationAsync"/>) and no case is left without its process.
/// </summary>
public sealed class CaseOpener(CaseService cases, WorkflowEngine engine, IOptions<CaseOptions> options, ILogger<CaseOpener> logger)
{
    /// <exception cref="CaseValidationException">The intake breaks a rule; nothing was saved.</exception>
    /// <exception cref="CaseOpeningException">The process could not be started; the registration was withdrawn.</exception>
    public async Task<CaseOpened> OpenAsync(CaseIntake intake, string actor, CancellationToken cancellationToken)
    {
        var registered = await cases.RegisterAsync(intake, actor, cancellationToken);
        var processKey = options.Value.ProcessKey;
        try
        {
            // Not cancellable from here on: a half-finished pair is worse than a slow answer.
            var instance = await engine.StartAsync(processKey, new StartOptions
            {
                BusinessKey = registered.CaseNumber,
                Actor = actor,
                Variables = Variables(registered, intake),
            }, CancellationToken.None);
            return new CaseOpened(registered, instance);
        }
        catch (Exception failure)
        {
            logger.LogError(failure, "Case {CaseNumber} ({CaseId}) was registered but process {ProcessKey} did not start", registered.CaseNumber, registered.Id, processKey);
            if (await StartedAnywayAsync(registered) is { } started)
            {
                // The engine committed before it failed (e.g. while scheduling a timer): the pair is whole.
                return new CaseOpened(registered, started);
            }

            try
            {
                await cases.WithdrawRegistrationAsync(registered.Id, actor, CancellationToken.None);
            }
            catch (Exception undo)
            {
                logger.LogCritical(undo, "Case {CaseNumber} ({CaseId}) has no process and could not be withdrawn", registered.CaseNumber, registered.Id);
                throw new CaseOpeningException(
                    $"Hồ sơ {registered.CaseNumber} đã vào sổ nhưng chưa bắt đầu được quy trình; hãy mở hồ sơ và bắt đầu lại quy trình.", failure, registered.Id);
            }

            throw new CaseOpeningException(
                $"Không bắt đầu được quy trình thi hành án ({processKey}), nên hồ sơ chưa được vào sổ. Vui lòng thử lại hoặc báo quản trị hệ thống.", failure);
        }
    }

    /// <summary>Starts the process for a registered case that has none (an earlier start failed and could not be undone).</summary>
    public async Task<InstanceSnapshot> StartForAsync(EnforcementCase c, string actor, CancellationToken cancellationToken) =>
        await engine.StartAsync(options.Value.ProcessKey, new StartOptions
        {
            BusinessKey = c.CaseNumber,
            Actor = actor,
            Variables = Variables(c, null),
        }, cancellationToken);

    private async Task<InstanceSnapshot?> StartedAnywayAsync(EnforcementCase c)
    {
        try
        {
            var instances = await engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = c.CaseNumber, ProcessId = options.Value.ProcessKey }, CancellationToken.None);
            foreach (var instance in instances)
            {
                if (await engine.GetInstanceAsync(instance.Id, CancellationToken.None) is { } snapshot
                    && snapshot.Variables.TryGetValue("caseId", out var id) && id?.ToJsonString() == c.Id.ToString(CultureInfo.InvariantCulture))
                {
                    return snapshot;
                }
            }
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not check whether case {CaseId} has a process", c.Id);
        }

        return null;
    }

    /// <summary>
    /// The process's own variables (caseId, caseNumber, unitCode, amount) and what the intake officer already typed,
    /// so the first task's form (<c>intake</c>) opens filled in.
    /// </summary>
    private static Dictionary<string, object?> Variables(EnforcementCase c, CaseIntake? intake)
    {
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["caseId"] = c.Id,
            ["caseNumber"] = c.CaseNumber,
            ["unitCode"] = intake?.UnitCode.Trim() ?? c.Unit?.Code,
            ["amount"] = c.Obligations.Sum(o => o.Amount),
            ["intakePath"] = c.IntakePath == IntakePath.OnRequest ? "theo-don" : "chu-dong",
            ["judgmentNumber"] = c.JudgmentNumber,
            ["judgmentDate"] = Iso(c.JudgmentDate),
            ["court"] = c.CourtName,
        };
        if ((c.IntakePath == IntakePath.OnRequest ? c.RequestReceivedOn : c.JudgmentReceivedOn) is { } received)
        {
            variables["receivedDate"] = Iso(received);
        }

        if (c.JudgmentEffectiveDate is { } effective)
        {
            variables["judgmentEffectiveDate"] = Iso(effective);
        }

        if (c.RequesterName is { } requester)
        {
            variables["requesterName"] = requester;
        }

        if (c.Parties.FirstOrDefault(p => p.Role == PartyRole.Debtor) is { } debtor)
        {
            variables["debtorName"] = debtor.FullName;
        }

        if (c.Obligations.Count > 0 && c.Obligations.All(o => o.IsStateBudget))
        {
            variables["obligationKind"] = "ngan-sach";
        }

        return variables;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
