using System.Text.Json.Serialization;

namespace EmergencyDSS.Dsl.Model;

/// <summary>A predicate over one district-day: forecast fields, warnings in force, calendar.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(Comparison), "compare")]
[JsonDerivedType(typeof(InSet), "in")]
[JsonDerivedType(typeof(WarningAtLeast), "warning")]
[JsonDerivedType(typeof(DateBetween), "date")]
[JsonDerivedType(typeof(AndCondition), "and")]
[JsonDerivedType(typeof(OrCondition), "or")]
[JsonDerivedType(typeof(NotCondition), "not")]
public abstract record Condition;

/// <summary><c>field op value</c>; Field is one of <see cref="ForecastFields.Numeric"/>.</summary>
public sealed record Comparison(string Field, CompareOp Op, double Value) : Condition;

/// <summary>A text field (primary_pollutant, wind_dir) is one of the values.</summary>
public sealed record InSet(string Field, IReadOnlyList<string> Values) : Condition;

/// <summary>
/// A warning at or above <c>Level</c> is in force on the day, in <c>District</c> (null: the
/// district being evaluated) or in any district of <c>Region</c>.
/// </summary>
public sealed record WarningAtLeast(string Level, string? District = null, string? Region = null) : Condition;

/// <summary>The day falls in [From, To] (inclusive). Month-day ranges use year 1 when Yearly.</summary>
public sealed record DateBetween(DateOnly From, DateOnly To, bool Yearly = false) : Condition;

public sealed record AndCondition(IReadOnlyList<Condition> Parts) : Condition;
public sealed record OrCondition(IReadOnlyList<Condition> Parts) : Condition;
public sealed record NotCondition(Condition Inner) : Condition;

public enum CompareOp { Gt, Ge, Lt, Le, Eq, Ne }
