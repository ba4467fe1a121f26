namespace Thads.Workflows.Runtime.State;

/// <summary>
/// What one stimulus did to one kind of row, so a store writes only that. An entity added and removed in
/// the same stimulus never reaches the store.
/// </summary>
internal sealed class EntityChanges<TKey>
    where TKey : notnull
{
    public HashSet<TKey> Added { get; } = [];

    public HashSet<TKey> Modified { get; } = [];

    public HashSet<TKey> Removed { get; } = [];

    public bool IsEmpty => Added.Count == 0 && Modified.Count == 0 && Removed.Count == 0;

    public void Add(TKey key) => Added.Add(key);

    public void Modify(TKey key)
    {
        if (!Added.Contains(key))
        {
            Modified.Add(key);
        }
    }

    public void Remove(TKey key)
    {
        if (!Added.Remove(key))
        {
            Modified.Remove(key);
            Removed.Add(key);
        }
    }

    public void Clear()
    {
        Added.Clear();
        Modified.Clear();
        Removed.Clear();
    }
}
