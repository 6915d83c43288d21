using System.Globalization;
using System.Net;
using System.Text;
using Gateway.Simulators.Data.Catalogue;

namespace Gateway.Simulators.Koha.Cgi;

/// <summary>
/// The three public catalogue (OPAC) pages the gateway's request links point at, as plain HTML so the demo's links lead
/// somewhere: <c>opac-detail.pl?biblionumber=</c> (the record and its copies), <c>opac-reserve.pl?biblionumber=</c>
/// (place a hold: a sign-in prompt, as Koha shows an anonymous user) and <c>opac-illrequests.pl</c> (the ILL form, also
/// behind sign-in). An unknown or deleted record is Koha's 404 page. No patron data, no authentication.
/// </summary>
internal static class OpacPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/cgi-bin/koha/opac-detail.pl", (HttpContext context, SystemCatalogue catalogue) => Detail(context, catalogue));
        app.MapGet("/cgi-bin/koha/opac-reserve.pl", (HttpContext context, SystemCatalogue catalogue) =>
            Find(context, catalogue) is { } biblio ? Page(catalogue, "Place a hold", $"<p>Log in to your account to place a hold on <em>{Encode(biblio.Title)}</em>.</p>") : NotFound());
        app.MapGet("/cgi-bin/koha/opac-illrequests.pl", (SystemCatalogue catalogue) =>
            Page(catalogue, "Interlibrary loan requests", "<p>Log in to your account to request an item from another library.</p>"));
    }

    private static IResult Detail(HttpContext context, SystemCatalogue catalogue)
    {
        if (Find(context, catalogue) is not { } biblio)
        {
            return NotFound();
        }

        var copies = new StringBuilder();
        foreach (var item in biblio.Items)
        {
            copies.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(item.HomeLibraryId)}</td><td>{Encode(item.CallNumber ?? "")}</td><td>{(item.CheckedOutDate is null ? "Available" : "Checked out")}</td></tr>");
        }

        return Page(catalogue, Encode(biblio.Title),
            $"<p>{Encode(biblio.Responsibility ?? biblio.Author ?? "")}</p><table><tr><th>Library</th><th>Call number</th><th>Status</th></tr>{copies}</table>");
    }

    private static SimBiblio? Find(HttpContext context, SystemCatalogue catalogue) =>
        int.TryParse(context.Request.Query["biblionumber"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? catalogue.Current.Find(id)
            : null;

    private static IResult Page(SystemCatalogue catalogue, string heading, string body) => Results.Content(
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{heading} › {Encode(catalogue.SystemId)} catalog</title></head><body><h1>{heading}</h1>{body}</body></html>",
        "text/html", Encoding.UTF8);

    private static IResult NotFound() => Results.Content(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>404 › Koha</title></head><body><h1>This record is blocked or does not exist</h1></body></html>",
        "text/html", Encoding.UTF8, StatusCodes.Status404NotFound);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
