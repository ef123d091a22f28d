namespace EmergencyDSS.Engine.Network;

/// <summary>Activations ordered by salience (high first), then by arrival: deterministic conflict resolution.</summary>
internal sealed class Agenda
{
    private readonly PriorityQueue<Activation, (int NegativeSalience, long Sequence)> _queue = new();
    private long _sequence;

    public int Count => _queue.Count;

    public void Add(Activation activation) => _queue.Enqueue(activation, (-activation.Rule.Salience, _sequence++));

    public bool TryPop(out Activation activation) => _queue.TryDequeue(out activation, out _);
}
