using Scriban;
using Scriban.Runtime;

namespace EmergencyDSS.Notices;

/// <summary>
/// The sandbox every template runs in: strict variables and members (a typo is an error, not an empty
/// string), bounded loops, recursion and output, and no template loader, so `include` cannot reach
/// the file system.
/// </summary>
internal static class TemplateLimits
{
    public const int LoopLimit = 500;
    public const int RecursiveLimit = 20;
    public const int LimitToString = 4_000;
    public const int OutputLimit = 200_000;
    /// <summary>Per regex.* call: a catastrophic pattern fails the render instead of holding a thread for seconds.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    // Building Scriban's builtin functions dominates a small render; share one frozen copy between renders.
    private static readonly ScriptObject Builtins = FrozenBuiltins();

    // A context is costly to build (stacks, caches); each thread keeps one between renders.
    [ThreadStatic] private static TemplateContext? _spare;

    public static TemplateContext Rent()
    {
        var context = _spare ?? NewContext();
        _spare = null;
        return context;
    }

    public static void Return(TemplateContext context) => _spare = context;

    private static TemplateContext NewContext()
    {
        var context = new TemplateContext(Builtins)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            LimitToString = LimitToString,
            OutputLimit = OutputLimit,
            RegexTimeOut = RegexTimeout,
            // Defensive: bounds how deep Scriban prints nested objects (the 10,000-case template fuzz overflowed the stack in ScriptObject.ToString).
            ObjectRecursionLimit = RecursiveLimit,
            // A cut-off notice must never go out: exceeding the limit is an error, not a truncation.
            OnOutputLimit = ScriptLimitBehavior.Throw,
            TemplateLoader = null,
        };
        return context;
    }

    private static ScriptObject FrozenBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        foreach (var module in builtins.Values.OfType<ScriptObject>()) module.IsReadOnly = true;
        builtins.IsReadOnly = true;
        return builtins;
    }
}
