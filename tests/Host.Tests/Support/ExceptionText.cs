namespace Thads.Host.Tests.Support;

internal static class ExceptionText
{
    /// <summary>Messages of the exception and everything it wraps: hosts nest the interesting one at varying depth.</summary>
    public static string AllMessages(Exception exception)
    {
        var messages = new List<string>();
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var current))
        {
            messages.Add(current.Message);
            if (current is AggregateException aggregate)
            {
                aggregate.InnerExceptions.ToList().ForEach(pending.Push);
            }
            else if (current.InnerException is not null)
            {
                pending.Push(current.InnerException);
            }
        }

        return string.Join(Environment.NewLine, messages);
    }
}
