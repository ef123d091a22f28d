namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>
/// An exclusive lock shared by every process (and every channel instance) using the outbox: <c>.lock</c> opened
/// with <see cref="FileShare.None"/> (an flock on Linux), retried until free. The kernel drops it when a process
/// dies, so a crash never leaves it taken.
/// </summary>
internal sealed class OutboxLock(string path) : IDisposable
{
    private FileStream? _held;

    public async Task AcquireAsync(CancellationToken cancellationToken)
    {
        for (var delay = 1; ; delay = Math.Min(delay * 2, 50))
        {
            try
            {
                _held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
                return;
            }
            catch (IOException)
            {
                await Task.Delay(delay, cancellationToken);
            }
        }
    }

    public void Release()
    {
        _held?.Dispose();
        _held = null;
    }

    public void Dispose() => Release();
}
