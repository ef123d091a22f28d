using System.Globalization;
using System.Text;

namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>
/// Writes each notice under the outbox folder (<c>&lt;district&gt;/&lt;target&gt;-&lt;event&gt;-&lt;id&gt;.html/.txt</c>)
/// and appends <c>notice_id TAB target TAB channel TAB timestamp</c> to <c>deliveries.log</c>. The log line
/// is the commit point (fsynced by <see cref="FlushAsync"/> before the database records the delivery): under an exclusive lock on <c>.lock</c> (shared by every process
/// using the folder) the channel reads the log's new tail and skips notices already there, so a retry after
/// a crash, or a second server, never delivers twice.
/// </summary>
internal sealed class FileOutboxChannel : IDeliveryChannel, IDurableChannel
{
    public const string LogName = "deliveries.log";
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly string _root;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _inProcess = new(1, 1);
    private readonly HashSet<long> _logged = [];
    private long _logOffset;

    public FileOutboxChannel(string root, TimeProvider clock)
    {
        _root = Path.GetFullPath(root);
        _clock = clock;
        Directory.CreateDirectory(_root);
    }

    public string Name => "outbox";

    public bool Applies(DeliveryRequest request) => true;

    public async Task<DeliveryResult> DeliverAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        var district = FileNames.Safe(request.District);
        var stem = $"{FileNames.Safe(request.Target)}-{request.Event}-{request.NoticeId}";
        try
        {
            // The documents are written outside the lock: rewriting the same bytes is harmless, and it lets workers overlap.
            var dir = Path.Combine(_root, district);
            Directory.CreateDirectory(dir);
            WriteAtomically(Path.Combine(dir, stem + ".html"), request.Html);
            WriteAtomically(Path.Combine(dir, stem + ".txt"), request.Text);
            await _inProcess.WaitAsync(cancellationToken);
            try
            {
                using var fileLock = await OutboxLock.AcquireAsync(Path.Combine(_root, ".lock"), cancellationToken);
                ReadNewLogTail();
                if (_logged.Contains(request.NoticeId)) return DeliveryResult.AlreadyDelivered($"{LogName} already lists notice {request.NoticeId}");
                var at = TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), ShanghaiTime.Zone).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
                Append($"{request.NoticeId}\t{request.Target}\t{Name}\t{at}\n");
                _logged.Add(request.NoticeId);
                return DeliveryResult.Delivered($"{district}/{stem}.html");
            }
            finally
            {
                _inProcess.Release();
            }
        }
        catch (IOException e)
        {
            return DeliveryResult.Failed($"outbox write failed: {e.Message}");
        }
    }

    private void ReadNewLogTail()
    {
        var path = Path.Combine(_root, LogName);
        if (!File.Exists(path)) return;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (stream.Length < _logOffset) { _logged.Clear(); _logOffset = 0; }
        stream.Seek(_logOffset, SeekOrigin.Begin);
        var tail = new byte[stream.Length - _logOffset];
        stream.ReadExactly(tail);
        // Only whole lines count: a torn last line (crash mid-append) is not a delivery.
        var end = Array.LastIndexOf(tail, (byte)'\n') + 1;
        foreach (var line in Utf8.GetString(tail, 0, end).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0 && long.TryParse(line.AsSpan(0, tab), out var id)) _logged.Add(id);
        }
        _logOffset += end;
    }

    private void Append(string line)
    {
        var path = Path.Combine(_root, LogName);
        using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
        // A torn line from a crash would glue onto ours: start on a fresh line.
        if (stream.Length > _logOffset) { stream.Seek(0, SeekOrigin.End); stream.WriteByte((byte)'\n'); }
        else stream.Seek(_logOffset, SeekOrigin.Begin);
        var bytes = Utf8.GetBytes(line);
        stream.Write(bytes);
        _logOffset = stream.Position;
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _inProcess.WaitAsync(cancellationToken);
        try
        {
            var path = Path.Combine(_root, LogName);
            if (!File.Exists(path)) return;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            stream.Flush(flushToDisk: true);
        }
        finally
        {
            _inProcess.Release();
        }
    }

    private static void WriteAtomically(string path, string content)
    {
        var temp = $"{path}.tmp-{Guid.NewGuid():N}";
        File.WriteAllText(temp, content, Utf8);
        File.Move(temp, path, overwrite: true);
    }
}
