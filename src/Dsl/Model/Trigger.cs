using System.Text.Json.Serialization;

namespace EmergencyDSS.Dsl.Model;

/// <summary>
/// A condition over a district's forecast series. It "covers" the days of every matching window;
/// a level is in force on the days its trigger covers.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(WindowTrigger), "window")]
[JsonDerivedType(typeof(AnyTrigger), "any")]
[JsonDerivedType(typeof(AllTrigger), "all")]
public abstract record Trigger;

/// <summary>
/// <c>Days</c> consecutive forecast days each satisfying <c>Each</c>, of which at least
/// <c>AtLeast</c> also satisfy <c>Some</c>. "AQI &gt; 200 on any day" is Days=1.
/// </summary>
public sealed record WindowTrigger(int Days, Condition Each, int AtLeast = 0, Condition? Some = null) : Trigger;

/// <summary>Or: covers the union of the days its parts cover.</summary>
public sealed record AnyTrigger(IReadOnlyList<Trigger> Parts) : Trigger;

/// <summary>And: holds when every part holds; covers the days all parts cover (intersection).</summary>
public sealed record AllTrigger(IReadOnlyList<Trigger> Parts) : Trigger;
