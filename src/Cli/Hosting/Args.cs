namespace EmergencyDSS.Cli.Hosting;

/// <summary>A parsed command line: positionals, `--name value` options and `--flag`s. Unknown options are usage errors.</summary>
internal sealed class Args
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Positionals { get; }

    private Args(List<string> positionals) => Positionals = positionals;

    public static Args Parse(IReadOnlyList<string> tokens, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flags)
    {
        var positionals = new List<string>();
        var args = new Args(positionals);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token == "--")
            {
                positionals.AddRange(tokens.Skip(i + 1));
                break;
            }
            if (!token.StartsWith("--", StringComparison.Ordinal) || token.Length == 2)
            {
                positionals.Add(token);
                continue;
            }
            var (name, inline) = token.IndexOf('=') is var eq and > 0 ? (token[..eq], token[(eq + 1)..]) : (token, null);
            if (flags.Contains(name))
            {
                if (inline is not null) throw new UsageException($"option {name} takes no value");
                args._flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                var value = inline ?? (i + 1 < tokens.Count ? tokens[++i] : throw new UsageException($"option {name} needs a value"));
                if (!args._values.TryAdd(name, value)) throw new UsageException($"option {name} is given twice");
            }
            else
            {
                throw new UsageException($"unknown option {name}");
            }
        }
        return args;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Value(string option) => _values.GetValueOrDefault(option);

    public string Required(string option) =>
        _values.TryGetValue(option, out var v) ? v : throw new UsageException($"option {option} is required");

    public int Int(string option, int fallback)
    {
        var text = Value(option);
        if (text is null) return fallback;
        return int.TryParse(text, out var n) ? n : throw new UsageException($"option {option} needs a whole number, not `{text}`");
    }

    public void RequirePositionals(int min, int max)
    {
        if (Positionals.Count < min) throw new UsageException(min == 1 ? "a file argument is required" : $"at least {min} arguments are required");
        if (Positionals.Count > max) throw new UsageException($"unexpected argument `{Positionals[max]}`");
    }
}
