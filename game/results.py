"""`python -m game.results CODE [CODE ...]`: a class's result codes as a text summary.

Codes can also come one per line on standard input (`python -m game.results < codes.txt`).
Mistyped codes are named and skipped. Version 4 codes add how many seasons were ended early
and, for codes with the before-and-after card, the share of right answers per statement
before and after. Runs without pygame.
"""

from __future__ import annotations

import argparse
import sys

from game.engine import (
    DEFAULT_DATA_DIR,
    DEFAULT_LANGUAGE,
    ClassSummary,
    Statement,
    Strings,
    card_shifts,
    load_content,
    load_quiz,
    load_strings,
    summarise,
    with_card,
)

BAR = "█"
BAR_WIDTH = 30  # characters for the most common answer


def _bar(count: int, most: int) -> str:
    return BAR * max(1 if count else 0, round(count / most * BAR_WIDTH)) if most else ""


def _names(language: str) -> tuple[Strings, tuple[Statement, ...]]:
    content = load_content()
    quiz = load_quiz(DEFAULT_DATA_DIR, content.claims)
    keys = tuple(f"quiz.{statement.id}" for statement in quiz)
    return load_strings(content, language, extra_keys=keys), quiz


STATS = ("score", "wellbeing", "friends_dropped", "held_back", "said", "reports")
"""The figures summed up as lowest, median and highest, in this order."""


def report(summary: ClassSummary, strings: Strings,
           quiz: tuple[Statement, ...] = ()) -> str:
    """The summary as plain text, in the language of `strings` (with the card's shift per
    statement of `quiz` when codes carry it)."""
    t = strings.get
    lines = [t("ui.results_cli.header", read=len(summary.read), skipped=len(summary.skipped))]
    lines += ["  " + t("ui.results_cli.skipped", code=repr(text),
                       reason=t(f"ui.code_error.{error.key}", **error.params))
              for text, error in summary.skipped]
    if not summary.read:
        return "\n".join(lines)
    lines.append("")
    lines.append(t("ui.results_cli.scenarios"))
    for scenario, count in summary.scenarios().most_common():
        name_key = f"scenario.{scenario}.name"
        name = t(name_key) if strings.has(name_key) else scenario
        lines.append("  " + t("ui.results_cli.scenario_count", name=name, count=count))
    lines.append(t("ui.results_cli.endings"))
    endings = summary.endings()
    most = max(endings.values())
    width = max(len(t(f"ending.{e}.title")) for e in endings)
    for ending, count in endings.most_common():
        title = t(f"ending.{ending}.title")
        lines.append(f"  {title:<{width}}  {_bar(count, most)} {count}")
    lines.append(t("ui.results_cli.final_scores"))
    bands = summary.score_bands()
    most = max(count for _, count in bands)
    for (low, high), count in bands:
        lines.append(f"  {low}-{high}  {_bar(count, most)} {count}")
    for name in STATS:
        low, middle, high = summary.stats(name)
        lines.append(t("ui.results_cli.stat", label=t(f"ui.results_cli.{name}"), low=low,
                       middle=f"{middle:g}", high=high))
    reporters = sum(1 for value in summary.values("reports") if value)
    droppers = sum(1 for value in summary.values("friends_dropped") if value)
    lines.append(t("ui.results_cli.who", dropped=droppers, reported=reporters,
                   count=len(summary.read)))
    if summary.ended_early():
        lines.append(t("ui.results_cli_lesson.ended_early", count=summary.ended_early(),
                       total=len(summary.read)))
    if quiz and with_card(summary):
        lines.append(t("ui.results_cli_lesson.card"))
        for shift in card_shifts(summary, quiz):
            lines.append(t("ui.results_cli_lesson.row", before=_percent(shift.before_share),
                           after=_percent(shift.after_share),
                           statement=t(f"quiz.{shift.statement}")))
    return "\n".join(lines)


def _percent(share: float | None) -> str:
    return "-" if share is None else f"{round(share * 100)}%"


def main(argv: list[str] | None = None) -> int:
    """Read codes from the arguments (or standard input) and print the summary."""
    parser = argparse.ArgumentParser(prog="python -m game.results", description=__doc__)
    parser.add_argument("codes", nargs="*", help="result codes from the debrief")
    parser.add_argument("--lang", default=DEFAULT_LANGUAGE)
    args = parser.parse_args(argv)
    codes = args.codes or [line for line in sys.stdin.read().split() if line.strip()]
    strings, quiz = _names(args.lang)
    print(report(summarise(codes), strings, quiz))
    return 0


if __name__ == "__main__":
    sys.exit(main())
