"""The society view through the real scene: controls by keyboard and mouse, the experiment,
the player's citizen and their friends, and weeks spread over frames."""

from __future__ import annotations

import pygame

from game.engine.model import Era
from game.engine.society.sim import SimSettings
from game.scenes.society_run import SPEEDS, SocietyRun
from game.ui.society_canvas import LAYER_CHUNK
from tests.engine.helpers import default_content
from tests.ui_helpers import click, motion, mouse_down, mouse_up

from .helpers import click_widget, make_app, press, scene_name


def test_the_society_view_by_keyboard(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_v)
    assert scene_name(app) == "SocietyScene"
    scene = app.top
    press(app, pygame.K_p)  # pause
    assert not scene.run.running
    weeks = scene.run.sims[0].ticks
    press(app, pygame.K_s)  # one step
    assert scene.run.sims[0].ticks == weeks + 1 and len(scene.run.history[0]) == weeks + 2
    press(app, pygame.K_2)
    assert scene.run.settings.friend_weight == 1.5
    assert scene.run.sims[0].settings.friend_weight == 1.5
    press(app, pygame.K_e)
    assert scene.run.settings.era is Era.OPT_IN
    press(app, pygame.K_h)  # hide the formula from the citizens
    assert not scene.run.sims[0].settings.formula_visible
    assert "Formula hidden" in scene.formula_text()
    press(app, pygame.K_y)  # your own citizen
    assert scene.selected == 0
    assert scene.citizen_lines()[0] == "You"
    press(app, pygame.K_f)  # then your friends, one by one
    first = scene.selected
    assert first in scene.run.sims[0].ties[0]
    press(app, pygame.K_f)
    assert scene.selected in scene.run.sims[0].ties[0] and scene.selected != first
    assert "Last weeks:" in scene.citizen_lines()[-1]
    press(app, pygame.K_x)  # the experiment: the same seed, rule off and on
    assert scene.run.experiment and len(scene.run.sims) == 2
    weights = [sim.settings.friend_weight for sim in scene.run.sims]
    assert weights == [0, 1.5]
    press(app, pygame.K_2)  # the rule's weight moves the rule-on side only
    assert [sim.settings.friend_weight for sim in scene.run.sims] == [0, 2]
    assert scene.run.sims[1].settings.era is Era.OPT_IN  # the experiment keeps the other settings
    for _ in range(3):
        press(app, pygame.K_s)
    assert all(sim.ticks == 3 for sim in scene.run.sims)
    lines = scene.citizen_lines()  # the same person in both societies
    assert lines[1].startswith("Rule off: Score") and lines[3].startswith("Rule on: Score")
    assert "No ties" in app.context.live.text
    assert app.context.fonts.overflow_log == []
    press(app, pygame.K_ESCAPE)
    assert scene_name(app) == "TitleScene"


def test_the_view_by_mouse(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_v)
    scene = app.top
    click_widget(app, "run")
    assert not scene.run.running
    click_widget(app, "step")
    assert scene.run.sims[0].ticks == 1
    click_widget(app, "experiment")
    assert scene.run.experiment
    canvas = scene.canvases[0]
    app.step(click(canvas.positions[42]))
    assert scene.selected == 42
    assert scene.citizen_lines()[1].startswith("Rule off: Score ")


def test_the_levers_by_mouse_click_and_drag(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_v)
    scene = app.top
    friend, perks, speed = scene.sliders.levers
    bar = friend.bar()
    app.step(click((bar.right, bar.centery)))  # a click at the end: the strongest rule
    assert scene.run.settings.friend_weight == 4.0
    assert scene.run.sims[0].settings.friend_weight == 4.0
    app.step([mouse_down((bar.right, bar.centery)), motion((bar.left, bar.centery)),
              motion((bar.centerx, bar.centery)), mouse_up((bar.centerx, bar.centery))])
    assert scene.run.settings.friend_weight == 2.0  # dragged off, then halfway
    app.step([motion((bar.left, bar.centery))])  # the button is up: nothing moves
    assert scene.run.settings.friend_weight == 2.0
    app.step(click((perks.bar().left, perks.bar().centery)))
    assert scene.run.settings.perk_strength == 0.0
    app.step(click((speed.bar().right, speed.bar().centery)))
    assert scene.run.speed == 8
    assert "Friend rule ×2" in scene.lever_text("friend")
    press(app, pygame.K_1)  # the keyboard moves the same lever
    assert scene.lever_position("friend") == 3


def test_the_view_runs_on_its_own_at_its_speed(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_v)
    scene = app.top
    for _ in range(30):
        app.step([], 1 / 30)  # one second at 2 weeks a second
    for _ in range(20):
        app.step([], 0)  # a week under way finishes over the next frames
    assert scene.run.sims[0].ticks == 2


def test_a_week_is_spread_over_frames_within_the_work_budget():
    """With a clock that moves 1 ms a reading and a 3 ms budget, each frame does a little;
    the weeks still come out exactly as ticking them whole does."""
    readings = iter(range(10**6))
    run = SocietyRun(default_content(), SimSettings(seed=5, population=2500), experiment=True,
                     clock=lambda: next(readings) / 1000)
    frames = 0
    while len(run.history[1]) < 3:  # the start and two weeks, in both societies
        run.update(1.0, work_budget_s=0.003)
        frames += 1
    assert frames > 4  # spread, not done in one go
    whole = SocietyRun(default_content(), SimSettings(seed=5, population=2500), experiment=True)
    whole.step()
    whole.step()
    for spread, at_once in zip(run.sims, whole.sims, strict=True):
        assert spread.ticks == at_once.ticks == 2
        assert spread.scores == at_once.scores and spread.ties == at_once.ties
    assert run.history == whole.history


def test_the_picture_of_a_new_week_is_built_over_frames(tmp_path, display):
    """The last complete picture stays on screen while the next is drawn a chunk a frame."""
    app = make_app(tmp_path, display)
    press(app, pygame.K_v)
    scene = app.top
    press(app, pygame.K_p)  # pause: only the picture changes below
    canvas, sim = scene.canvases[0], scene.run.sims[0]
    shown = canvas.ties_layer
    assert shown is not None and canvas.layer_key == (sim.ticks, None)
    scene.run.step()
    canvas.prepare(sim.scores, sim.ties, sim.ticks, lambda: False)  # one chunk only
    assert canvas.ties_layer is shown and canvas.layer_key == (sim.ticks - 1, None)
    frames = 1
    while canvas.layer_key != (sim.ticks, None):
        canvas.prepare(sim.scores, sim.ties, sim.ticks, lambda: False)
        frames += 1
    assert canvas.ties_layer is not shown
    assert frames >= len(sim.scores) // LAYER_CHUNK  # a chunk of citizens at a time


def test_a_world_codes_seed_opens_the_same_society_everywhere(tmp_path, display):
    from game.launch import first_scene
    from game.services.presets import Presets
    from game.shell import App
    from tests.ui_helpers import headless_context

    societies = []
    for folder in ("a", "b"):
        context = headless_context(tmp_path / folder)
        app = App(lambda: first_scene(presets=Presets(seed=4242)), context=context,
                  screen=display)
        app.step([])
        press(app, pygame.K_v)
        societies.append(app.top.run.sims[0])
    assert societies[0].settings.seed == 4242
    assert societies[0].scores == societies[1].scores and societies[0].ties == societies[1].ties


class FakeClock:
    """Seconds that pass by `per_reading` each time they are read, and by a frame's length
    when told: a machine too slow for the speed asked."""

    def __init__(self, per_reading: float) -> None:
        self.now, self.per_reading = 0.0, per_reading

    def __call__(self) -> float:
        self.now += self.per_reading
        return self.now


def run_for(run: SocietyRun, clock: FakeClock, seconds: float, budget_s: float) -> None:
    frame = 1 / 60
    for _ in range(round(seconds / frame)):
        clock.now += frame
        run.update(frame, work_budget_s=budget_s)


def test_the_speed_slider_says_when_fewer_weeks_are_made_than_asked(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_v)
    scene = app.top
    clock = FakeClock(per_reading=0.001)
    scene.run = SocietyRun(default_content(), SimSettings(seed=2, population=2500),
                           experiment=False, clock=clock)
    scene.run.speed_index = len(SPEEDS) - 1  # 8 weeks a second asked
    assert scene.run.weeks_made_per_second() is None  # not yet measured
    run_for(scene.run, clock, 3.0, budget_s=0.001)  # a step or two a frame: too slow
    made = scene.run.weeks_made_per_second()
    assert made is not None and made < 7
    assert scene.lever_text("speed") == f"8 weeks a second asked, {made:.1f} made"
    clock.per_reading = 0.00001  # a fast machine: keeps up
    run_for(scene.run, clock, 3.0, budget_s=0.5)
    assert scene.run.weeks_made_per_second() >= 7.5
    assert scene.lever_text("speed") == "8 weeks a second"
    scene.run.running = False
    run_for(scene.run, clock, 0.1, budget_s=0.5)
    assert scene.run.weeks_made_per_second() is None


def test_one_band_at_a_time_by_brightness_not_colour_alone(tmp_path, display):
    from game.ui.society_canvas import BANDS, band_index

    app = make_app(tmp_path, display)
    press(app, pygame.K_v)
    scene = app.top
    press(app, pygame.K_p)
    canvas, sim = scene.canvases[0], scene.run.sims[0]
    background = pygame.Color(app.context.theme.palette.background)

    def brightness_at(citizen: int) -> int:
        x, y = canvas.positions[citizen]
        color = canvas.ties_layer.get_at((x - canvas.rect.left, y - canvas.rect.top))
        return sum(abs(a - b) for a, b in zip(color[:3], background[:3], strict=True))

    lit = {citizen: brightness_at(citizen) for citizen in range(50)}
    press(app, pygame.K_b)  # the high band alone
    assert scene.spotlight == 0 and canvas.layer_key == (sim.ticks, 0)
    assert scene.control_label("bands") == "Only ▲"
    for citizen in range(50):
        if band_index(sim.scores[citizen]) == 0:
            assert brightness_at(citizen) == lit[citizen]
        else:
            assert brightness_at(citizen) < lit[citizen] / 2  # dimmed
    for _ in range(len(BANDS) - 1):
        press(app, pygame.K_b)
    assert scene.spotlight == len(BANDS) - 1
    press(app, pygame.K_b)  # and back to all
    assert scene.spotlight is None and canvas.layer_key == (sim.ticks, None)
    assert app.context.fonts.overflow_log == []


def test_a_citizen_with_one_friend_has_one_friend_not_one_friends(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_v)
    scene = app.top
    sim = scene.run.sims[0]
    loner = next(index for index, row in enumerate(sim.ties) if index and len(row) > 1)
    for friend in sim.ties[loner][1:]:  # leave them one friend
        sim.ties[friend].remove(loner)
    del sim.ties[loner][1:]
    scene.selected = loner
    assert scene.citizen_lines()[2].startswith("1 friend · ")
    scene.selected = 0
    assert scene.citizen_lines()[2].startswith(f"{len(sim.ties[0])} friends · ")


def _nearest_within_a_cell(canvas, point):
    """What `citizen_at` means, by brute force over every dot (the later of equals)."""
    best, best_distance = None, canvas.cell * canvas.cell
    for index, (x, y) in enumerate(canvas.positions):
        distance = (x - point[0]) ** 2 + (y - point[1]) ** 2
        if distance <= best_distance:
            best, best_distance = index, distance
    return best if canvas.rect.collidepoint(point) else None


def test_picking_a_citizen_finds_the_nearest_dot_at_any_size(tmp_path, display):
    import random

    from game.ui.society_canvas import SocietyCanvas

    theme = make_app(tmp_path, display).context.theme
    rng = random.Random(11)
    for population, rect in ((17, (0, 0, 300, 200)), (2_000, (10, 50, 660, 290)),
                             (5_001, (360, 50, 320, 290)), (20_000, (10, 50, 660, 290))):
        canvas = SocietyCanvas(pygame.Rect(rect), population, theme, 950)
        inside = canvas.rect
        points = [(rng.randint(inside.left - 5, inside.right + 5),
                   rng.randint(inside.top - 5, inside.bottom + 5)) for _ in range(300)]
        points += [canvas.positions[i] for i in (0, population - 1)]
        for point in points:
            assert canvas.citizen_at(point) == _nearest_within_a_cell(canvas, point), point


def test_in_the_experiment_either_society_picks_a_citizen(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_v)
    scene = app.top
    press(app, pygame.K_x)
    left, right = scene.canvases
    app.step([motion(right.positions[77])])
    assert scene.hovered == 77
    app.step(click(right.positions[345]))
    assert scene.selected == 345
    app.step(click(left.positions[5]))
    assert scene.selected == 5


def test_on_a_projector_the_panel_still_says_what_the_charts_measure(tmp_path, display,
                                                                     monkeypatch):
    """Presenter mode (large text): the hint wraps at full size and the measures' definitions
    still fit under it, a little smaller, rather than disappearing."""
    import game.scenes.society as society_scene
    from game.shell import Settings

    app = make_app(tmp_path, display, Settings(presenter=True))
    press(app, pygame.K_v)
    scene = app.top
    drawn: dict[str, int] = {}
    real = society_scene.draw_text_box

    def recording(surface, text, rect, fonts, *, size, **style):
        drawn[text] = size
        return real(surface, text, rect, fonts, size=size, **style)

    import game.ui.text_box as text_box

    monkeypatch.setattr(society_scene, "draw_text_box", recording)
    monkeypatch.setattr(text_box, "draw_text_box", recording)  # under the shrinking boxes
    scene.selected = scene.hovered = None
    scene.draw(display)
    small = app.context.theme.fonts.small
    assert drawn[scene.data.t("ui.society.select_hint")] == small
    shrunk = small - society_scene.PANEL_SHRINK_PT
    assert shrunk <= drawn[scene.data.t("ui.society.definitions")] <= small
    assert app.context.fonts.overflow_log == []


def test_the_experiment_charts_share_their_axes_and_both_lines_show(tmp_path, display):
    from game.scenes.society_charts import measure_charts, week_labels
    from game.ui.chart_row import draw_chart_row

    app = make_app(tmp_path, display)
    press(app, pygame.K_v)
    scene = app.top
    press(app, pygame.K_x)
    for _ in range(12):
        scene.run.step()
    history, theme, fonts = scene.run.history, app.context.theme, app.context.fonts
    charts = measure_charts(history, scene.data.t)
    layouts = draw_chart_row(display, scene.charts_rect, charts,
                             scene.words.society_labels(), week_labels(history, scene.data.t),
                             theme, fonts)
    assert len(layouts) == len(charts) == 4
    widths = {layout.plot_rect.width for layout in layouts}
    ticks = {tuple(rect.left - layout.plot_rect.left for rect in layout.x_label_rects)
             for layout in layouts}
    assert len(widths) == 1 and len(ticks) == 1  # one x axis for every chart
    for chart, layout in zip(charts, layouts, strict=True):
        assert len(chart.series) == len(layout.points) == 2  # rule off and rule on
        values = [value for line in chart.series for value in line]
        assert chart.y_min <= min(values) and max(values) <= chart.y_max  # one y axis
    gini = layouts[-1]  # perk inequality: far from zero, its axis does not start there
    assert gini.y_min > 0


def test_the_legend_shows_each_band_in_its_own_shape_and_colour(tmp_path, display):
    from game.ui.society_canvas import BANDS

    app = make_app(tmp_path, display)
    press(app, pygame.K_v)
    scene, t = app.top, app.top.data.t
    canvas, series = scene.canvases[0], app.context.theme.palette.series
    assert scene.words.band_names() == [t(f"ui.band.{band}") for _, band, _ in BANDS]
    legend = canvas.legend_sprites(16, None)
    for band, (sprite, drawn) in enumerate(zip(legend, canvas.sprites, strict=True)):
        for picture in (sprite, drawn):  # the legend's shape is the society's
            middle = picture.get_width() // 2
            assert picture.get_at((middle, middle))[:3] == tuple(series[band])[:3]
    shapes = [sum(legend[band].get_at((x, y)).a > 0 for x in range(legend[band].get_width())
                  for y in range(legend[band].get_height())) for band in range(len(BANDS))]
    assert len(set(shapes)) == len(BANDS)  # four different shapes, not one in four colours
    from game.ui.text_record import TextRecord

    app.context.fonts.record = TextRecord()
    scene.draw(display)
    in_legend = [drawn for layer in app.context.fonts.record.layers for drawn in layer
                 if scene.legend_rect.collidepoint(drawn.rect[:2])]
    names = [drawn.text for drawn in sorted(in_legend, key=lambda d: (d.rect[1], d.rect[0]))]
    assert names[:len(BANDS)] == scene.words.band_names()  # in the bands' order, on screen
    for name in scene.words.band_names():
        assert name in scene.spoken_text()


def test_the_default_society_shows_a_shape_per_citizen_and_a_large_one_a_density_view(
        tmp_path, display):
    from game.ui.society_canvas import MIN_SHAPE_PX

    app = make_app(tmp_path, display)
    press(app, pygame.K_v)
    scene = app.top
    canvas = scene.canvases[0]
    assert not canvas.density and canvas.cell >= MIN_SHAPE_PX and canvas.offset >= 5
    press(app, pygame.K_x)  # two maps side by side: still a shape each
    assert all(not canvas.density for canvas in scene.canvases)
    press(app, pygame.K_x)
    scene.control_population_to(20_000)
    scene.rebuild()
    canvas = scene.canvases[0]
    assert canvas.density and canvas.block * canvas.cell >= MIN_SHAPE_PX
    assert str(canvas.citizens_per_shape()) in scene.words.legend_note(None,
                                                                       canvas.citizens_per_shape())


def test_the_experiment_maps_are_labelled_rule_off_and_on(tmp_path, display):
    from game.ui.text_record import TextRecord

    app = make_app(tmp_path, display)
    press(app, pygame.K_v)
    scene, t = app.top, app.top.data.t
    press(app, pygame.K_x)
    app.context.fonts.record = TextRecord()
    scene.draw(display)
    drawn = [text for layer in app.context.fonts.record.layers for text in layer]
    for label, canvas in zip((t("ui.society.rule_off"), t("ui.society.rule_on")),
                             scene.canvases, strict=True):  # each right over its map
        assert any(text.text.startswith(label) and text.rect[0] == canvas.rect.left
                   and text.rect[1] + text.rect[3] <= canvas.rect.top for text in drawn)


def test_controls_that_change_no_population_keep_the_map_and_its_layout(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_v)
    scene = app.top
    for _ in range(5):
        press(app, pygame.K_s)
    app.step([], 1 / 60)
    canvas, cells = scene.canvases[0], list(scene.canvases[0].layout.cells)
    weeks = canvas.layout.weeks
    assert weeks == scene.run.sims[0].ticks == 5
    for key_code in (pygame.K_h, pygame.K_e, pygame.K_2, pygame.K_4, pygame.K_b, pygame.K_e,
                     pygame.K_h):
        press(app, key_code)
        assert scene.canvases[0] is canvas  # the rule's text, era, levers: the map stays
    assert canvas.layout.weeks == weeks and canvas.layout.cells == cells
