"""Building each kind of content record from one checked TOML table.

One function per record type; `content.py` runs them over the files and checks the
references between files. Every field is read through `Entry`, so a problem names the file,
the entry and the field.
"""

from __future__ import annotations

from game.engine.model import (
    CHOICE_OUTCOMES,
    EVENT_TARGETS,
    EVIDENCE_LABELS,
    Choice,
    Claim,
    CodedPhrase,
    Ending,
    Era,
    Event,
    EvidenceLabel,
    EvidencePart,
    FriendProfile,
    Item,
    Penalty,
    Perk,
    Post,
    PostKind,
    Requirement,
    ScoreEffect,
    Topic,
)
from game.engine.schema import Entry, unique_ids

SCORE_MIN = 350  # score points, the bottom of Sesame's published range
SCORE_MAX = 950  # score points, the top of the range
MAX_SOCIETY_SIZE = 20_000  # citizens: the largest society the simulation runs
ENDING_METRICS = (
    "score", "wellbeing", "friends_kept", "friends_dropped", "reports", "held_back", "said",
    "exploits", "helped", "low_score_club", "perks",
)
POST_KINDS = tuple(k.value for k in PostKind)
ERAS = tuple(e.value for e in Era)


def score_effect(entry: Entry, dims: tuple[str, ...]) -> ScoreEffect:
    """`score` (opt-in era) and `score_mandatory` (defaults to `score`)."""
    opt_in = entry.int_map("score", dims)
    mandatory = entry.int_map("score_mandatory", dims) if entry.has("score_mandatory") else opt_in
    return ScoreEffect(opt_in=opt_in, mandatory=mandatory)


def item(entry: Entry, dims: tuple[str, ...]) -> Item:
    """A shop item."""
    return Item(
        id=entry.identifier(), category=entry.identifier("category"),
        price=entry.int("price", low=0), hours=entry.int("hours", low=0, high=100),
        wellbeing=entry.int("wellbeing", low=-100, high=100),
        score=score_effect(entry, dims),
        limit_per_week=entry.int("limit_per_week", low=1, high=20, default=1),
        exploit=entry.flag("exploit", default=False),
        blocked_by=entry.text("blocked_by", default=""), evidence=entry.text("evidence"),
    )


def post(entry: Entry, dims: tuple[str, ...]) -> Post:
    """A kind of post."""
    return Post(
        id=entry.identifier(), kind=PostKind(entry.text("kind", choices=POST_KINDS)),
        hours=entry.int("hours", low=0, high=100),
        wellbeing=entry.int("wellbeing", low=-100, high=100),
        score=score_effect(entry, dims),
        leak_chance=entry.number("leak_chance", low=0, high=1, default=0.0),
        evidence=entry.text("evidence"),
    )


def perk(entry: Entry) -> Perk:
    """A perk, which must be worth some money or hours a week."""
    record = Perk(
        id=entry.identifier(), threshold=entry.int("threshold", low=SCORE_MIN, high=SCORE_MAX),
        money=entry.int("money", low=0), hours=entry.int("hours", low=0, high=100),
        evidence=entry.text("evidence"),
        wellbeing=entry.int("wellbeing", low=0, high=20, default=0),
    )
    if record.money == 0 and record.hours == 0:
        raise entry.error("money", "a perk must be worth some money or hours a week")
    return record


def penalty(entry: Entry) -> Penalty:
    """A penalty of the mandatory era."""
    return Penalty(
        id=entry.identifier(), threshold=entry.int("threshold", low=SCORE_MIN, high=SCORE_MAX),
        money=entry.int("money", low=0), hours=entry.int("hours", low=0, high=100),
        wellbeing=entry.int("wellbeing", low=-100, high=0),
        closeness=entry.int("closeness", low=-100, high=0),
        evidence=entry.text("evidence"),
    )


def requirement(entry: Entry) -> Requirement:
    """A choice's `requires` table (empty: no requirement)."""
    req = entry.table("requires", default={})
    enrolled = req.flag("enrolled") if req.has("enrolled") else None
    record = Requirement(
        min_score=req.int("min_score", low=0, high=2000, default=0),
        max_score=req.int("max_score", low=0, high=2000, default=2000),
        money=req.int("money", low=0, default=0), hours=req.int("hours", low=0, default=0),
        enrolled=enrolled, blocked_by=req.text("blocked_by", default=""),
        min_public_posts=req.int("min_public_posts", low=0, high=1000, default=0),
        max_public_posts=req.int("max_public_posts", low=0, high=1000, default=1000),
    )
    req.finish()
    return record


def choice(entry: Entry, dims: tuple[str, ...]) -> Choice:
    """One answer to an event."""
    return Choice(
        id=entry.identifier(), requires=requirement(entry),
        money=entry.int("money", low=-10_000, high=10_000, default=0),
        hours=entry.int("hours", low=0, high=100, default=0),
        wellbeing=entry.int("wellbeing", low=-100, high=100, default=0),
        score=score_effect(entry, dims),
        closeness=entry.int("closeness", low=-100, high=100, default=0),
        friend_score=entry.int("friend_score", low=-600, high=600, default=0),
        outcome=entry.text("outcome", choices=CHOICE_OUTCOMES, default=""),
        evidence=entry.text("evidence", default=""),
    )


def event(entry: Entry, dims: tuple[str, ...]) -> Event:
    """A weekly event with at least two choices."""
    event_id = entry.identifier()
    choices = []
    for index, table in enumerate(entry.tables("choice")):
        label = table.get("id", f"#{index + 1}") if isinstance(table, dict) else index
        choice_entry = Entry(entry.file, f"event '{event_id}' choice '{label}'", table)
        choices.append(choice(choice_entry, dims))
        choice_entry.finish()
    if len(choices) < 2:
        raise entry.error("choice", "an event needs at least two choices")
    unique_ids(entry.file, f"event '{event_id}' choice", [c.id for c in choices])
    return Event(
        id=event_id, weight=entry.int("weight", low=0, high=100, default=1),
        era=Era(entry.text("era", choices=ERAS, default="any")),
        min_week=entry.int("min_week", low=1, high=52, default=1),
        once=entry.flag("once", default=False),
        target=entry.text("target", choices=EVENT_TARGETS),
        choices=tuple(choices), evidence=entry.text("evidence"),
        friend=entry.text("friend", default=""),
    )


def ending(entry: Entry) -> Ending:
    """An ending and its conditions, each `metric = [low, high]`."""
    table = entry.table("conditions")
    conditions = {}
    for metric in table.keys():
        if metric not in ENDING_METRICS:
            raise entry.error(f"conditions.{metric}",
                              f"unknown metric; use one of {', '.join(ENDING_METRICS)}")
        bounds = table.raw(metric)
        if (not isinstance(bounds, list) or len(bounds) != 2
                or not all(isinstance(b, int) and not isinstance(b, bool) for b in bounds)
                or bounds[0] > bounds[1]):
            raise entry.error(f"conditions.{metric}",
                              f"must be [low, high] whole numbers, low <= high (got {bounds!r})")
        conditions[metric] = (bounds[0], bounds[1])
    table.finish()
    return Ending(id=entry.identifier(), priority=entry.int("priority", low=0),
                  conditions=conditions)


def friend(entry: Entry) -> FriendProfile:
    """A named friend."""
    return FriendProfile(
        id=entry.identifier(), score=entry.int("score", low=SCORE_MIN, high=SCORE_MAX),
        closeness=entry.int("closeness", low=0, high=100),
        conformity=entry.number("conformity", low=0, high=1),
        outspoken=entry.number("outspoken", low=0, high=1),
        trouble=entry.number("trouble", low=0, high=1),
        standing=entry.int("standing", low=SCORE_MIN, high=SCORE_MAX) if entry.has("standing")
        else 0,
    )


def topic(entry: Entry) -> Topic:
    """Something that may be on the citizen's mind."""
    return Topic(id=entry.identifier(), weight=entry.int("weight", low=1, high=100))


def phrase(entry: Entry) -> CodedPhrase:
    """A coded phrase and how many uses teach it to the filter."""
    return CodedPhrase(id=entry.identifier(), learn_after=entry.int("learn_after", low=1))


def claim(entry: Entry) -> Claim:
    """A claim of the evidence sheet; a narrower statement names its row (`of`) and quotes it
    (`says`), and its id starts with that row's (e.g. "F5-screenshots")."""
    record = Claim(id=entry.text("id"), label=entry.text("label", choices=EVIDENCE_LABELS),
                   sheet=entry.text("sheet"), summary=entry.text("summary"),
                   of=entry.text("of", default=""), says=entry.text("says", default=""))
    if not record.id or not record.id.replace("-", "").isalnum():
        raise entry.error("id", f"must be a sheet id such as 'F5' (got {record.id!r})")
    if record.of and not record.id.startswith(f"{record.of}-"):
        raise entry.error("id", f"a statement inside row {record.of!r} needs an id starting "
                          f"with '{record.of}-'")
    if record.of and not record.says:
        raise entry.error("says", "a statement inside a row must quote that row")
    return record


def evidence_row(entry: Entry, claims: dict[str, Claim]) -> EvidenceLabel:
    """What the record shows for one mechanic: its parts, each resting on claims of the
    sheet and labelled no more strongly than the weakest of them."""
    parts = []
    for index, table in enumerate(entry.tables("parts")):
        part = Entry(entry.file, f"{entry.name} part {index + 1}", table)
        named = part.raw("claims")
        if not isinstance(named, list) or not all(isinstance(c, str) for c in named):
            raise part.error("claims", "must be a list of claim ids, like [\"S1\"] or []")
        label = part.text("label", choices=EVIDENCE_LABELS)
        part.finish()
        for claim_id in named:
            if claim_id not in claims:
                raise part.error("claims", f"names claim {claim_id!r}, which claims.toml lacks")
        if not named and label != "invented":
            raise part.error("claims", f"a part labelled {label} must name the claims it rests "
                             "on; only a rule of the game's own (invented) may name none")
        weakest = max((claims[c] for c in named), key=lambda c: EVIDENCE_LABELS.index(c.label),
                      default=None)
        if weakest is not None and EVIDENCE_LABELS.index(label) < \
                EVIDENCE_LABELS.index(weakest.label):
            raise part.error("label", f"{label} is stronger than claim {weakest.id!r}, which the "
                             f"evidence sheet labels {weakest.label}")
        parts.append(EvidencePart(claims=tuple(named), label=label))
    if not parts:
        raise entry.error("parts", "needs at least one part")
    return EvidenceLabel(id=entry.identifier(), sources=entry.text("sources"),
                         parts=tuple(parts))
