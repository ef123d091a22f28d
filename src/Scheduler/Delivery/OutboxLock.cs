namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>An exclusive OS lock on a file, shared by every process using the outbox; retried until free.</summary>
internal sealed class OutboxLock : IDisposable
{
    private readonly FileStream _stream;

    private OutboxLock(FileStream stream) => _stream = stream;

    public static async Task<OutboxLock> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        for (var delay = 1; ; delay = Math.Min(delay * 2, 50))
        {
            try
            {
                return new OutboxLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                await Task.Delay(delay, cancellationToken);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
