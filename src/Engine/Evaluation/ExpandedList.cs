using System.Collections;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>
/// A read-only list whose items are built on first read (once, thread-safe) from a compact form whose
/// count is known up front: the engine decides a city's measures by reference to shared decisions and
/// stamps each target into its own record only when a consumer reads them.
/// </summary>
internal sealed class ExpandedList<T>(int count, Func<T[]> expand) : IReadOnlyList<T> where T : class
{
    private T[]? _items;

    private T[] Items => LazyInitializer.EnsureInitialized(ref _items, expand);

    public int Count => count;

    public T this[int index] => Items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
