using System.Globalization;
using System.Text;
using System.Xml;
using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Koha.Options;
using Gateway.Simulators.Koha.Patrons;
using Gateway.Simulators.Koha.State;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Gateway.Simulators.Koha.Cgi;

/// <summary>
/// GET|POST /cgi-bin/koha/ilsdi.pl (opac/ilsdi.pl): no authentication (Koha restricts it by the ILS-DI preference and
/// the ILS-DI:AuthorizedIPs allow-list). GetAvailability is served from the catalogue; the patron services answer
/// with fake patron data and are counted as patron calls; an unknown or missing service gets the documentation page.
/// Parameter errors come back in-band with HTTP 200, as in Koha.
/// </summary>
internal static class IlsDiEndpoints
{
    private static readonly Dictionary<string, (string[] Required, string[] Optional)> Services = new(StringComparer.Ordinal)
    {
        ["GetAvailability"] = (["id", "id_type"], ["return_type", "return_fmt"]),
        ["LookupPatron"] = (["id"], ["id_type"]),
        ["AuthenticatePatron"] = (["username", "password"], []),
        ["GetPatronInfo"] = (["patron_id"], ["show_contact", "show_fines", "show_holds", "show_loans", "loans_per_page", "loans_page", "show_attributes"]),
        ["GetPatronStatus"] = (["patron_id"], []),
        ["GetServices"] = (["patron_id", "item_id"], []),
        ["RenewLoan"] = (["patron_id", "item_id"], ["desired_due_date"]),
        ["HoldTitle"] = (["patron_id", "bib_id", "request_location"], ["pickup_location", "start_date", "expiry_date", "needed_before_date", "pickup_expiry_date"]),
        ["HoldItem"] = (["patron_id", "bib_id", "item_id"], ["pickup_location", "start_date", "expiry_date", "needed_before_date", "pickup_expiry_date"]),
        ["CancelHold"] = (["patron_id", "item_id"], []),
    };

    public static void Map(IEndpointRouteBuilder app) => app.MapMethods("/cgi-bin/koha/ilsdi.pl", ["GET", "POST"], HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(HttpContext context, SystemCatalogue catalogue, SimulatorStats stats, IOptions<KohaSimulatorOptions> options)
    {
        var settings = options.Value.IlsDi;
        if (!settings.Enabled)
        {
            return Results.Redirect("/cgi-bin/koha/errors/404.pl");
        }

        var remote = context.Connection.RemoteIpAddress?.ToString();
        if (settings.AuthorizedIps.Count > 0 && (remote is null || !settings.AuthorizedIps.Contains(remote)))
        {
            return Results.Redirect("/cgi-bin/koha/errors/403.pl");
        }

        var parameters = await CgiParameters.ReadAsync(context.Request);
        var service = parameters.GetValueOrDefault("service").ToString();
        if (!Services.TryGetValue(service, out var spec))
        {
            return Results.Content(Documentation(), "text/html", Encoding.UTF8);
        }

        if (service != "GetAvailability")
        {
            stats.Call(RouteKinds.IlsDiPatron);
        }

        if (ParameterError(parameters, spec) is { } message)
        {
            return Xml(Simple(service, ("message", message)));
        }

        if (service == "GetAvailability")
        {
            var ids = parameters["id"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var byItem = parameters["id_type"].ToString() == "item";
            return Xml(AvailabilityXml.Write(ids, byItem, catalogue.Current, catalogue.Libraries));
        }

        return Xml(PatronService(service, parameters));
    }

    /// <summary>Koha's checks: a missing required parameter, a parameter the service does not take, or a repeated one.</summary>
    private static string? ParameterError(IReadOnlyDictionary<string, StringValues> parameters, (string[] Required, string[] Optional) spec)
    {
        string? message = null;
        if (spec.Required.Any(r => !parameters.ContainsKey(r)))
        {
            message = "MissingParameter";
        }

        if (parameters.Keys.Any(k => k != "service" && !spec.Required.Contains(k) && !spec.Optional.Contains(k)))
        {
            message = "IllegalParameter";
        }

        if (spec.Required.Concat(spec.Optional).Any(k => parameters.TryGetValue(k, out var v) && v.Count > 1))
        {
            message = "MultipleValuesNotAllowed";
        }

        return message;
    }

    private static byte[] PatronService(string service, IReadOnlyDictionary<string, StringValues> parameters)
    {
        var patronId = int.TryParse(parameters.GetValueOrDefault("patron_id").ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
        return service switch
        {
            "LookupPatron" => Simple(service, ("id", "1")),
            "AuthenticatePatron" => Simple(service, ("id", "1")),
            "GetPatronInfo" when patronId > 0 => PatronInfo(FakePatrons.For(patronId)),
            "GetPatronStatus" when patronId > 0 => Simple(service, ("type", "STAFF"), ("status", "0"), ("expiry", "2099-12-31")),
            _ => Simple(service, ("code", "PatronNotFound")),
        };
    }

    private static byte[] PatronInfo(FakePatron patron) => Simple("GetPatronInfo",
        ("borrowernumber", patron.PatronId.ToString(CultureInfo.InvariantCulture)), ("cardnumber", patron.CardNumber),
        ("surname", FakePatrons.MarkerSurname), ("firstname", patron.Firstname), ("email", patron.Email),
        ("address", FakePatrons.MarkerSurname + " address"), ("categorycode", "STAFF"));

    /// <summary>XML::Simple output: a root named after the service, one element per key, no attributes.</summary>
    private static byte[] Simple(string root, params (string Name, string Value)[] elements)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(root);
            foreach (var (name, value) in elements)
            {
                xml.WriteElementString(name, value);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static IResult Xml(byte[] body) => Results.Bytes(body, "text/xml; charset=utf-8");

    private static string Documentation() =>
        "<!DOCTYPE html><html><head><title>ILS-DI documentation</title></head><body><h1>ILS-DI</h1><ul>"
        + string.Concat(Services.Keys.Select(s => "<li><a href=\"ilsdi.pl?service=Describe&amp;verb=" + s + "\">" + s + "</a></li>"))
        + "</ul></body></html>";
}
