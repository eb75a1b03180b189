"""List rows: a list never mixes label sizes, and a row kept whole (a code) is never cut."""

from __future__ import annotations

import pygame

from game.scenes.rows import ListRow, draw_list_row, even_out_labels, shown_label
from game.ui.button import WidgetState
from game.ui.text_record import TextRecord

ROW_WIDTH_PX = 640


def rows_drawn(rows, theme, fonts, canvas):
    """Lay the rows out one under another, draw them, and return what the record saw."""
    fonts.record = TextRecord()
    try:
        for index, row in enumerate(rows):
            row.rect = pygame.Rect(0, index * 48, ROW_WIDTH_PX, 44)
            draw_list_row(canvas, row, WidgetState(), theme, fonts)
        return fonts.record.top_layer()
    finally:
        fonts.record = None


def test_one_long_label_sets_the_size_of_every_row(theme, fonts, canvas):
    rows = [ListRow("a", "Week 12 · Bought: Gym pass · Behaviour", "+2"),
            ListRow("b", "Week 12 · Bought: Fresh fruit and vegetables · Behaviour", "+3"),
            ListRow("c", "Week 1 · Joined", "+0")]
    even_out_labels(rows, ROW_WIDTH_PX, theme, fonts)
    assert len({row.label_size for row in rows}) == 1
    assert rows[0].label_size < theme.fonts.body  # the long one needed a smaller size
    labels = [t for t in rows_drawn(rows, theme, fonts, canvas)
              if t.text in {shown_label(row) for row in rows}]
    assert len({t.size for t in labels}) == 1
    assert not any(t.cut for t in labels)


def test_short_labels_stay_at_body_size(theme, fonts):
    rows = [ListRow("a", "Diapers", "¥55 · 1 h"), ListRow("b", "Books", "¥70 · 3 h")]
    even_out_labels(rows, ROW_WIDTH_PX, theme, fonts)
    assert {row.label_size for row in rows} == {theme.fonts.body}


def test_a_code_kept_whole_is_drawn_whole_and_its_detail_yields(theme, fonts, canvas):
    code = "C3B0-0000-0JCE-1P71-5901-7A"
    row = ListRow("entry:0", code, "The Low Score Club", mark="✓", tooltip=f"{code}: …",
                  keep_label=True)
    even_out_labels([row], ROW_WIDTH_PX, theme, fonts)
    drawn = rows_drawn([row], theme, fonts, canvas)
    whole = [t for t in drawn if t.text == shown_label(row)]
    assert whole and not whole[0].cut
