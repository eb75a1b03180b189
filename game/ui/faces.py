"""Faces drawn by the game itself: a head and shoulders from a handful of plain shapes.

A face is described by a `FaceSpec` (indices into the tables below, so it is plain data),
never chosen at draw time: `face_from_key` derives one from any text (a citizen's id) with
a hash, and named people have theirs written out in data. Faces are drawn four times too
large and scaled down smoothly, so they stay clean at the 20-30 px they are shown in a
list, and each size is drawn once and cached.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, fields

import pygame

from game.ui.lru import LruCache

Color = tuple[int, int, int]

# Skin tones from light to deep (sRGB), the range of people anywhere.
SKIN_TONES: tuple[Color, ...] = (
    (250, 221, 196), (238, 194, 160), (222, 170, 128), (196, 138, 98), (158, 104, 70),
    (112, 72, 48),
)
HAIR_COLOURS: tuple[Color, ...] = (
    (28, 24, 24), (66, 44, 30), (120, 82, 50), (150, 150, 150), (226, 226, 222),
    (70, 100, 170),  # dyed blue
    (150, 52, 52),  # dyed red
)
SHIRT_COLOURS: tuple[Color, ...] = (
    (0, 114, 178), (0, 158, 115), (213, 94, 0), (204, 121, 167), (86, 180, 233),
    (240, 228, 66), (60, 60, 72), (230, 230, 230), (150, 90, 40),
)
HAIR_STYLES = ("short", "crop", "bob", "long", "bun", "ponytail", "curly", "bald")
EYES = ("round", "smile", "narrow")
MOUTHS = ("smile", "flat", "open", "grin")
BROWS = ("level", "raised", "frown")

SUPERSAMPLE = 4  # faces are drawn this many times larger, then scaled down
FACE_CACHE_SIZE = 256  # (face, size, ring) surfaces kept
OUTLINE: Color = (20, 20, 26)  # the dark line around shapes, for contrast at small sizes
EYE_WHITE: Color = (250, 250, 250)
LIP: Color = (120, 50, 50)
GLASSES: Color = (30, 30, 34)
SHADE = 0.78  # how much darker the ears and neck are than the face


@dataclass(frozen=True)
class FaceSpec:
    """One face, as indices into the tables above and a few switches."""

    skin: int = 0
    hair_colour: int = 0
    hair: str = "short"
    eyes: str = "round"
    mouth: str = "smile"
    brows: str = "level"
    shirt: int = 0
    glasses: bool = False
    stubble: bool = False

    def __post_init__(self) -> None:
        checks = (("skin", self.skin, range(len(SKIN_TONES))),
                  ("hair_colour", self.hair_colour, range(len(HAIR_COLOURS))),
                  ("shirt", self.shirt, range(len(SHIRT_COLOURS))),
                  ("hair", self.hair, HAIR_STYLES), ("eyes", self.eyes, EYES),
                  ("mouth", self.mouth, MOUTHS), ("brows", self.brows, BROWS))
        for name, value, allowed in checks:
            if value not in allowed:
                raise ValueError(f"face {name} must be one of {list(allowed)}, not {value!r}")

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


def face_from_key(key: str) -> FaceSpec:
    """A face chosen from `key` alone (CRC-32 of its text): the same key gives the same face
    on every machine and every run."""
    bits = zlib.crc32(key.encode("utf-8"))

    def pick(count: int) -> int:
        nonlocal bits
        value = bits % count
        bits //= count
        return value

    skin = pick(len(SKIN_TONES))
    hair = HAIR_STYLES[pick(len(HAIR_STYLES))]
    hair_colour = pick(len(HAIR_COLOURS) - 2)  # natural colours only for strangers
    eyes = EYES[pick(len(EYES))]
    mouth = MOUTHS[pick(len(MOUTHS))]
    shirt = pick(len(SHIRT_COLOURS))
    glasses = pick(4) == 0
    stubble = hair in ("short", "crop", "bald") and pick(3) == 0
    return FaceSpec(skin=skin, hair_colour=hair_colour, hair=hair, eyes=eyes, mouth=mouth,
                    shirt=shirt, glasses=glasses, stubble=stubble)


def _darker(color: Color, factor: float = SHADE) -> Color:
    return (int(color[0] * factor), int(color[1] * factor), int(color[2] * factor))


def _ellipse(surface: pygame.Surface, color: Color, rect: pygame.Rect, outline: int) -> None:
    pygame.draw.ellipse(surface, OUTLINE, rect.inflate(2 * outline, 2 * outline))
    pygame.draw.ellipse(surface, color, rect)


def _draw_hair_back(surface: pygame.Surface, spec: FaceSpec, head: pygame.Rect,
                    color: Color, outline: int) -> None:
    """Hair that falls behind the head: long hair, a bob, a ponytail, a bun."""
    if spec.hair == "long":
        back = pygame.Rect(0, 0, head.width * 128 // 100, head.height * 135 // 100)
        back.midtop = (head.centerx, head.top - head.height // 10)
        pygame.draw.rect(surface, OUTLINE, back.inflate(2 * outline, 2 * outline),
                         border_radius=back.width // 2)
        pygame.draw.rect(surface, color, back, border_radius=back.width // 2)
    elif spec.hair == "bob":
        back = pygame.Rect(0, 0, head.width * 124 // 100, head.height * 100 // 100)
        back.midtop = (head.centerx, head.top - head.height // 12)
        _ellipse(surface, color, back, outline)
    elif spec.hair == "ponytail":
        tail = pygame.Rect(0, 0, head.width // 3, head.height * 7 // 10)
        tail.topleft = (head.right - tail.width // 2, head.top + head.height // 6)
        _ellipse(surface, color, tail, outline)
    elif spec.hair == "bun":
        bun = pygame.Rect(0, 0, head.width // 2, head.width // 2)
        bun.midbottom = (head.centerx, head.top + head.height // 8)
        _ellipse(surface, color, bun, outline)


def _draw_hair_front(surface: pygame.Surface, spec: FaceSpec, head: pygame.Rect,
                     color: Color) -> None:
    """Hair over the top of the head (clipped to a cap shape)."""
    if spec.hair == "bald":
        return
    depth = {"crop": 0.22, "short": 0.32, "curly": 0.36, "bob": 0.38, "long": 0.36,
             "bun": 0.3, "ponytail": 0.3}[spec.hair]
    cap = pygame.Rect(head.left - head.width // 20, head.top - head.height // 12,
                      head.width + head.width // 10, int(head.height * (depth + 0.1)) * 2)
    clip = surface.get_clip()
    surface.set_clip(pygame.Rect(cap.left, cap.top, cap.width, int(head.height * (depth + 0.1))))
    pygame.draw.ellipse(surface, color, cap)
    surface.set_clip(clip)
    if spec.hair == "curly":
        radius = head.width // 8
        for step in range(6):
            x = head.left + radius + step * (head.width - 2 * radius) // 5
            pygame.draw.circle(surface, color, (x, head.top + radius // 2), radius)
    elif spec.hair in ("short", "bob", "long"):  # a side parting: a fringe sweeping down
        fringe = [(head.centerx - head.width // 10, head.top),
                  (head.right, head.top + head.height // 5),
                  (head.right, head.top + int(head.height * (depth + 0.05)))]
        pygame.draw.polygon(surface, color, fringe)
        if spec.hair in ("bob", "long"):  # hair framing the face on both sides
            width = head.width // 9
            for side in (head.left - width // 3, head.right - width * 2 // 3):
                strand = pygame.Rect(side, head.top + head.height // 5, width,
                                     head.height * 45 // 100)
                pygame.draw.rect(surface, color, strand, border_radius=strand.width // 2)


def _draw_eyes(surface: pygame.Surface, spec: FaceSpec, head: pygame.Rect) -> None:
    y = head.top + head.height * 50 // 100
    gap = head.width * 21 // 100
    size = max(2, head.width // 9)
    for x in (head.centerx - gap, head.centerx + gap):
        if spec.eyes == "smile":  # closed, happy arcs
            arc = pygame.Rect(x - size, y - size // 2, 2 * size, 2 * size)
            pygame.draw.arc(surface, OUTLINE, arc, 0.3, 2.84, max(2, size // 2))
        elif spec.eyes == "narrow":
            pygame.draw.ellipse(surface, OUTLINE, pygame.Rect(x - size, y - size // 3,
                                                              2 * size, size * 3 // 4))
        else:
            pygame.draw.circle(surface, EYE_WHITE, (x, y), size)
            pygame.draw.circle(surface, OUTLINE, (x, y + size // 6), size * 6 // 10)
        brow_y = y - size * 2
        lift = {"level": 0, "raised": -size // 2, "frown": size // 2}[spec.brows]
        inner_x = x + (size if x < head.centerx else -size)
        outer_x = x - (size if x < head.centerx else -size)
        pygame.draw.line(surface, OUTLINE, (outer_x, brow_y), (inner_x, brow_y + lift),
                         max(2, size * 2 // 3))
    if spec.glasses:
        width = max(2, size // 3)
        for x in (head.centerx - gap, head.centerx + gap):
            pygame.draw.circle(surface, GLASSES, (x, y), int(size * 1.9), width)
        pygame.draw.line(surface, GLASSES, (head.centerx - gap + int(size * 1.9), y),
                         (head.centerx + gap - int(size * 1.9), y), width)


def _draw_mouth(surface: pygame.Surface, spec: FaceSpec, head: pygame.Rect,
                skin: Color) -> None:
    y = head.top + head.height * 73 // 100
    half = head.width * 16 // 100
    thick = max(3, head.width // 16)
    if spec.stubble:
        shadow = pygame.Rect(head.left + head.width // 5, y - head.height // 10,
                             head.width * 3 // 5, head.height * 3 // 10)
        pygame.draw.ellipse(surface, _darker(skin, 0.85), shadow)
    if spec.mouth == "flat":
        pygame.draw.line(surface, LIP, (head.centerx - half, y), (head.centerx + half, y), thick)
    elif spec.mouth == "open":
        pygame.draw.ellipse(surface, LIP, pygame.Rect(head.centerx - half * 2 // 3, y - half // 2,
                                                      half * 4 // 3, half))
    elif spec.mouth == "grin":
        grin = pygame.Rect(head.centerx - half, y - half, 2 * half, 2 * half)
        clip = surface.get_clip()
        surface.set_clip(pygame.Rect(grin.left, y, grin.width, half + 1))
        pygame.draw.ellipse(surface, LIP, grin)
        pygame.draw.ellipse(surface, EYE_WHITE, grin.inflate(-thick * 2, -half))
        surface.set_clip(clip)
    else:
        arc = pygame.Rect(head.centerx - half, y - half, 2 * half, 2 * half // 2 + half // 2)
        pygame.draw.arc(surface, LIP, arc, 3.5, 5.9, thick)


def draw_face_at(surface: pygame.Surface, spec: FaceSpec, rect: pygame.Rect,
                 ring: Color | None = None) -> None:
    """Draw `spec` filling `rect` (a square) at full resolution: shoulders, neck, head,
    ears, hair, eyes, brows, mouth; `ring` outlines the round frame."""
    size = min(rect.width, rect.height)
    box = pygame.Rect(0, 0, size, size)
    box.center = rect.center
    outline = max(1, size // 40)
    skin = SKIN_TONES[spec.skin]
    hair = HAIR_COLOURS[spec.hair_colour]
    shirt = SHIRT_COLOURS[spec.shirt]
    clip = surface.get_clip()
    surface.set_clip(box.clip(clip) if clip else box)
    pygame.draw.circle(surface, (215, 222, 232), box.center, size // 2)
    shoulders = pygame.Rect(0, 0, size * 9 // 10, size * 6 // 10)
    shoulders.midtop = (box.centerx, box.top + size * 76 // 100)
    _ellipse(surface, shirt, shoulders, outline)
    neck = pygame.Rect(0, 0, size * 22 // 100, size * 20 // 100)
    neck.midtop = (box.centerx, box.top + size * 62 // 100)
    pygame.draw.rect(surface, _darker(skin), neck)
    head = pygame.Rect(0, 0, size * 50 // 100, size * 60 // 100)
    head.midtop = (box.centerx, box.top + size * 16 // 100)
    _draw_hair_back(surface, spec, head, hair, outline)
    for side in (-1, 1):
        ear = pygame.Rect(0, 0, size // 9, size // 7)
        ear.center = (head.centerx + side * head.width // 2, head.top + head.height // 2)
        _ellipse(surface, _darker(skin), ear, outline)
    _ellipse(surface, skin, head, outline)
    _draw_hair_front(surface, spec, head, hair)
    _draw_eyes(surface, spec, head)
    _draw_mouth(surface, spec, head, skin)
    surface.set_clip(clip)
    if ring is not None:
        pygame.draw.circle(surface, ring, box.center, size // 2, max(1, size // 24))


class FaceBook:
    """Faces as small surfaces, drawn once per (face, size, ring) and then reused."""

    def __init__(self, capacity: int = FACE_CACHE_SIZE) -> None:
        self._cache: LruCache[tuple, pygame.Surface] = LruCache(capacity)

    def surface(self, spec: FaceSpec, size_px: int, ring: Color | None = None) -> pygame.Surface:
        """`spec` as a `size_px` square with a transparent outside."""
        size_px = max(8, size_px)
        return self._cache.get_or_make((spec, size_px, ring),
                                       lambda: self._draw(spec, size_px, ring))

    @staticmethod
    def _draw(spec: FaceSpec, size_px: int, ring: Color | None) -> pygame.Surface:
        big = size_px * SUPERSAMPLE
        canvas = pygame.Surface((big, big), pygame.SRCALPHA)
        draw_face_at(canvas, spec, canvas.get_rect(), ring)
        mask = pygame.Surface((big, big), pygame.SRCALPHA)  # round frame: outside transparent
        pygame.draw.circle(mask, (255, 255, 255, 255), (big // 2, big // 2), big // 2)
        canvas.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
        return pygame.transform.smoothscale(canvas, (size_px, size_px))

    def draw(self, surface: pygame.Surface, spec: FaceSpec, rect: pygame.Rect,
             ring: Color | None = None) -> pygame.Rect:
        """Blit the face centred in `rect` at the rect's smaller side; returns where."""
        image = self.surface(spec, min(rect.width, rect.height), ring)
        return surface.blit(image, image.get_rect(center=rect.center))
