namespace Gateway.Simulators.Data.Catalogue;

/// <summary>A deleted record, kept as Koha keeps deletedbiblio rows: the record as it was, timestamped at deletion.</summary>
public sealed record DeletedBiblio(SimBiblio Biblio, DateTimeOffset DeletedAt)
{
    public int BiblioId => Biblio.BiblioId;
}
