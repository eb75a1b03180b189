"""Regenerate the shipped Inter fonts: subset, convert to TrueType, copy the licence.

The game ships two small fonts, ``assets/fonts/Inter-Regular.ttf`` and
``assets/fonts/Inter-Bold.ttf``, because on the web only pygame's bundled default
font is guaranteed. They are cut from Debian's ``fonts-inter`` package down to Basic
Latin, Latin-1 and the symbols the interface draws, and their CFF outlines are
converted to quadratic TrueType outlines so the files really are ``.ttf``.

Inter has no U+25B8 (small right-pointing triangle); the subset maps it to Inter's
pointer glyph (U+25BA) so "▸" still renders.

Usage (needs ``apt-get install fonts-inter`` and fontTools)::

    python tools/subset_fonts.py                # writes assets/fonts/
    python tools/subset_fonts.py --out-dir /tmp/fonts --check
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE_DIR = Path("/usr/share/fonts/opentype/inter")
DEFAULT_COPYRIGHT_FILE = Path("/usr/share/doc/fonts-inter/copyright")
DEFAULT_OUT_DIR = REPO_ROOT / "assets" / "fonts"
LICENCE_FILE_NAME = "OFL-Inter.txt"

# (source file in the Debian package, file written into assets/fonts)
FONT_FILES: tuple[tuple[str, str], ...] = (
    ("Inter-Regular.otf", "Inter-Regular.ttf"),
    ("Inter-Bold.otf", "Inter-Bold.ttf"),
)

BASIC_LATIN = range(0x20, 0x7F)
LATIN_1_SUPPLEMENT = range(0xA0, 0x100)
UI_SYMBOLS = "¥€£–—…•·↑↓→←▲▼►▶✓✗★●■◆▸“”‘’°±×%□○◇▪⚠♥−△"
# Code points missing from Inter, drawn with a stand-in glyph: {missing: stand-in}.
GLYPH_ALIASES: dict[int, int] = {0x25B8: 0x25BA}  # ▸ small triangle -> ► pointer

MAX_FONT_FILE_BYTES = 100 * 1024  # each shipped font must stay well under this
CU2QU_MAX_ERROR_UNITS = 1.0  # font units; cubic -> quadratic approximation tolerance
POST_TABLE_FORMAT = 2.0  # keeps glyph names, handy when inspecting the files


def wanted_code_points() -> list[int]:
    """Every code point the shipped fonts must map, aliases included."""
    points = set(BASIC_LATIN) | set(LATIN_1_SUPPLEMENT) | {ord(ch) for ch in UI_SYMBOLS}
    points |= set(GLYPH_ALIASES.values())
    return sorted(points)


def subset_font(font: TTFont, code_points: Iterable[int]) -> list[int]:
    """Cut ``font`` down to ``code_points``; return the ones the font does not have."""
    cmap = font.getBestCmap()
    wanted = list(code_points)
    present = [cp for cp in wanted if cp in cmap]
    options = subset.Options()
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # keep copyright and licence fields
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=present)
    subsetter.subset(font)
    return [cp for cp in wanted if cp not in cmap]


def add_aliases(font: TTFont, aliases: dict[int, int]) -> None:
    """Map each missing code point to the glyph of its stand-in in every Unicode cmap."""
    for table in font["cmap"].tables:
        if not table.isUnicode():
            continue
        for missing, stand_in in aliases.items():
            if stand_in in table.cmap and missing not in table.cmap:
                table.cmap[missing] = table.cmap[stand_in]


def convert_cff_to_truetype(font: TTFont) -> None:
    """Replace the CFF outlines with quadratic ``glyf`` outlines, in place."""
    if "CFF " not in font:
        return
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    quadratic_glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, CU2QU_MAX_ERROR_UNITS, reverse_direction=True))
        quadratic_glyphs[name] = tt_pen.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = quadratic_glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)

    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)

    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = max(
        (len(getattr(glyph, "components", ())) for glyph in glyf.glyphs.values()), default=0
    )
    maxp.compile(font)

    post = font["post"]
    post.formatType = POST_TABLE_FORMAT
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = None
    font.sfntVersion = "\x00\x01\x00\x00"


def build_font(source: Path, destination: Path) -> list[int]:
    """Write the subset TrueType font; return requested code points the source lacks."""
    font = TTFont(source, recalcTimestamp=False)  # same bytes on every run
    missing = subset_font(font, wanted_code_points())
    add_aliases(font, GLYPH_ALIASES)
    convert_cff_to_truetype(font)
    destination.parent.mkdir(parents=True, exist_ok=True)
    font.save(destination)
    return [cp for cp in missing if cp not in GLYPH_ALIASES]


def extract_ofl_text(copyright_file: Path) -> str:
    """The OFL-1.1 text and copyright line from a Debian machine-readable copyright file."""
    lines = copyright_file.read_text(encoding="utf-8").splitlines()
    copyright_line = next(
        (line.split(":", 1)[1].strip() for line in lines if line.startswith("Copyright:")), ""
    )
    try:
        start = lines.index("License: OFL-1.1") + 1
    except ValueError as error:
        raise SystemExit(f"{copyright_file}: no 'License: OFL-1.1' stanza") from error
    body: list[str] = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        text = line[1:]
        body.append("" if text == "." else text)
    header = [
        f"Copyright (c) {copyright_line}",
        "",
        "The fonts Inter-Regular.ttf and Inter-Bold.ttf in this folder are subsets of Inter",
        "(https://github.com/rsms/inter), taken from Debian's fonts-inter package and",
        "regenerated with tools/subset_fonts.py. They are licensed under the SIL Open Font",
        "License, Version 1.1, copied below from that package's copyright file.",
        "",
        "SIL OPEN FONT LICENSE Version 1.1",
        "",
    ]
    return "\n".join(header + body).rstrip() + "\n"


def check_font(path: Path) -> list[str]:
    """Problems with a shipped font: size over budget or a wanted code point unmapped."""
    problems = []
    size = path.stat().st_size
    if size >= MAX_FONT_FILE_BYTES:
        problems.append(f"{path.name}: {size} bytes, budget is {MAX_FONT_FILE_BYTES}")
    cmap = TTFont(path).getBestCmap()
    absent = [cp for cp in wanted_code_points() + list(GLYPH_ALIASES) if cp not in cmap]
    if absent:
        listed = " ".join(f"U+{cp:04X}" for cp in absent)
        problems.append(f"{path.name}: unmapped {listed}")
    return problems


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", type=Path, default=DEFAULT_SOURCE_DIR,
                        help="folder with Debian's Inter .otf files (default: %(default)s)")
    parser.add_argument("--copyright-file", type=Path, default=DEFAULT_COPYRIGHT_FILE,
                        help="Debian copyright file holding the OFL text (default: %(default)s)")
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR,
                        help="where to write the fonts and licence (default: %(default)s)")
    parser.add_argument("--check", action="store_true",
                        help="only check the fonts already in --out-dir")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.check:
        for source_name, out_name in FONT_FILES:
            missing = build_font(args.source_dir / source_name, args.out_dir / out_name)
            if missing:
                listed = " ".join(f"U+{cp:04X}" for cp in missing)
                print(f"{source_name}: not in the font, left out: {listed}", file=sys.stderr)
        licence = extract_ofl_text(args.copyright_file)
        (args.out_dir / LICENCE_FILE_NAME).write_text(licence, encoding="utf-8")
    problems = [p for _, out_name in FONT_FILES for p in check_font(args.out_dir / out_name)]
    for problem in problems:
        print(problem, file=sys.stderr)
    for _, out_name in FONT_FILES:
        path = args.out_dir / out_name
        print(f"{path}: {path.stat().st_size} bytes")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
