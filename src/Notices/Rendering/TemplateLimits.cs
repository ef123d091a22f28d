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

    // Building Scriban's builtin functions dominates a small render; share one frozen copy between renders.
    private static readonly ScriptObject Builtins = FrozenBuiltins();

    public static TemplateContext NewContext(ScriptObject model)
    {
        var context = new TemplateContext(Builtins)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            LimitToString = LimitToString,
            OutputLimit = OutputLimit,
            TemplateLoader = null,
        };
        context.PushGlobal(model);
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
