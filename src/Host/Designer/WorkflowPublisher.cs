using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Thads.Host.Designer.Data;
using Thads.Workflows.Forms;
using Thads.Workflows.Model;
using Thads.Workflows.Parsing;
using Thads.Workflows.Runtime;

namespace Thads.Host.Designer;

/// <summary>
/// Checks and publishes what the designer sends. The check is the engine's deploy dry-run plus what the designer knows:
/// the diagram is the process being edited, every form a user task names exists, the forms sent are forms. Publishing
/// runs the same check first and stores nothing when it fails.
/// </summary>
internal sealed class WorkflowPublisher(
    WorkflowEngine engine,
    DesignerForms forms,
    IDbContextFactory<DesignerDbContext> contexts,
    TimeProvider time)
{
    private static readonly JsonSerializerOptions FormJson = new() { WriteIndented = true };

    public async Task<ValidationReport> ValidateAsync(string key, string xml, IReadOnlyDictionary<string, JsonObject>? sentForms, CancellationToken cancellationToken)
    {
        var fileName = key + ".bpmn";
        var problems = engine.Validate(xml, fileName).Select(ProblemTexts.From).ToList();
        if (problems.Count == 0)
        {
            var document = new BpmnParser().Parse(xml, fileName).Document!;
            problems.AddRange(CheckProcessKey(key, document));
            problems.AddRange(await CheckFormReferencesAsync(document, sentForms, cancellationToken));
        }

        problems.AddRange(CheckForms(sentForms));
        return new ValidationReport(problems.Count == 0, problems);
    }

    public async Task<PublishOutcome> PublishAsync(string key, PublishRequest request, string actor, CancellationToken cancellationToken)
    {
        var latest = (await engine.ListDefinitionsAsync(key, cancellationToken)).MaxBy(d => d.Version);
        if (request.BaseVersion is { } baseVersion && latest is not null && latest.Version != baseVersion)
        {
            return PublishOutcome.Stale(latest.Version);
        }

        var report = await ValidateAsync(key, request.Xml!, request.Forms, cancellationToken);
        if (!report.Valid)
        {
            return PublishOutcome.Invalid(report);
        }

        var deployment = await engine.DeployAsync(request.Xml!, key + ".bpmn", actor, cancellationToken);
        if (!deployment.IsValid)
        {
            return PublishOutcome.Invalid(new ValidationReport(false, deployment.Problems.Select(ProblemTexts.From).ToList()));
        }

        var definition = deployment.Definitions.Single(d => d.Key == key);
        var published = await RecordAsync(key, definition, request, actor, cancellationToken);
        return PublishOutcome.Done(new PublishResult(key, definition.Id, definition.Version, definition.IsNew, published));
    }

    /// <summary>The publication note, the forms' new versions and the removal of the publisher's draft, in one transaction.</summary>
    private async Task<IReadOnlyList<string>> RecordAsync(string key, DeployedDefinition definition, PublishRequest request, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcTicks;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (definition.IsNew)
        {
            db.Publications.Add(new PublicationRow
            {
                DefinitionId = definition.Id, ProcessKey = key, Version = definition.Version,
                Comment = request.Comment!.Trim(), PublishedBy = actor, PublishedAtTicks = now,
            });
        }

        var published = new List<string>();
        foreach (var (formKey, form) in (request.Forms ?? new Dictionary<string, JsonObject>()).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var json = form.ToJsonString(FormJson);
            var current = await forms.LatestAsync(formKey, cancellationToken);
            if (current is not null && SameJson(current.Json, json))
            {
                continue;
            }

            db.FormVersions.Add(new FormVersionRow
            {
                FormKey = formKey, Version = (current?.Version ?? 0) + 1, Json = json,
                DefinitionId = definition.Id, PublishedBy = actor, PublishedAtTicks = now,
            });
            published.Add(formKey);
        }

        await db.Drafts.Where(d => d.UserName == actor && d.ProcessKey == key).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return published;
    }

    private static IEnumerable<DesignerProblem> CheckProcessKey(string key, BpmnDocument document)
    {
        var executable = document.ExecutableProcesses.ToList();
        if (executable.Count != 1 || executable[0].Id != key)
        {
            var ids = string.Join(", ", executable.Select(p => p.Id));
            yield return ProblemTexts.Of(
                executable.FirstOrDefault()?.Id,
                ProblemTexts.WrongProcessKey,
                $"The diagram must hold exactly one executable process with id '{key}'; it holds: {ids}.");
        }
    }

    private async Task<IReadOnlyList<DesignerProblem>> CheckFormReferencesAsync(
        BpmnDocument document, IReadOnlyDictionary<string, JsonObject>? sentForms, CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(await forms.KeysAsync(cancellationToken), StringComparer.Ordinal);
        known.UnionWith(sentForms?.Keys ?? []);
        return document.Processes
            .SelectMany(p => p.AllNodes)
            .OfType<UserTaskNode>()
            .Where(t => t.FormKey is { } formKey && !ExpressionText.TryUnwrap(formKey, out _) && !known.Contains(formKey))
            .Select(t => ProblemTexts.Of(t.Id, ProblemTexts.UnknownForm, $"User task '{t.Id}' names form '{t.FormKey}', which does not exist."))
            .ToList();
    }

    private static IEnumerable<DesignerProblem> CheckForms(IReadOnlyDictionary<string, JsonObject>? sentForms)
    {
        foreach (var (formKey, form) in sentForms ?? new Dictionary<string, JsonObject>())
        {
            if (!DesignerForms.IsValidKey(formKey))
            {
                yield return ProblemTexts.Of(null, ProblemTexts.InvalidForm, $"Form key '{formKey}' must be lower-case letters, digits and hyphens.");
                continue;
            }

            string? error = null;
            try
            {
                FormSchema.Parse(form.ToJsonString());
            }
            catch (FormatException e)
            {
                error = e.Message;
            }

            if (error is not null)
            {
                yield return ProblemTexts.Of(null, ProblemTexts.InvalidForm, $"Form '{formKey}': {error}");
            }
        }
    }

    private static bool SameJson(string a, string b) =>
        JsonNode.DeepEquals(JsonNode.Parse(a), JsonNode.Parse(b));
}
