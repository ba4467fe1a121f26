namespace Thads.Host.Cli;

/// <summary>
/// The words after a command's name: positional arguments, <c>--name value</c>, <c>--name=value</c>,
/// bare <c>--flag</c>s and repeated options (<c>--complete A=1 --complete B=2</c>). A lone <c>--</c>
/// makes every later word positional. Option names are case-sensitive and kept without the dashes.
/// </summary>
public sealed class CliArguments
{
    private const string OptionPrefix = "--";

    private readonly Dictionary<string, List<string>> _options;

    private CliArguments(IReadOnlyList<string> positionals, Dictionary<string, List<string>> options)
    {
        Positionals = positionals;
        _options = options;
    }

    public IReadOnlyList<string> Positionals { get; }

    /// <summary>Every option given, in no particular order; lets a command reject the ones it does not know.</summary>
    public IReadOnlyCollection<string> OptionNames => _options.Keys;

    /// <param name="flags">Option names that never take a value (see <see cref="ICliCommand.Flags"/>).</param>
    public static CliArguments Parse(IEnumerable<string> words, IEnumerable<string>? flags = null)
    {
        var flagNames = new HashSet<string>(flags ?? [], StringComparer.Ordinal);
        var positionals = new List<string>();
        var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var queue = new Queue<string>(words);
        var optionsEnded = false;

        while (queue.TryDequeue(out var word))
        {
            if (optionsEnded || !IsOption(word))
            {
                positionals.Add(word);
                continue;
            }

            if (word == OptionPrefix)
            {
                optionsEnded = true;
                continue;
            }

            var (name, inlineValue) = SplitOption(word);
            var values = GetOrAdd(options, name);
            if (inlineValue is not null)
            {
                values.Add(inlineValue);
            }
            else if (!flagNames.Contains(name) && queue.TryPeek(out var next) && !IsOption(next))
            {
                values.Add(queue.Dequeue());
            }
        }

        return new CliArguments(positionals, options);
    }

    /// <summary>True when the option was given, with or without a value.</summary>
    public bool Has(string name) => _options.ContainsKey(name);

    /// <summary>The last value given for the option (later ones override earlier ones); null when absent or bare.</summary>
    public string? GetOption(string name) =>
        _options.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;

    public string GetRequiredOption(string name) =>
        GetOption(name) ?? throw new CliUsageException($"Missing required option --{name} VALUE.");

    /// <summary>Every value given for a repeatable option, in command-line order.</summary>
    public IReadOnlyList<string> GetOptions(string name) =>
        _options.TryGetValue(name, out var values) ? values : [];

    /// <summary>Values of a repeatable <c>KEY=VALUE</c> option (<c>--complete A=1</c>), split at the first '='.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> GetPairs(string name) =>
        GetOptions(name).Select(value => SplitPair(name, value)).ToList();

    public string GetPositional(int index, string description) =>
        index < Positionals.Count
            ? Positionals[index]
            : throw new CliUsageException($"Missing argument {index + 1}: {description}.");

    private static bool IsOption(string word) => word.StartsWith(OptionPrefix, StringComparison.Ordinal);

    private static (string Name, string? Value) SplitOption(string word)
    {
        var body = word[OptionPrefix.Length..];
        var equals = body.IndexOf('=');
        var (name, value) = equals < 0 ? (body, null) : (body[..equals], body[(equals + 1)..]);
        return name.Length == 0 ? throw new CliUsageException($"Malformed option '{word}'.") : (name, value);
    }

    private static KeyValuePair<string, string> SplitPair(string name, string value)
    {
        var equals = value.IndexOf('=');
        return equals > 0
            ? new KeyValuePair<string, string>(value[..equals], value[(equals + 1)..])
            : throw new CliUsageException($"--{name} expects KEY=VALUE, got '{value}'.");
    }

    private static List<string> GetOrAdd(Dictionary<string, List<string>> options, string name)
    {
        if (!options.TryGetValue(name, out var values))
        {
            values = [];
            options[name] = values;
        }

        return values;
    }
}
