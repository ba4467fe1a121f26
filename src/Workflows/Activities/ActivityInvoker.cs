using System.Collections.ObjectModel;
using System.Text.Json.Nodes;

namespace Thads.Workflows.Activities;

/// <summary>
/// The engine's single entry point for running a custom activity: create, bind inputs, execute, read outputs.
/// </summary>
internal static class ActivityInvoker
{
    /// <summary>Runs one execution of the activity described by <paramref name="descriptor"/>.</summary>
    /// <remarks>
    /// <para>
    /// <paramref name="inputs"/> holds the evaluated <c>camunda:inputParameter</c> values by name. A literal arrives as
    /// a JSON string; names the activity does not declare are ignored; null, missing and blank values all mean
    /// "not provided".
    /// </para>
    /// <para>
    /// Anything the factory or the activity throws, other than <see cref="ActivityBindingException"/>, propagates
    /// unchanged so that incidents keep the original error. Activities implementing <see cref="IDisposable"/> or
    /// <see cref="IAsyncDisposable"/> are disposed afterwards.
    /// </para>
    /// </remarks>
    /// <exception cref="ActivityBindingException">An input is missing or malformed, or an output cannot be stored as JSON.</exception>
    public static ValueTask<ActivityInvocation> InvokeAsync(
        IActivityFactory factory,
        ActivityDescriptor descriptor,
        IReadOnlyDictionary<string, JsonNode?> inputs,
        ActivityContext context,
        CancellationToken cancellationToken = default,
        IReadOnlyDictionary<string, JsonNode?>? resumeWith = null)
    {
        var activity = Create(factory, descriptor);
        if (activity is IDisposable or IAsyncDisposable)
        {
            return InvokeAndDisposeAsync(activity, descriptor.Plan, inputs, context, resumeWith, cancellationToken);
        }

        descriptor.Plan.BindInputs(activity, inputs);
        var pending = Run(activity, context, resumeWith, cancellationToken);

        // Most activities finish synchronously; staying off the async state machine keeps the hot path allocation-free.
        return pending.IsCompletedSuccessfully
            ? new ValueTask<ActivityInvocation>(Finish(activity, descriptor.Plan, pending.Result))
            : AwaitAsync(activity, descriptor.Plan, pending);
    }

    /// <summary>
    /// A first execution, or — when the activity waited for a person's task — its resumption with what the
    /// person entered. The activity object is new either way: its inputs are bound again from the process.
    /// </summary>
    private static ValueTask<ActivityResult> Run(
        IWorkflowActivity activity,
        ActivityContext context,
        IReadOnlyDictionary<string, JsonNode?>? resumeWith,
        CancellationToken cancellationToken)
    {
        if (resumeWith is null)
        {
            return activity.ExecuteAsync(context, cancellationToken);
        }

        return activity is IResumableActivity resumable
            ? resumable.ResumeAsync(context, resumeWith, cancellationToken)
            : throw new InvalidOperationException($"{activity.GetType().FullName} asked to wait for a task but does not implement {nameof(IResumableActivity)}.");
    }

    private static IWorkflowActivity Create(IActivityFactory factory, ActivityDescriptor descriptor)
    {
        var activity = factory.Create(descriptor);
        if (!descriptor.ClrType.IsInstanceOfType(activity))
        {
            throw new InvalidOperationException(
                $"{factory.GetType().Name} returned {activity?.GetType().FullName ?? "null"} for activity '{descriptor.TypeName}', which needs {descriptor.ClrType.FullName}.");
        }

        return activity;
    }

    private static async ValueTask<ActivityInvocation> AwaitAsync(IWorkflowActivity activity, ActivityPlan plan, ValueTask<ActivityResult> pending)
    {
        return Finish(activity, plan, await pending.ConfigureAwait(false));
    }

    private static async ValueTask<ActivityInvocation> InvokeAndDisposeAsync(
        IWorkflowActivity activity,
        ActivityPlan plan,
        IReadOnlyDictionary<string, JsonNode?> inputs,
        ActivityContext context,
        IReadOnlyDictionary<string, JsonNode?>? resumeWith,
        CancellationToken cancellationToken)
    {
        try
        {
            plan.BindInputs(activity, inputs);
            var result = await Run(activity, context, resumeWith, cancellationToken).ConfigureAwait(false);
            return Finish(activity, plan, result);
        }
        finally
        {
            if (activity is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                ((IDisposable)activity).Dispose();
            }
        }
    }

    private static ActivityInvocation Finish(IWorkflowActivity activity, ActivityPlan plan, ActivityResult? result)
    {
        if (result is null)
        {
            throw new InvalidOperationException($"{activity.GetType().FullName}.ExecuteAsync returned no result.");
        }

        // Outputs of a failed execution are half-written at best; error paths must not overwrite process variables.
        var outputs = result.Kind == ActivityResultKind.Completed
            ? plan.ReadOutputs(activity)
            : ReadOnlyDictionary<string, JsonNode?>.Empty;
        return new ActivityInvocation(result, outputs);
    }
}
