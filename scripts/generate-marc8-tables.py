#!/usr/bin/env python3
"""Generates src/Gateway.Marc/Marc8/Marc8Tables.cs: the MARC-8 character sets, code point by code point.

The reference is the Library of Congress MARC-8 code tables. They are not copied from any source code: every code
point of every set is converted by Debian's yaz-iconv (package yaz, `apt-get install yaz`), one probe per code point,
each byte wrapped in the escape sequence that designates its set:

    x ESC ( F <byte 0x21-0x7E> ESC s y      (G0, or ESC F for the technique-2 sets b, p, g)
    x ESC ) F <byte 0xA1-0xFE> ESC ) E y    (G1, checked to agree with G0)

yaz writes "x U y" for a spacing character U, "x y U" for a combining one (MARC-8 puts combining marks before their
base; Unicode after), and "x y" for a code point the set does not define. The second halves of the two double
diacritics (ANSEL 0xEC, 0xFB) give nothing, which is checked with a probe of the pair. The C1 controls 0x80-0x9F are
probed without designation. See docs/decisions/0010-marc8-tables.md.

It also generates src/Gateway.Marc/Marc8/Eacc.bin, the EACC (CJK) set: three bytes a character, about 15,700 of the
94 x 95 x 95 codes (first byte 0x21-0x7E; second and third 0x20-0x7E, as the ideographic space is 0x212320). Each code
is probed on its own in G0 (x ESC $ 1 <3 bytes> ESC s y) and in G1 (x ESC $ ) 1 <3 bytes, high bit set> ESC ) E y),
which must agree. The probes go to the library behind yaz-iconv (libyaz.so.5, loaded with ctypes) rather than to the
yaz-iconv program: yaz-iconv reads its input in 1,024-byte chunks and, in a long input, drops EACC characters near
the chunk ends and after some undefined codes, and 1.7 million processes would take hours. See
docs/decisions/0012-eacc.md for the format and the checks against the Library of Congress table and yaz-iconv.

Usage (from the repository root):
    python3 scripts/generate-marc8-tables.py            # writes the C# file and Eacc.bin
    python3 scripts/generate-marc8-tables.py --check    # exits 1 when a committed file differs
"""
import ctypes
import os
import struct
import subprocess
import sys
import unicodedata

ESC = b"\x1b"

# The second halves of the ANSEL double diacritics. The Library of Congress tables give the first half the Unicode
# double diacritic (U+0361 ligature, U+0360 double tilde) written after the first letter, and the second half nothing.
SECOND_HALVES = {(b"E", 0xEC): (0xEB, "\u0361"), (b"E", 0xFB): (0xFA, "\u0360")}

OUTPUT = os.path.join("src", "Gateway.Marc", "Marc8", "Marc8Tables.cs")
EACC_OUTPUT = os.path.join("src", "Gateway.Marc", "Marc8", "Eacc.bin")

# (property name, description, final character, designation technique, home range shown in the comments)
# technique 1: ESC ( F designates G0, ESC ) F designates G1; technique 2: ESC F designates G0 only.
SETS = [
    ("BasicLatin", "Basic Latin (ASCII)", b"B", 1, 0x21),
    ("Ansel", "Extended Latin (ANSEL)", b"E", 1, 0xA1),
    ("BasicHebrew", "Basic Hebrew", b"2", 1, 0x21),
    ("BasicArabic", "Basic Arabic", b"3", 1, 0x21),
    ("ExtendedArabic", "Extended Arabic", b"4", 1, 0xA1),
    ("BasicCyrillic", "Basic Cyrillic", b"N", 1, 0x21),
    ("ExtendedCyrillic", "Extended Cyrillic", b"Q", 1, 0xA1),
    ("BasicGreek", "Basic Greek", b"S", 1, 0x21),
    ("Subscripts", "Subscripts", b"b", 2, 0x21),
    ("Superscripts", "Superscripts", b"p", 2, 0x21),
    ("GreekSymbols", "Greek symbols", b"g", 2, 0x21),
]


def yaz(data: bytes) -> str:
    result = subprocess.run(["yaz-iconv", "-f", "marc8", "-t", "utf8"], input=data, capture_output=True, check=False)
    text = result.stdout.decode("utf-8")
    if result.returncode != 0 or "invalid" in text:
        raise SystemExit(f"yaz-iconv failed on {data!r}: {text!r} {result.stderr!r}")
    return text


def classify(data: bytes, what: str):
    """(character, combining) for the probe output 'x U y' / 'x y U', or None for 'x y'."""
    out = yaz(data)
    if out == "xy":
        return None
    if len(out) == 3 and out[0] == "x" and out[2] == "y":
        return out[1], False
    if len(out) == 3 and out[:2] == "xy":
        return out[2], True
    raise SystemExit(f"{what}: unexpected yaz output {out!r} (more than one character?)")


def probe(final: bytes, technique: int, byte: int):
    g0_designation = ESC + final if technique == 2 else ESC + b"(" + final
    g0 = classify(b"x" + g0_designation + bytes([byte]) + ESC + b"s" + b"y", f"{final!r} G0 0x{byte:02X}")
    if technique == 1:
        g1 = classify(b"x" + ESC + b")" + final + bytes([byte | 0x80]) + ESC + b")E" + b"y", f"{final!r} G1 0x{byte | 0x80:02X}")
        if g1 != g0:
            raise SystemExit(f"{final!r} 0x{byte:02X}: G0 gives {g0!r}, G1 gives {g1!r}")
    return g0


CONTROL_NAMES = {0x98: "START OF STRING: MARC-8 non-sort begin", 0x9C: "STRING TERMINATOR: MARC-8 non-sort end"}


def name(char: str) -> str:
    return unicodedata.name(char, CONTROL_NAMES.get(ord(char), f"U+{ord(char):04X}"))


def version() -> str:
    result = subprocess.run(["yaz-marcdump", "-V"], capture_output=True, text=True, check=False)
    first = (result.stdout or result.stderr).strip().splitlines()
    return first[0].split(" ")[2] if first and first[0].startswith("YAZ version:") else "unknown version"


def second_half(first: int, second: int, expected: str) -> bool:
    """True when yaz turns 'first a second b' into 'a U b': the second half of a double diacritic, which gives nothing."""
    return yaz(b"x" + bytes([first]) + b"a" + bytes([second]) + b"by") == "xa" + expected + "by"


def generate() -> str:
    lines = [
        "// <auto-generated>",
        "// Generated by scripts/generate-marc8-tables.py from the output of yaz-iconv -f marc8 -t utf8",
        f"// ({version()}, Debian package yaz), one probe per code point. Do not edit by hand.",
        "// Regenerate (from the repository root, with yaz installed): python3 scripts/generate-marc8-tables.py",
        "// Reference: the Library of Congress MARC-8 code tables; see docs/decisions/0010-marc8-tables.md.",
        "// </auto-generated>",
        "#nullable enable",
        "",
        "namespace Gateway.Marc.Marc8;",
        "",
        "/// <summary>The single-byte MARC-8 graphic character sets (generated; see the header).</summary>",
        "internal static class Marc8Tables",
        "{",
    ]
    for prop, description, final, technique, home in SETS:
        designation = f"ESC {final.decode()}" if technique == 2 else f"ESC ( {final.decode()} or ESC ) {final.decode()}"
        lines.append(f"    /// <summary>{description}: final character '{final.decode()}' ({designation}).</summary>")
        lines.append(f"    public static Marc8CharacterSet {prop} {{ get; }} = new(\"{description}\", [")
        count = 0
        for byte in range(0x21, 0x7F):
            result = probe(final, technique, byte)
            code = byte if home == 0x21 else byte | 0x80
            if result is None:
                pair = SECOND_HALVES.get((final, code))
                if pair is not None and second_half(pair[0], code, pair[1]):
                    lines.append(f"        new(0x{code:02X}, '\\0', SecondHalf: true), // second half of 0x{pair[0]:02X} ({name(pair[1])}): gives nothing")
                    count += 1
                continue
            char, combining = result
            if ord(char) > 0xFFFF:
                raise SystemExit(f"{description} 0x{byte:02X}: U+{ord(char):X} is outside the BMP")
            flag = ", Combining: true" if combining else ""
            lines.append(f"        new(0x{code:02X}, '\\u{ord(char):04X}'{flag}), // {name(char)}")
            count += 1
        lines.append("    ]);")
        lines.append("")
        print(f"{description}: {count} code points", file=sys.stderr)
    lines.append("    /// <summary>The C1 control characters MARC-8 defines (0x80-0x9F, whatever the designations).</summary>")
    lines.append("    public static Marc8CharacterSet Controls { get; } = new(\"C1 controls\", [")
    for byte in range(0x80, 0xA0):
        out = yaz(b"x" + bytes([byte]) + b"y")
        if out == "xy":
            continue
        if len(out) != 3:
            raise SystemExit(f"C1 0x{byte:02X}: unexpected yaz output {out!r}")
        lines.append(f"        new(0x{byte:02X}, '\\u{ord(out[1]):04X}'), // {name(out[1])}")
    lines.append("    ]);")
    lines.append("}")
    return "\n".join(lines) + "\n"


class YazLibrary:
    """yaz_iconv from libyaz.so.5 (the library yaz-iconv wraps), one fresh converter per probe."""

    def __init__(self):
        try:
            lib = ctypes.CDLL("libyaz.so.5")
        except OSError as error:
            raise SystemExit(f"libyaz.so.5 not found ({error}): apt-get install yaz")
        lib.yaz_iconv_open.restype = ctypes.c_void_p
        lib.yaz_iconv_open.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        lib.yaz_iconv.restype = ctypes.c_size_t
        size_p = ctypes.POINTER(ctypes.c_size_t)
        char_pp = ctypes.POINTER(ctypes.c_char_p)
        lib.yaz_iconv.argtypes = [ctypes.c_void_p, char_pp, size_p, char_pp, size_p]
        lib.yaz_iconv_close.argtypes = [ctypes.c_void_p]
        self._lib = lib
        self._out = ctypes.create_string_buffer(256)

    def convert(self, data: bytes) -> str:
        lib = self._lib
        cd = lib.yaz_iconv_open(b"UTF-8", b"MARC8")
        if not cd:
            raise SystemExit("yaz_iconv_open(UTF-8, MARC8) failed")
        try:
            source = ctypes.c_char_p(data)
            left = ctypes.c_size_t(len(data))
            target = ctypes.cast(self._out, ctypes.c_char_p)
            room = ctypes.c_size_t(len(self._out))
            if lib.yaz_iconv(cd, ctypes.byref(source), ctypes.byref(left), ctypes.byref(target), ctypes.byref(room)) == ctypes.c_size_t(-1).value:
                raise SystemExit(f"yaz_iconv failed on {data!r}")
            lib.yaz_iconv(cd, None, None, ctypes.byref(target), ctypes.byref(room))  # flush
            return self._out.raw[: len(self._out) - room.value].decode("utf-8")
        finally:
            lib.yaz_iconv_close(cd)


def eacc_probe(yaz_lib: YazLibrary, code: bytes, g1: bool):
    """The character yaz gives the EACC code, or None. An undefined code gives "xy"; one holding 0x20 may also give
    its spaces back ("x y"), which is undefined too."""
    if g1:
        data = b"x" + ESC + b"$)1" + bytes(b | 0x80 for b in code) + ESC + b")Ey"
    else:
        data = b"x" + ESC + b"$1" + code + ESC + b"sy"
    out = yaz_lib.convert(data)
    if out[:1] != "x" or out[-1:] != "y":
        raise SystemExit(f"EACC 0x{code.hex().upper()}: unexpected yaz output {out!r}")
    inner = out[1:-1]
    if inner.strip(" ") == "":
        return None
    if len(inner) != 1 or ord(inner) < 0x80 or unicodedata.combining(inner):
        raise SystemExit(f"EACC 0x{code.hex().upper()}: unexpected yaz output {out!r} (not one non-ASCII spacing character)")
    return inner


def generate_eacc() -> bytes:
    """Eacc.bin: "EACC", the entry count (uint32, little-endian), then per entry, sorted by code, the three MARC-8
    bytes (G0 form) and the Unicode scalar value (three bytes, big-endian)."""
    yaz_lib = YazLibrary()
    entries = []
    for first in range(0x21, 0x7F):
        for second in range(0x20, 0x7F):
            for third in range(0x20, 0x7F):
                code = bytes([first, second, third])
                g0 = eacc_probe(yaz_lib, code, False)
                g1 = eacc_probe(yaz_lib, code, True)
                if g0 != g1:
                    raise SystemExit(f"EACC 0x{code.hex().upper()}: G0 gives {g0!r}, G1 gives {g1!r}")
                if g0 is not None:
                    entries.append((code, ord(g0)))
    print(f"EACC: {len(entries)} code points", file=sys.stderr)
    data = bytearray(b"EACC" + struct.pack("<I", len(entries)))
    for code, scalar in entries:
        data += code + scalar.to_bytes(3, "big")
    return bytes(data)


def write_or_check(root: str, relative: str, content: bytes, check: bool) -> bool:
    path = os.path.join(root, relative)
    if check:
        with open(path, "rb") as existing:
            if existing.read() != content:
                print(f"{relative} is out of date: run python3 scripts/generate-marc8-tables.py", file=sys.stderr)
                return False
        return True
    with open(path, "wb") as out:
        out.write(content)
    print(f"wrote {relative}", file=sys.stderr)
    return True


def main() -> int:
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
    check = "--check" in sys.argv[1:]
    tables = write_or_check(root, OUTPUT, generate().encode("utf-8"), check)
    eacc = write_or_check(root, EACC_OUTPUT, generate_eacc(), check)
    return 0 if tables and eacc else 1


if __name__ == "__main__":
    sys.exit(main())
