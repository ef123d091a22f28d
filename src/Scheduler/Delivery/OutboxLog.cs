using System.Text;

namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>
/// deliveries.log, held open: which (notice id, channel) pairs it lists (re-reading only the tail other processes appended
/// since), and appending one line. Callers hold the outbox lock; only whole lines count, so a line torn by a
/// crash is not a delivery and the next line starts afresh.
/// </summary>
internal sealed class OutboxLog(string path) : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly FileStream _stream = new(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0);
    private readonly HashSet<(long Id, string Channel)> _ids = [];
    private long _offset;

    public bool Contains(long noticeId, string channel)
    {
        ReadTail();
        return _ids.Contains((noticeId, channel));
    }

    public void Append(long noticeId, string channel, string line)
    {
        ReadTail();
        var bytes = Utf8.GetBytes(line);
        var length = _stream.Length;
        _stream.Seek(length, SeekOrigin.Begin);
        if (length > _offset) _stream.WriteByte((byte)'\n'); // after a torn line
        _stream.Write(bytes);
        _offset = _stream.Position;
        _ids.Add((noticeId, channel));
    }

    public void FlushToDisk() => _stream.Flush(flushToDisk: true);

    public void Dispose() => _stream.Dispose();

    private void ReadTail()
    {
        var length = _stream.Length;
        if (length < _offset) { _ids.Clear(); _offset = 0; }
        if (length == _offset) return;
        _stream.Seek(_offset, SeekOrigin.Begin);
        var tail = new byte[length - _offset];
        _stream.ReadExactly(tail);
        var end = Array.LastIndexOf(tail, (byte)'\n') + 1;
        foreach (var line in Utf8.GetString(tail, 0, end).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var cells = line.Split('\t');
            if (cells.Length >= 3 && long.TryParse(cells[0], out var id)) _ids.Add((id, cells[2]));
        }
        _offset += end;
    }
}
