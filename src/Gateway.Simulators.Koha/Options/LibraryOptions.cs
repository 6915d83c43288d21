using System.ComponentModel.DataAnnotations;

namespace Gateway.Simulators.Koha.Options;

/// <summary>A library (Koha branch) overriding the built-in table.</summary>
internal sealed class LibraryOptions
{
    [Required, StringLength(10, MinimumLength = 1)]
    public string Code { get; set; } = "";

    [Required]
    public string Name { get; set; } = "";

    public string Town { get; set; } = "England";
}
