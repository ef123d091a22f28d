namespace EmergencyDSS.Bench.Peers.RulesEngineWorkflow;

/// <summary>What a measure-workflow rule stands for; the host applies them in precedence order.</summary>
internal enum MeasureRuleKind { Table, Default, Stagger, Transport, Livelihood, OwnPlan }
