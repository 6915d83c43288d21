using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using NJsonSchema;

namespace Gateway.Contracts.Tests;

/// <summary>Each message's JSON Schema and its C# record describe the same thing.</summary>
public sealed class SchemaAgreementTests
{
    private static readonly JsonSerializerOptions Wire = new(JsonSerializerDefaults.Web);

    public static TheoryData<Type> Messages =>
    [
        typeof(BibliographicRecordChanged), typeof(BibliographicRecordsChanged), typeof(BibliographicRecordDeleted),
        typeof(ItemAvailabilityChanged), typeof(HoldingsChanged), typeof(HoldingsRemoved), typeof(ItemsChanged),
    ];

    [Theory]
    [MemberData(nameof(Messages))]
    public async Task Schema_lists_exactly_the_record_properties(Type message)
    {
        var schema = await LoadAsync(message);
        Assert.Equal(WireNames(message).Order(), schema.Properties.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public async Task Schema_requires_exactly_the_required_members(Type message)
    {
        var schema = await LoadAsync(message);
        Assert.Equal(WireNames(message, requiredOnly: true).Order(), schema.RequiredProperties.Order());
    }

    [Fact]
    public async Task Nested_description_schema_matches_its_record()
    {
        var schema = (await LoadAsync(typeof(BibliographicRecordChanged))).Definitions["BibliographicDescription"];
        Assert.Equal(WireNames(typeof(BibliographicDescription)).Order(), schema.Properties.Keys.Order());
        Assert.Equal(WireNames(typeof(BibliographicDescription), requiredOnly: true).Order(), schema.RequiredProperties.Order());
    }

    [Fact]
    public async Task Nested_holding_item_schema_matches_its_record()
    {
        var schema = (await LoadAsync(typeof(HoldingsChanged))).Definitions["HoldingItem"];
        Assert.Equal(WireNames(typeof(HoldingItem)).Order(), schema.Properties.Keys.Order());
        Assert.Equal(WireNames(typeof(HoldingItem), requiredOnly: true).Order(), schema.RequiredProperties.Order());
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public async Task A_serialized_message_validates_against_its_schema(Type message)
    {
        var schema = await LoadAsync(message);
        var json = JsonSerializer.Serialize(SampleMessages.For(message), message, Wire);
        Assert.Empty(schema.Validate(json));
    }

    [Fact]
    public async Task A_page_entry_is_checked_against_the_single_record_schema()
    {
        var schema = await LoadAsync(typeof(BibliographicRecordsChanged));
        var entry = schema.Properties["records"].Item!.ActualSchema;
        Assert.Equal(WireNames(typeof(BibliographicRecordChanged)).Order(), entry.Properties.Keys.Order());

        var page = (BibliographicRecordsChanged)SampleMessages.For(typeof(BibliographicRecordsChanged));
        var json = JsonSerializer.SerializeToNode(page, Wire)!;
        json["records"]![1]!.AsObject().Remove("vendorRecordId");
        var error = Assert.Single(schema.Validate(json.ToJsonString()));
        var child = Assert.IsType<NJsonSchema.Validation.ChildSchemaValidationError>(error);
        Assert.Equal("#/records[1]", child.Path);
        Assert.Contains(child.Errors.SelectMany(e => e.Value), e => e.Property == "vendorRecordId");
    }

    [Fact]
    public async Task An_item_run_entry_is_checked_against_the_single_message_schemas()
    {
        var schema = await LoadAsync(typeof(ItemsChanged));
        var entry = schema.Definitions["ItemChange"];
        Assert.Equal(WireNames(typeof(ItemChange)).Order(), entry.Properties.Keys.Order());

        var run = (ItemsChanged)SampleMessages.For(typeof(ItemsChanged));
        var json = JsonSerializer.SerializeToNode(run, Wire)!;
        json["changes"]![1]!["availability"]!.AsObject().Remove("vendorItemId");
        Assert.NotEmpty(schema.Validate(json.ToJsonString()));
    }

    [Fact]
    public async Task An_empty_page_does_not_validate()
    {
        var schema = await LoadAsync(typeof(BibliographicRecordsChanged));
        var page = (BibliographicRecordsChanged)SampleMessages.For(typeof(BibliographicRecordsChanged)) with { Records = [] };
        Assert.NotEmpty(schema.Validate(JsonSerializer.Serialize(page, Wire)));
    }

    [Fact]
    public async Task A_message_missing_a_required_property_does_not_validate()
    {
        var schema = await LoadAsync(typeof(ItemAvailabilityChanged));
        var errors = schema.Validate("""{"systemId":"koha-east","vendorRecordId":"1","libraryCode":"ADD","status":"available"}""");
        Assert.Contains(errors, e => e.Property == "vendorItemId");
    }

    [Fact]
    public async Task An_undocumented_status_does_not_validate()
    {
        var schema = await LoadAsync(typeof(ItemAvailabilityChanged));
        var sample = (ItemAvailabilityChanged)SampleMessages.For(typeof(ItemAvailabilityChanged)) with { Status = "maybe" };
        Assert.NotEmpty(schema.Validate(JsonSerializer.Serialize(sample, Wire)));
    }

    [Fact]
    public async Task Status_enum_in_schema_matches_ItemStatuses()
    {
        var schema = await LoadAsync(typeof(ItemAvailabilityChanged));
        Assert.Equal(ItemStatuses.All.Order(), schema.Properties["status"].Enumeration.Cast<string>().Order());
    }

    private static Task<JsonSchema> LoadAsync(Type message) =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "schemas", $"{message.Name}.schema.json"));

    private static IEnumerable<string> WireNames(Type type, bool requiredOnly = false) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract")
            .Where(p => !requiredOnly || p.GetCustomAttribute<RequiredMemberAttribute>() is not null)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));
}
