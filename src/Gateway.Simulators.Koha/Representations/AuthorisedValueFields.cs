using Gateway.Simulators.Data.Libraries;
using Gateway.Simulators.Koha.Query;

namespace Gateway.Simulators.Koha.Representations;

/// <summary>The authorised value object (definitions/authorised_value.yaml); ids are positions in the category.</summary>
internal static class AuthorisedValueFields
{
    public static FieldMap<AuthorisedValue> For(IReadOnlyList<AuthorisedValue> values) => new("authorised value", "authorised_value_id",
    [
        new("authorised_value_id", FieldKind.Integer, v => Id(values, v)),
        new("category_name", FieldKind.String, v => v.Category),
        new("value", FieldKind.String, v => v.Value),
        new("description", FieldKind.String, v => v.Description),
        new("opac_description", FieldKind.String, v => v.Description),
        new("image_url", FieldKind.String, _ => null),
    ]);

    private static int Id(IReadOnlyList<AuthorisedValue> values, AuthorisedValue value)
    {
        var offset = ShelvingCodes.Categories.ToList().IndexOf(value.Category);
        return ((offset + 1) * 100) + values.ToList().IndexOf(value) + 1;
    }
}
