"""Every label is honest: it names the claims of the evidence sheet it rests on, no label is
stronger than the weakest claim the mechanic as played needs, and the repository's copy of
the sheet (assets/data/claims.toml) agrees with shared/EVIDENCE.md when that is present."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.engine import ContentError, load_content
from game.engine.content import DEFAULT_DATA_DIR
from game.engine.debrief import rules_with_evidence
from game.engine.model import EVIDENCE_LABELS, weakest_label
from game.services.presets import available_scenarios

from .helpers import edited_data_copy

SHEET = Path(__file__).resolve().parents[2].parent / "shared" / "EVIDENCE.md"
SHEET_LABELS = {"documented": "documented", "reported": "reported", "contested": "contested",
                "false or unsupported": "invented", "invented for the game": "invented"}
SCENARIOS = available_scenarios()
HOME = "here_at_home"


def strength(label: str) -> int:
    """Lower is stronger: documented 0 ... invented 3."""
    return EVIDENCE_LABELS.index(label)


def sheet_rows(text: str) -> dict[str, tuple[str, str]]:
    """The sheet's table rows: claim id -> (its label cell, the whole row's text)."""
    rows = {}
    for line in text.splitlines():
        match = re.match(r"\| \*\*([A-Z]\d+)\*\* [^|]*\| ([^|]+) \|", line)
        if match:
            rows[match.group(1)] = (match.group(2).strip(), line)
    return rows


@pytest.mark.skipif(not SHEET.is_file(), reason=f"the evidence sheet is not beside the "
                    f"repository ({SHEET}); claims.toml is checked against it where it is")
def test_the_claims_file_is_a_true_copy_of_the_evidence_sheet():
    text = SHEET.read_text(encoding="utf-8")
    rows = sheet_rows(text)
    claims = load_content().claims
    rows_here = {c.id for c in claims.values() if not c.of and c.sheet != "invented for the game"}
    assert rows_here == set(rows), "claims.toml and EVIDENCE.md list different claim ids"
    for claim in claims.values():
        if claim.of:  # a narrower statement, quoted from its row
            assert claim.says in rows[claim.of][1], f"{claim.id}: not quoted from {claim.of}"
        elif claim.sheet == "invented for the game":  # the sheet's list of no counterpart
            assert claim.says in text and claim.label == "invented", claim.id
        else:
            assert claim.sheet == rows[claim.id][0], f"{claim.id}: the sheet says otherwise"
        plain = claim.sheet.split(" (")[0]
        assert claim.label == SHEET_LABELS[plain], f"{claim.id}: {claim.sheet} is {claim.label}?"


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_no_part_is_labelled_more_strongly_than_the_claims_it_names(scenario):
    content = load_content(scenario_id=scenario)
    for row in content.evidence.values():
        assert row.parts, row.id
        for part in row.parts:
            named = [content.claims[c] for c in part.claims]
            assert named or part.label == "invented", f"{row.id}: a sourced part names no claim"
            if named:
                assert strength(part.label) >= strength(weakest_label(c.label for c in named))
        assert row.label == weakest_label(p.label for p in row.parts)


# What each mechanic, as the game plays it, needs from the sheet: the claims its row must
# name, so its label can be no stronger than theirs. Read with the sheet: posts never
# counted at Sesame (T1); in 2015 a low score brought no set punishment (B2); Sesame itself
# was never mandatory (G4); paid reporting to the scheme has no counterpart (X3).
NEEDS = {
    "post.flaunt_score.name": {"T1"},
    "event.score_screenshots.title": {"T1"},
    "post.coded.name": {"T1"},
    "event.censor_sweep.title": {"T1"},
    "rule.reporting": {"X3"},
    "event.neighbourhood_report.title": {"X3"},
    "rule.mandatory": {"G4-sesame"},
    "event.mandatory_notice.title": {"G4-sesame"},
    "penalty.travel_ban.name": {"B2"},
    "penalty.public_blacklist.name": {"B2"},
    "penalty.loan_surcharge.name": {"B2"},
    "penalty.slow_internet.name": {"B3"},
}
AT_MOST = {  # the game's own extension, named in the row's words but in no claim
    "event.employer_check.title": "invented",
    "event.dating_match.title": "invented",
    "item.vpn.name": "invented",
}
HOME_NEEDS = {  # Here at home rests on the US evidence (H-series), not on Sesame's
    "penalty.loan_surcharge.name": {"H1"},
    "event.home_notice.title": {"H1"},
    "item.card_repayment.name": {"H1"},
    "rule.hiring_posts": {"H5"},
    "penalty.insurance_surcharge.name": {"H3"},
    "penalty.job_screening.name": {"H4"},
}


def _claims_of(row) -> set[str]:
    return {claim for part in row.parts for claim in part.claims}


def _scored(content, rule: str) -> bool:
    """Whether an event moves the score in an era its season plays (other rows always
    play what they name)."""
    kind, _, rest = rule.partition(".")
    if kind != "event":
        return True
    scenario = content.scenario
    eras = [era for era, played in (("opt_in", scenario.mandatory_week != 1),
                                    ("mandatory", scenario.mandatory_week != 0)) if played]
    event = content.events[rest.partition(".")[0]]
    return any(getattr(c.score, era) for c in event.choices for era in eras)


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_label_is_no_stronger_than_what_its_mechanic_needs(scenario):
    content = load_content(scenario_id=scenario)
    needs = HOME_NEEDS if scenario == HOME else NEEDS
    for shown in rules_with_evidence(content):
        row = content.evidence[shown.evidence]
        needed = needs.get(shown.rule, set()) if _scored(content, shown.rule) else set()
        assert needed <= _claims_of(row), f"{scenario}: {shown.rule} must rest on {needed}"
        weakest = weakest_label(content.claims[c].label for c in needed) if needed else None
        if weakest:
            assert strength(shown.label) >= strength(weakest), f"{scenario}: {shown.rule}"
        if shown.rule in AT_MOST and scenario != "opt_in_2015":
            assert strength(shown.label) >= strength(AT_MOST[shown.rule]), shown.rule
        if shown.rule.startswith("post.") and scenario != HOME:
            assert "T1" in _claims_of(row), f"{shown.rule}: a scored post, but posts never counted"
            assert shown.label == "invented"


def test_the_drift_shows_the_labels_the_sheet_supports():
    labels = {r.rule: r.label for r in rules_with_evidence(load_content())}
    assert labels["post.flaunt_score.name"] == labels["event.score_screenshots.title"] == \
        "invented"
    assert labels["post.family_photo.name"] == labels["post.gaming_clip.name"] == "invented"
    assert labels["penalty.travel_ban.name"] == "invented"
    assert labels["rule.mandatory"] == labels["rule.reporting"] == "invented"
    assert labels["rule.friend_rule_mandatory"] == "contested"
    assert labels["item.diapers.name"] == "contested"
    assert labels["perk.hotel_no_deposit.name"] == "documented"


def test_here_at_home_labels_the_documented_us_mechanisms_documented():
    content = load_content(scenario_id=HOME)
    labels = {r.rule: r.label for r in rules_with_evidence(content)}
    for rule in ("penalty.loan_surcharge.name", "event.home_notice.title",
                 "penalty.insurance_surcharge.name", "penalty.job_screening.name",
                 "event.background_check.title", "rule.hiring_posts", "rule.missed_bills"):
        assert labels[rule] == "documented", rule
    assert all(not rule.startswith("post.") for rule in labels), "posts never count here"


def test_mixed_rows_hold_a_real_fact_and_the_games_own_rule():
    content = load_content()
    posted = content.evidence["posted_scores"]
    assert posted.mixed and [p.label for p in posted.parts] == ["documented", "invented"]
    assert posted.parts[0].claims == ("F5-screenshots",) and posted.sheet_rows == ("F5", "T1")


def test_a_label_stronger_than_its_claim_is_refused_on_load(tmp_path):
    data = edited_data_copy(tmp_path, "evidence.toml",
                            'parts = [{ claims = ["P5"], label = "contested" }]',
                            'parts = [{ claims = ["P5"], label = "documented" }]')
    with pytest.raises(ContentError) as caught:
        load_content(data)
    message = str(caught.value)
    for part in ("assets/data/evidence.toml", "evidence 'loans' part 1", "field 'label'",
                 "'P5'", "contested"):
        assert part in message


def test_a_part_with_no_claim_must_be_the_games_own(tmp_path):
    data = edited_data_copy(tmp_path, "evidence.toml",
                            '{ claims = [], label = "invented" }]\n\n[[evidence]]\nid = "loans"',
                            '{ claims = [], label = "documented" }]\n\n[[evidence]]\nid = "loans"')
    with pytest.raises(ContentError, match=r"evidence 'dating_scored' part 2.*only a rule of "
                       r"the game's own"):
        load_content(data)


def test_a_part_naming_an_unknown_claim_is_refused(tmp_path):
    data = edited_data_copy(tmp_path, "evidence.toml", 'claims = ["S1"]', 'claims = ["S99"]')
    with pytest.raises(ContentError, match=r"evidence 'score_range' part 1.*'S99'.*claims.toml"):
        load_content(data)


def test_a_claims_file_statement_must_name_its_row(tmp_path):
    data = edited_data_copy(tmp_path, "claims.toml", 'of = "F5"', 'of = "F9"')
    with pytest.raises(ContentError, match=r"claims.toml.*F5-screenshots.*F9"):
        load_content(data)


def test_shipped_data_dir_holds_the_claims():
    assert (DEFAULT_DATA_DIR / "claims.toml").is_file()
