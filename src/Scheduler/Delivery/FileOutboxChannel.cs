using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>
/// Writes each notice under the outbox folder (<c>&lt;district&gt;/&lt;target&gt;-&lt;event&gt;-&lt;id&gt;.html/.txt</c>) and appends <c>notice_id TAB target TAB channel TAB timestamp</c> to <c>deliveries.log</c>. The log
/// line is the commit point (fsynced by <see cref="FlushAsync"/> before the database records the delivery). Under
/// an exclusive lock on <c>.lock</c>, shared by every process using the folder, the channel reads the log's new
/// tail and skips notices already there, so a retry after a crash, or a second server, never delivers twice.
/// </summary>
internal sealed class FileOutboxChannel : IDeliveryChannel, IDurableChannel, IDisposable
{
    public const string LogName = "deliveries.log";
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly string _root;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _inProcess = new(1, 1);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly OutboxLog _log;
    private readonly OutboxLock _lock;

    public FileOutboxChannel(string root, TimeProvider clock)
    {
        _root = Path.GetFullPath(root);
        _clock = clock;
        Directory.CreateDirectory(_root);
        _log = new OutboxLog(Path.Combine(_root, LogName));
        _lock = new OutboxLock(Path.Combine(_root, ".lock"));
    }

    public string Name => "outbox";

    public bool Applies(DeliveryRequest request) => true;

    public async Task<DeliveryResult> DeliverAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        var district = FileNames.Safe(request.District);
        var stem = $"{FileNames.Safe(request.Target)}-{request.Event}-{request.NoticeId}" + (request.Reminder ? "-reminder" : "");
        // A reminder is logged under its own channel column, so it is delivered once besides the notice.
        var column = request.Reminder ? Name + "-reminder" : Name;
        var dir = Path.Combine(_root, district);
        var documents = new[] { Path.Combine(dir, stem + ".html"), Path.Combine(dir, stem + ".txt") };
        try
        {
            // A retry of a notice the log already lists must not touch its documents (a rewrite on a full disk would cut them).
            if (await ListedAsync(request.NoticeId, column, cancellationToken))
                return DeliveryResult.AlreadyDelivered($"{LogName} already lists notice {request.NoticeId} ({column})");
            // The documents are complete before their log line is appended, so a document the log lists is whole; one a
            // crash cut short is not listed and is rewritten by the retry. (No temp file + rename: on this machine's ext4
            // the rename made each notice 10-20 times slower.) Written outside the lock, so workers overlap.
            if (_folders.TryAdd(dir, true)) Directory.CreateDirectory(dir);
            File.WriteAllText(documents[0], request.Html, Utf8);
            File.WriteAllText(documents[1], request.Text, Utf8);
            await _inProcess.WaitAsync(cancellationToken);
            try
            {
                await _lock.AcquireAsync(cancellationToken);
                try
                {
                    if (_log.Contains(request.NoticeId, column)) return DeliveryResult.AlreadyDelivered($"{LogName} already lists notice {request.NoticeId} ({column})");
                    var at = TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), ShanghaiTime.Zone).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
                    _log.Append(request.NoticeId, column, $"{request.NoticeId}\t{request.Target}\t{column}\t{at}\n");
                    return DeliveryResult.Delivered($"{district}/{stem}.html");
                }
                finally
                {
                    _lock.Release();
                }
            }
            finally
            {
                _inProcess.Release();
            }
        }
        catch (IOException e)
        {
            // Disk full (or another write error): the notice is not listed, so its half-written documents go; the retry writes them whole.
            foreach (var document in documents)
                try { File.Delete(document); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            return DeliveryResult.Failed($"outbox write failed: {e.Message}");
        }
    }

    private async Task<bool> ListedAsync(long noticeId, string column, CancellationToken cancellationToken)
    {
        await _inProcess.WaitAsync(cancellationToken);
        try
        {
            await _lock.AcquireAsync(cancellationToken);
            try { return _log.Contains(noticeId, column); }
            finally { _lock.Release(); }
        }
        finally { _inProcess.Release(); }
    }

    /// <summary>
    /// Which of these notices the log lists as delivered. A server killed between writing the log line and committing
    /// its Delivered state leaves the database saying Scheduled for a notice the recipient has; whatever would withdraw
    /// such a notice asks here first.
    /// </summary>
    public async Task<IReadOnlySet<long>> ListedAsync(IEnumerable<long> noticeIds, CancellationToken cancellationToken)
    {
        await _inProcess.WaitAsync(cancellationToken);
        try
        {
            await _lock.AcquireAsync(cancellationToken);
            try { return noticeIds.Where(id => _log.Contains(id, Name)).ToHashSet(); }
            finally { _lock.Release(); }
        }
        finally { _inProcess.Release(); }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _inProcess.WaitAsync(cancellationToken);
        try { _log.FlushToDisk(); }
        finally { _inProcess.Release(); }
    }

    public void Dispose()
    {
        _log.Dispose();
        _lock.Dispose();
    }
}
