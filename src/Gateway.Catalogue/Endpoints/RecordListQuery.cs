using System.Globalization;
using Gateway.Catalogue.Options;
using Gateway.Systems;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Catalogue.Endpoints;

/// <summary>The validated query of <c>GET /api/v1/records</c>; <see cref="Problem"/> says what is wrong, if anything.</summary>
internal sealed record RecordListQuery(string? System, long AfterId, int Limit, ProblemDetails? Problem)
{
    public static RecordListQuery Parse(
        string? system, string? cursor, string? limit, ISystemsRegistry registry, CatalogueOptions options)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);

        var pageSize = options.DefaultPageSize;
        if (limit is not null
            && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > options.MaxPageSize))
        {
            errors["limit"] = [$"limit must be a whole number from 1 to {options.MaxPageSize} (was '{limit}')."];
        }

        long afterId = 0;
        if (cursor is not null && !Cursor.TryDecode(cursor, out afterId))
        {
            errors["cursor"] = ["cursor is not one this API issued: pass the nextCursor of a previous page unchanged."];
        }

        if (system is not null && registry.Find(system) is null)
        {
            errors["system"] = [$"No regional system '{system}'. GET /api/v1/systems lists them."];
        }

        var problem = errors.Count == 0 ? null : Problems.Validation(errors);
        return new RecordListQuery(system, afterId, pageSize, problem);
    }
}
