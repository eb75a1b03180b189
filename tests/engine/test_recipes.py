"""docs/changing.md's content recipes, each carried out in a copy of the data folder and
played: a new shop item, perk, post, event and scenario. Each touches only the files its
recipe names (the data file and each language's strings), needs no code, and is then in
play: the bots buy, earn, post, meet or play it through a whole season."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.bots.season import play_season
from game.engine import (
    DEFAULT_DATA_DIR,
    CodeError,
    Game,
    load_content,
    read_world,
    scenarios_by_code,
)
from game.engine.strings import load_strings
from game.services.presets import available_languages

LANGUAGES = available_languages()
SEEDS = range(6)


class DataCopy:
    """A copy of the game's data folder that records which files a recipe touched."""

    def __init__(self, folder: Path) -> None:
        self.root = folder / "data"
        shutil.copytree(DEFAULT_DATA_DIR, self.root)
        self.touched: set[str] = set()

    def append(self, file: str, text: str) -> None:
        path = self.root / file
        path.write_text(path.read_text(encoding="utf-8") + "\n" + text, encoding="utf-8")
        self.touched.add(file)

    def create(self, file: str, text: str) -> None:
        (self.root / file).write_text(text, encoding="utf-8")
        self.touched.add(file)

    def strings(self, file: str, text_by_language: dict[str, str]) -> None:
        """The same entry in each language's strings file (every language needs it)."""
        for language in LANGUAGES:
            self.append(f"strings/{language}/{file}", text_by_language[language])

    def check_loads(self, scenario: str = "default") -> None:
        content = load_content(self.root, scenario)
        for language in LANGUAGES:
            load_strings(content, language, self.root)


@pytest.fixture
def data(tmp_path) -> DataCopy:
    return DataCopy(tmp_path)


def strings_files(name: str) -> set[str]:
    return {f"strings/{language}/{name}" for language in LANGUAGES}


def test_a_new_shop_item(data):
    data.append("items.toml", '''[[item]]
id = "bus_pass"
category = "healthy_food"
price = 20
hours = 0
wellbeing = 2
score = { behaviour = 4 }
limit_per_week = 1
evidence = "purchases"
''')
    data.strings("content.toml", {
        "en": '[item.bus_pass]\nname = "Bus pass"\ndesc = "A month of buses to work."\n',
        "zh": '[item.bus_pass]\nname = "公交月票"\ndesc = "一个月的公交车票。"\n',
        "es": '[item.bus_pass]\nname = "Abono de autobús"\ndesc = "Un mes de autobús."\n',
        "fr": '[item.bus_pass]\nname = "Abonnement de bus"\ndesc = "Un mois de bus."\n'})
    assert data.touched == {"items.toml"} | strings_files("content.toml")
    data.check_loads()
    content = load_content(data.root)
    bought = [line for seed in SEEDS
              for line in play_season("conformist", seed, content=content).state.ledger.lines
              if line.cause == "buy:bus_pass"]
    assert bought, "the score-chasing bot buys what raises the score, by what it does"
    old = Game(42, "default").seed_code()  # a code made before the item existed
    with pytest.raises(CodeError) as refused:
        read_world(old, data.root)
    assert refused.value.key == "content"  # it says so, instead of starting another world


def test_a_new_perk(data):
    data.append("perks.toml", '''[[perk]]
id = "transit_discount"
threshold = 620
money = 15
hours = 0
evidence = "loans"
''')
    data.strings("content.toml", {
        "en": '[perk.transit_discount]\nname = "Cheaper transit"\ndesc = "Saves ¥15 a week."\n',
        "zh": '[perk.transit_discount]\nname = "交通优惠"\ndesc = "每周省15元。"\n',
        "es": '[perk.transit_discount]\nname = "Transporte barato"\ndesc = "Ahorra 15 ¥."\n',
        "fr": '[perk.transit_discount]\nname = "Transports moins chers"\n'
              'desc = "15 ¥ de moins par semaine."\n'})
    assert data.touched == {"perks.toml"} | strings_files("content.toml")
    data.check_loads()
    content = load_content(data.root)
    held = [game.state.perks for game in (play_season("loyal", seed, content=content)
                                          for seed in SEEDS)]
    assert any("transit_discount" in perks for perks in held)


def test_a_new_post(data):
    data.append("posts.toml", '''[[post]]
id = "thank_nurses"
kind = "praise"
hours = 1
wellbeing = 1
score = { behaviour = 5 }
evidence = "everyday_posts"
''')
    data.strings("content.toml", {
        "en": '[post.thank_nurses]\nname = "Thank the nurses"\ndesc = "A warm post."\n',
        "zh": '[post.thank_nurses]\nname = "感谢护士"\ndesc = "一条暖心帖子。"\n',
        "es": '[post.thank_nurses]\nname = "Gracias, enfermeras"\ndesc = "Un mensaje."\n',
        "fr": '[post.thank_nurses]\nname = "Merci aux infirmières"\ndesc = "Un message."\n'})
    assert data.touched == {"posts.toml"} | strings_files("content.toml")
    data.check_loads()
    content = load_content(data.root)
    posted = [line for seed in SEEDS
              for line in play_season("conformist", seed, content=content).state.ledger.lines
              if line.cause == "post:thank_nurses"]
    assert posted


def test_a_new_event(data):
    data.append("events.toml", '''[[event]]
id = "street_party"
weight = 60
min_week = 2
target = "none"
evidence = "purchases"
  [[event.choice]]
  id = "go"
  money = -20
  wellbeing = 3
  [[event.choice]]
  id = "stay_home"
''')
    data.strings("content.toml", {
        "en": '[event.street_party]\ntitle = "A street party"\ntext = "Music downstairs."\n'
              '[event.street_party.choice]\ngo = "Go down"\nstay_home = "Stay home"\n',
        "zh": '[event.street_party]\ntitle = "街坊聚会"\ntext = "楼下有音乐。"\n'
              '[event.street_party.choice]\ngo = "下楼"\nstay_home = "待在家"\n',
        "es": '[event.street_party]\ntitle = "Fiesta de calle"\ntext = "Hay música."\n'
              '[event.street_party.choice]\ngo = "Bajar"\nstay_home = "Quedarse"\n',
        "fr": '[event.street_party]\ntitle = "Fête de quartier"\ntext = "De la musique en bas."\n'
              '[event.street_party.choice]\ngo = "Descendre"\nstay_home = "Rester chez toi"\n'})
    assert data.touched == {"events.toml"} | strings_files("content.toml")
    data.check_loads()
    content = load_content(data.root)
    seen = [play_season("authentic", seed, content=content).state.seen_events for seed in SEEDS]
    assert any("street_party" in events for events in seen)


def test_a_new_scenario(data):
    unused = min(set(range(32)) - set(scenarios_by_code(data.root)))
    data.create("scenarios/short_lesson.toml", f'''extends = "default"
id = "short_lesson"
code = {unused}
weeks = 6
mandatory_week = 4
''')
    data.strings("classroom.toml", {
        "en": '[scenario.short_lesson]\nname = "A short lesson"\ndesc = "Six weeks."\n',
        "zh": '[scenario.short_lesson]\nname = "短课"\ndesc = "六周。"\n',
        "es": '[scenario.short_lesson]\nname = "Clase corta"\ndesc = "Seis semanas."\n',
        "fr": '[scenario.short_lesson]\nname = "Cours court"\ndesc = "Six semaines."\n'})
    assert data.touched == {"scenarios/short_lesson.toml"} | strings_files("classroom.toml")
    data.check_loads("short_lesson")
    content = load_content(data.root, "short_lesson")
    game = play_season("conformist", 3, "short_lesson", content=content)
    assert game.finished and len(game.state.history) == 6
    world = read_world(game.seed_code(), data.root)
    assert (world.scenario, world.seed) == ("short_lesson", 3)
