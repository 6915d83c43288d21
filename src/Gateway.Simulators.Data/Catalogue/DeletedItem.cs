namespace Gateway.Simulators.Data.Catalogue;

/// <summary>A deleted item, kept as Koha keeps deleteditems rows: the item as it was, timestamped at deletion.</summary>
public sealed record DeletedItem(SimItem Item, DateTimeOffset DeletedAt)
{
    public int ItemId => Item.ItemId;

    public int BiblioId => Item.BiblioId;
}
