using System.Collections;

namespace Gateway.Simulators.Data.Catalogue;

/// <summary>A read-only list over ids in a given order, resolved through an array indexed by id (no copying).</summary>
internal sealed class OrderedView<T>(int[] order, T?[] byId) : IReadOnlyList<T>
    where T : class
{
    public int Count => order.Length;

    public T this[int index] => byId[order[index]]!;

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var id in order)
        {
            yield return byId[id]!;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
