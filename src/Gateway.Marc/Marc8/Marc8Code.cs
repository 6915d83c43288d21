namespace Gateway.Marc.Marc8;

/// <summary>One code point of a MARC-8 character set, as listed in <see cref="Marc8Tables"/>.</summary>
/// <param name="Code">The byte, in the set's usual range (0x21-0x7E, or 0xA1-0xFE for sets usually designated as G1).</param>
/// <param name="Char">The Unicode character.</param>
/// <param name="Combining">A combining mark: MARC-8 writes it before its base character, Unicode after.</param>
/// <param name="SecondHalf">The second half of a double diacritic: gives nothing, as the first half gave the whole mark.</param>
internal readonly record struct Marc8Code(int Code, char Char, bool Combining = false, bool SecondHalf = false);
