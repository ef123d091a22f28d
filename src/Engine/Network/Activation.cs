namespace EmergencyDSS.Engine.Network;

/// <summary>A rule matched with a tuple of facts, waiting on the agenda.</summary>
internal readonly record struct Activation(ProductionRule Rule, object Fact, object? Joined = null);
