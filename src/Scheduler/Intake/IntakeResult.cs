namespace EmergencyDSS.Scheduler.Intake;

/// <summary>What an upload came to: the stored ids, or positioned errors and nothing stored.</summary>
internal sealed record IntakeResult(long? Id, long? EvaluationId, IReadOnlyList<string> Errors)
{
    public static IntakeResult Rejected(IReadOnlyList<string> errors) => new(null, null, errors);
    public bool Accepted => Errors.Count == 0;
}
