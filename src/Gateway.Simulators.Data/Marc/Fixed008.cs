using System.Globalization;
using System.Text;
using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Editions;

namespace Gateway.Simulators.Data.Marc;

/// <summary>MARC 21 008 (40 characters) for books and continuing resources.</summary>
internal static class Fixed008
{
    public static string For(SimBiblio biblio)
    {
        var edition = biblio.Edition;
        var sb = new StringBuilder(40);
        sb.Append(biblio.CreatedAt.UtcDateTime.ToString("yyMMdd", CultureInfo.InvariantCulture));
        var year = edition.Year.ToString("D4", CultureInfo.InvariantCulture);
        if (edition.Kind == MaterialKind.Serial)
        {
            // 06 c = currently published; 07-14 dates; 18 m monthly; 19 r regular; 21 p periodical.
            sb.Append('c').Append(year).Append("9999").Append(Country(edition)).Append("mr p       0   a0");
        }
        else
        {
            // 06 s = single date; 18-21 illustrations; 23 form of item (o online); 24-27 b = bibliographies;
            // 29-31 conference, festschrift, index; 33 literary form 0 = non-fiction.
            var illus = edition.Illustrated ? "a   " : "    ";
            var form = edition.Kind == MaterialKind.EBook ? 'o' : ' ';
            sb.Append('s').Append(year).Append("    ").Append(Country(edition)).Append(illus).Append(' ').Append(form)
              .Append("b   ").Append(' ').Append("001").Append(' ').Append('0').Append(' ');
        }

        sb.Append(edition.Language).Append(' ').Append('d');
        return sb.ToString();
    }

    private static string Country(Edition edition) => edition.CountryCode.PadRight(3)[..3];
}
