"""Regenerate the shipped fonts: Inter for Latin text, Noto Sans CJK SC for Chinese.

The game ships small fonts because on the web only pygame's bundled default font is
guaranteed:

- ``assets/fonts/Inter-Regular.ttf`` and ``assets/fonts/Inter-Bold.ttf`` are cut from
  Debian's ``fonts-inter`` package down to Basic Latin, Latin-1, the few letters and
  spaces French needs beyond them (œ, Œ, U+202F) and the symbols the interface draws,
  and their CFF outlines are converted to quadratic TrueType outlines so the files
  really are ``.ttf``. Inter has no U+25B8 (small right-pointing triangle); the
  subset maps it to Inter's pointer glyph (U+25BA) so "▸" still renders.
- ``assets/fonts/NotoSansSC-Subset.otf`` is cut from the Simplified Chinese face of
  Debian's ``fonts-noto-cjk`` collection (``NotoSansCJK-Regular.ttc``) down to exactly the
  characters of the Chinese string tables, ASCII, the interface symbols and the non-ASCII
  characters in the scenes' source. It stays a CFF ``.otf`` (smaller than TrueType for
  ideographs; pygame loads it) with one weight: the game emboldens it for headings.
  Layout and vertical-writing tables are dropped (pygame does not use them). Noto CJK
  has no U+2717, U+25BA or U+25B8; they are mapped to "×" and "▶".

Rerun it whenever the Chinese tables change: ``--check`` fails if they use a character
the shipped Chinese font lacks.

Usage (needs ``apt-get install fonts-inter fonts-noto-cjk`` and fontTools)::

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
from fontTools.ttLib import TTCollection, TTFont, newTable

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))  # run as a script: make ``tools`` importable

from tools.shown_characters import (  # noqa: E402
    SHOWN_SOURCE_PATHS,
    STRINGS_DIR,
    data_file_characters,
    source_literal_characters,
    string_table_characters,
)

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
# Latin letters and spaces beyond Latin-1 that a Latin-script table uses: French writes
# œ/Œ (cœur, sœur) and a narrow no-break space (U+202F) in numbers and before ; : ! ?
LATIN_EXTRAS = "œŒ\u202f"
# Code points missing from Inter, drawn with a stand-in glyph: {missing: stand-in}.
GLYPH_ALIASES: dict[int, int] = {0x25B8: 0x25BA}  # ▸ small triangle -> ► pointer

MAX_FONT_FILE_BYTES = 100 * 1024  # each shipped Inter font must stay well under this
CU2QU_MAX_ERROR_UNITS = 1.0  # font units; cubic -> quadratic approximation tolerance
POST_TABLE_FORMAT = 2.0  # keeps glyph names, handy when inspecting the files


# -- Chinese: Noto Sans CJK SC, one weight, only the characters the game shows -------------

DEFAULT_CJK_SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
DEFAULT_CJK_COPYRIGHT_FILE = Path("/usr/share/doc/fonts-noto-cjk/copyright")
CJK_FACE_NAME = "Noto Sans CJK SC"  # the face taken from the collection
CJK_FONT_FILE_NAME = "NotoSansSC-Subset.otf"
CJK_LICENCE_FILE_NAME = "OFL-NotoSansCJK.txt"
CJK_LANGUAGES = ("zh",)  # string-table folders drawn with the Chinese font
ASCII_PRINTABLE = range(0x20, 0x7F)
CJK_GLYPH_ALIASES: dict[int, int] = {
    0x2717: 0x00D7,  # ✗ ballot x -> × multiplication sign
    0x25BA: 0x25B6,  # ► pointer -> ▶ triangle
    0x25B8: 0x25B6,  # ▸ small triangle -> ▶ triangle
}
CJK_DROPPED_TABLES = ("BASE", "GDEF", "GPOS", "GSUB", "VORG", "vhea", "vmtx")
MAX_CJK_FONT_FILE_BYTES = 400 * 1024  # the Chinese subset's budget (the web package is 1 MB)


def wanted_code_points() -> list[int]:
    """Every code point the shipped fonts must map, aliases included."""
    points = set(BASIC_LATIN) | set(LATIN_1_SUPPLEMENT)
    points |= {ord(ch) for ch in UI_SYMBOLS + LATIN_EXTRAS}
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


def cjk_code_points(strings_dir: Path = STRINGS_DIR,
                    source_paths: Iterable[Path] = SHOWN_SOURCE_PATHS) -> list[int]:
    """Every code point the Chinese font must map: the Chinese tables' characters, the
    data files' (evidence sources), ASCII, the interface symbols and what the scenes'
    code writes itself."""
    characters = string_table_characters(strings_dir, CJK_LANGUAGES)
    characters |= data_file_characters(strings_dir.parent)
    characters |= source_literal_characters(source_paths) | set(UI_SYMBOLS)
    points = {ord(c) for c in characters if c not in "\n\t"} | set(ASCII_PRINTABLE)
    return sorted(points)


def load_face(collection: Path, face_name: str) -> TTFont:
    """The face called ``face_name`` from a font collection (.ttc) or a single font file."""
    if collection.suffix.lower() != ".ttc":
        return TTFont(collection, recalcTimestamp=False)
    faces = TTCollection(collection, lazy=True).fonts
    for index, face in enumerate(faces):
        if face["name"].getDebugName(4) == face_name:
            return TTFont(collection, fontNumber=index, recalcTimestamp=False)
    raise SystemExit(f"{collection}: no face named {face_name!r}")


def build_cjk_font(source: Path, destination: Path, code_points: list[int]) -> list[int]:
    """Write the Chinese subset (CFF outlines kept); return code points the source lacks."""
    font = load_face(source, CJK_FACE_NAME)
    cmap = font.getBestCmap()
    wanted = [cp for cp in code_points if cp not in CJK_GLYPH_ALIASES or cp in cmap]
    options = subset.Options()
    options.hinting = False
    options.desubroutinize = False  # shared subroutines keep ideographs small
    options.layout_features = []
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 13, 14]  # keep copyright, trademark, licence
    options.notdef_outline = True
    options.drop_tables += list(CJK_DROPPED_TABLES)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[cp for cp in wanted if cp in cmap]
                       + [cp for cp in CJK_GLYPH_ALIASES.values() if cp in cmap])
    subsetter.subset(font)
    add_aliases(font, CJK_GLYPH_ALIASES)
    destination.parent.mkdir(parents=True, exist_ok=True)
    font.save(destination)
    return [cp for cp in wanted if cp not in cmap]


def cjk_copyright_line(source: Path) -> str:
    """The copyright notice inside the Chinese face itself (name ID 0)."""
    notice = load_face(source, CJK_FACE_NAME)["name"].getDebugName(0) or ""
    return notice if notice.startswith("Copyright") else f"Copyright {notice}"


def check_cjk_font(path: Path, code_points: list[int]) -> list[str]:
    """Problems with the Chinese font: missing, over budget, or a shown character unmapped."""
    if not path.is_file():
        return [f"{path.name}: missing (run tools/subset_fonts.py)"]
    problems = []
    size = path.stat().st_size
    if size >= MAX_CJK_FONT_FILE_BYTES:
        problems.append(f"{path.name}: {size} bytes, budget is {MAX_CJK_FONT_FILE_BYTES}")
    cmap = TTFont(path).getBestCmap()
    absent = [cp for cp in code_points if cp not in cmap]
    if absent:
        listed = " ".join(f"U+{cp:04X} {chr(cp)}" for cp in absent)
        problems.append(f"{path.name}: unmapped {listed}")
    return problems


INTER_LICENCE_HEADER = (
    "The fonts Inter-Regular.ttf and Inter-Bold.ttf in this folder are subsets of Inter",
    "(https://github.com/rsms/inter), taken from Debian's fonts-inter package and",
    "regenerated with tools/subset_fonts.py. They are licensed under the SIL Open Font",
    "License, Version 1.1, copied below from that package's copyright file.",
)
CJK_LICENCE_HEADER = (
    f"The font {CJK_FONT_FILE_NAME} in this folder is a subset of Noto Sans CJK SC Regular",
    "(https://github.com/notofonts/noto-cjk), taken from Debian's fonts-noto-cjk package",
    "and regenerated with tools/subset_fonts.py: it keeps only the characters the game's",
    "Chinese text uses, ASCII and the interface symbols. It is licensed under the SIL Open",
    "Font License, Version 1.1, copied below from that package's copyright file.",
)


def extract_ofl_text(copyright_file: Path, header: Iterable[str] = INTER_LICENCE_HEADER,
                     stanza: str = "OFL-1.1", copyright_line: str | None = None) -> str:
    """The OFL-1.1 text and copyright line from a Debian machine-readable copyright file.

    ``stanza`` is the licence's short name in that file; ``copyright_line`` replaces the
    file's first ``Copyright:`` field (e.g. with the font's own notice)."""
    lines = copyright_file.read_text(encoding="utf-8").splitlines()
    if copyright_line is None:
        copyright_line = "Copyright (c) " + next(
            (line.split(":", 1)[1].strip() for line in lines if line.startswith("Copyright:")),
            "")
    starts = [index + 1 for index, line in enumerate(lines[:-1])
              if line == f"License: {stanza}" and lines[index + 1].startswith(" ")]
    if not starts:  # a "License:" field in a Files paragraph has no text under it
        raise SystemExit(f"{copyright_file}: no 'License: {stanza}' stanza with its text")
    start = starts[0]
    body: list[str] = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        text = line[1:]
        body.append("" if text == "." else text)
    while body and (not body[0].strip() or set(body[0].strip()) == {"-"}
                    or body[0].strip().startswith("SIL OPEN FONT LICENSE")):
        body.pop(0)  # the licence's own title block; the header below names it once
    lines_out = [copyright_line, "", *header, "", "SIL OPEN FONT LICENSE Version 1.1", ""]
    return "\n".join(lines_out + body).rstrip() + "\n"


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
    parser.add_argument("--cjk-source", type=Path, default=DEFAULT_CJK_SOURCE,
                        help="Debian's Noto Sans CJK collection (default: %(default)s)")
    parser.add_argument("--cjk-copyright-file", type=Path, default=DEFAULT_CJK_COPYRIGHT_FILE,
                        help="its Debian copyright file (default: %(default)s)")
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR,
                        help="where to write the fonts and licence (default: %(default)s)")
    parser.add_argument("--check", action="store_true",
                        help="only check the fonts already in --out-dir")
    return parser.parse_args(argv)


def write_inter(args: argparse.Namespace) -> None:
    """Subset both Inter weights and copy their licence into ``args.out_dir``."""
    for source_name, out_name in FONT_FILES:
        missing = build_font(args.source_dir / source_name, args.out_dir / out_name)
        if missing:
            listed = " ".join(f"U+{cp:04X}" for cp in missing)
            print(f"{source_name}: not in the font, left out: {listed}", file=sys.stderr)
    licence = extract_ofl_text(args.copyright_file)
    (args.out_dir / LICENCE_FILE_NAME).write_text(licence, encoding="utf-8")


def write_cjk(args: argparse.Namespace, code_points: list[int]) -> None:
    """Subset the Chinese face to ``code_points`` and copy its licence into ``args.out_dir``."""
    missing = build_cjk_font(args.cjk_source, args.out_dir / CJK_FONT_FILE_NAME, code_points)
    if missing:
        listed = " ".join(f"U+{cp:04X} {chr(cp)}" for cp in missing)
        print(f"{CJK_FACE_NAME}: not in the font, left out: {listed}", file=sys.stderr)
    licence = extract_ofl_text(args.cjk_copyright_file, CJK_LICENCE_HEADER, stanza="SIL-1.1",
                               copyright_line=cjk_copyright_line(args.cjk_source))
    (args.out_dir / CJK_LICENCE_FILE_NAME).write_text(licence, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    cjk_points = cjk_code_points()
    if not args.check:
        write_inter(args)
        if args.cjk_source.is_file():
            write_cjk(args, cjk_points)
        else:
            print(f"{args.cjk_source}: not found, {CJK_FONT_FILE_NAME} left as it is "
                  "(apt-get install fonts-noto-cjk)", file=sys.stderr)
    problems = [p for _, out_name in FONT_FILES for p in check_font(args.out_dir / out_name)]
    problems += check_cjk_font(args.out_dir / CJK_FONT_FILE_NAME, cjk_points)
    for problem in problems:
        print(problem, file=sys.stderr)
    for out_name in [name for _, name in FONT_FILES] + [CJK_FONT_FILE_NAME]:
        path = args.out_dir / out_name
        if path.is_file():
            print(f"{path}: {path.stat().st_size} bytes")
    print(f"{CJK_FONT_FILE_NAME}: {len(cjk_points)} characters wanted")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
