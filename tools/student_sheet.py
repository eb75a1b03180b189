"""Write the printable student sheet: one A4 page per language, made from the string tables.

    python tools/student_sheet.py [--lang zh] [--out build/sheets]

Without --lang it writes every language (student-sheet-en.html, ...). Every word on the sheet
comes from assets/data/strings/<lang>/ (the sheet's own lines under [ui.sheet], the game's
name, the two sides' names and the debrief's discussion questions), so the sheet changes when
the game's text does and never drifts from it. Print from a browser: the page is set to A4
with its margins, and `estimate_lines` checks the text fits one page.
"""

from __future__ import annotations

import argparse
import html
import math
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game.engine import DEFAULT_DATA_DIR  # noqa: E402
from game.game_data import GameData  # noqa: E402
from game.services.presets import available_languages  # noqa: E402

SIDES = ("default", "other_side")  # the scenarios a class splits between
PAGE_HEIGHT_MM = 297  # A4
PAGE_WIDTH_MM = 210
MARGIN_MM = 14
BODY_PT = 10.5  # the sheet's body text
LINE_SPACING = 1.3
MM_PER_PT = 25.4 / 72
LATIN_EM_PER_CHAR = 0.5  # an average Latin character is about half an em wide
CJK_EM_PER_CHAR = 1.0  # a Chinese character is a full em
HEADING_LINES = 1.6  # a heading takes this many body lines (larger text, space above)
TITLE_LINES = 2.4
BOX_LINES = {"code": 3.5, "ticket": 6.0, "notes": 5.0}  # the boxes left blank to write in


@dataclass(frozen=True)
class Block:
    """One piece of the sheet: its kind (title, heading, text, item, box) and its text."""

    kind: str
    text: str = ""
    box: str = ""  # for a box: which (BOX_LINES), its label in `text`


def sheet_blocks(data: GameData) -> list[Block]:
    """The sheet, top to bottom, in the data's language."""
    t = data.t
    sides = "   ".join(f"☐ {t(f'scenario.{s}.name')}" for s in SIDES)
    blocks = [
        Block("title", t("ui.sheet.title", game=t("ui.common.title"))),
        Block("text", f"{t('ui.sheet.intro')} {t('ui.sheet.no_names')}"),
        Block("box", t("ui.sheet.world_code"), "code"),
        Block("heading", t("ui.sheet.roles_title")),
        Block("item", t("ui.sheet.role_driver")),
        Block("item", t("ui.sheet.role_challenger")),
        Block("item", t("ui.sheet.role_swap")),
        Block("text", f"{t('ui.sheet.side')} {sides}"),
        Block("text", t("ui.sheet.keys")),
        Block("heading", t("ui.sheet.result_title")),
        Block("box", f"{t('ui.sheet.result_code')} · {t('ui.sheet.ending')} · "
                     f"{t('ui.sheet.final_score')}", "code"),
        Block("heading", t("ui.sheet.questions_title")),
    ]
    blocks += [Block("question", q) for q in data.strings.items("debrief.questions")]
    blocks += [Block("box", t("ui.sheet.notes"), "notes"),
               Block("box", t("ui.sheet.exit_ticket"), "ticket")]
    return blocks


def chars_per_line(text: str) -> float:
    """How many of this text's characters fit the printed width, on average."""
    width_pt = (PAGE_WIDTH_MM - 2 * MARGIN_MM) / MM_PER_PT
    wide = sum(1 for c in text if ord(c) >= 0x2E80)  # CJK and full-width punctuation
    ems = wide * CJK_EM_PER_CHAR + (len(text) - wide) * LATIN_EM_PER_CHAR
    em_per_char = ems / len(text) if text else LATIN_EM_PER_CHAR
    return width_pt / (BODY_PT * em_per_char)


def estimate_lines(blocks: list[Block]) -> float:
    """Body lines the sheet takes, counting wrapped text, headings and blank boxes."""
    lines = 0.0
    for block in blocks:
        if block.kind == "title":
            lines += TITLE_LINES
        elif block.kind == "heading":
            lines += HEADING_LINES
        elif block.kind == "box":
            lines += BOX_LINES[block.box] + math.ceil(len(block.text) /
                                                      chars_per_line(block.text))
        else:
            lines += math.ceil(len(block.text) / chars_per_line(block.text))
    return lines


def page_lines() -> float:
    """Body lines one A4 page holds between its margins."""
    height_pt = (PAGE_HEIGHT_MM - 2 * MARGIN_MM) / MM_PER_PT
    return height_pt / (BODY_PT * LINE_SPACING)


STYLE = f"""
@page {{ size: A4; margin: {MARGIN_MM}mm; }}
body {{ font-family: "Noto Sans", "Noto Sans CJK SC", "Inter", sans-serif;
       font-size: {BODY_PT}pt; line-height: {LINE_SPACING}; margin: 0; color: #000; }}
h1 {{ font-size: 16pt; margin: 0 0 4pt; }}
h2 {{ font-size: 12pt; margin: 8pt 0 2pt; }}
p, li {{ margin: 0 0 2pt; }}
ul, ol {{ margin: 0; padding-left: 16pt; }}
.box {{ border: 1.5pt solid #000; margin: 4pt 0; padding: 3pt 6pt; }}
.box.code {{ min-height: {BOX_LINES["code"] * LINE_SPACING}em; }}
.box.notes {{ min-height: {BOX_LINES["notes"] * LINE_SPACING}em; }}
.box.ticket {{ min-height: {BOX_LINES["ticket"] * LINE_SPACING}em; }}
@media screen {{ body {{ margin: {MARGIN_MM}mm auto;
                       max-width: {PAGE_WIDTH_MM - 2 * MARGIN_MM}mm; }} }}
"""


def sheet_html(data: GameData) -> str:
    """The sheet as one self-contained HTML page, A4, for printing."""
    out: list[str] = []
    open_list = ""
    for block in sheet_blocks(data):
        wanted = {"item": "ul", "question": "ol"}.get(block.kind, "")
        if open_list and wanted != open_list:
            out.append(f"</{open_list}>")
            open_list = ""
        if wanted and not open_list:
            out.append(f"<{wanted}>")
            open_list = wanted
        text = html.escape(block.text)
        if block.kind == "title":
            out.append(f"<h1>{text}</h1>")
        elif block.kind == "heading":
            out.append(f"<h2>{text}</h2>")
        elif block.kind == "box":
            out.append(f'<div class="box {block.box}">{text}</div>')
        elif wanted:
            out.append(f"<li>{text}</li>")
        else:
            out.append(f"<p>{text}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    title = html.escape(data.t("ui.sheet.title", game=data.t("ui.common.title")))
    body = "\n".join(out)
    return (f'<!DOCTYPE html>\n<html lang="{data.language}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}\n"
            "</body>\n</html>\n")


def write_sheets(out: Path, languages: list[str], data_dir: Path = DEFAULT_DATA_DIR) -> list[Path]:
    """Write one sheet per language into `out`; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages:
        data = GameData.load(data_dir, language=language)
        path = out / f"student-sheet-{language}.html"
        path.write_text(sheet_html(data), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    known = available_languages()
    parser.add_argument("--lang", choices=known, help="one language (default: every one)")
    parser.add_argument("--out", default="build/sheets", help="folder for the HTML files")
    args = parser.parse_args()
    for path in write_sheets(Path(args.out), [args.lang] if args.lang else known):
        data = GameData.load(language=path.stem.rsplit("-", 1)[1])
        print(f"{path}: about {estimate_lines(sheet_blocks(data)):.0f} of "
              f"{page_lines():.0f} lines")


if __name__ == "__main__":
    main()
