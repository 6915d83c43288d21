namespace Gateway.Clustering.Evaluation;

/// <summary>A uniform sample of a fixed size from a stream of unknown length (Algorithm R).</summary>
internal sealed class ReservoirSample<T>(int size, Random random)
{
    private readonly List<T> items = new(size);
    private long seen;

    public IReadOnlyList<T> Items => items;

    public void Offer(T item)
    {
        seen++;
        if (items.Count < size)
        {
            items.Add(item);
            return;
        }

        var at = random.NextInt64(seen);
        if (at < size)
        {
            items[(int)at] = item;
        }
    }
}
