"""Short interface sound cues, synthesised at start-up, and a board that plays them.

The web build only accepts ``.ogg`` files, so the cues are built in memory instead: each is
a few tones rendered with the ``array`` module into PCM that matches the mixer's format
(``pygame.mixer.get_init()``: rate, sample size, channels) and handed to
``pygame.mixer.Sound(buffer=...)``. Without an audio device the board stays silent and
never raises.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal

import pygame

Waveform = Literal["sine", "square", "triangle"]

MASTER_AMPLITUDE = 0.32  # fraction of full scale for a tone at volume 1.0
ATTACK_S = 0.004  # fade-in at the start of each tone, avoids clicks
RELEASE_S = 0.025  # fade-out at the end of each tone, avoids clicks
SAMPLE_LIMITS = {  # PCM size as reported by get_init() -> (array typecode, zero, peak)
    -8: ("b", 0, 127),
    8: ("B", 128, 127),
    -16: ("h", 0, 32767),
    16: ("H", 32768, 32767),
    -32: ("f", 0, 1.0),  # SDL's 32-bit formats as pygame reports them are float
    32: ("f", 0, 1.0),
}


@dataclass(frozen=True)
class Tone:
    """A tone that glides from ``start_hz`` to ``end_hz``; volume 0 makes it a rest."""

    start_hz: float
    end_hz: float
    duration_s: float
    volume: float = 1.0  # 0..1, relative to MASTER_AMPLITUDE
    waveform: Waveform = "sine"
    decay_per_s: float = 0.0  # exponential decay rate; 0 keeps the level steady


def _rest(duration_s: float) -> Tone:
    return Tone(0.0, 0.0, duration_s, volume=0.0)


CUES: Mapping[str, tuple[Tone, ...]] = MappingProxyType({
    "click": (Tone(1800, 1100, 0.03, 0.45, "square", decay_per_s=60),),
    "coin": (
        Tone(988, 988, 0.07, 0.45, "square", decay_per_s=8),
        Tone(1319, 1319, 0.22, 0.45, "square", decay_per_s=10),
    ),
    "score_up": (
        Tone(523, 784, 0.12, 0.8, "triangle"),
        Tone(1047, 1047, 0.18, 0.7, "triangle", decay_per_s=9),
    ),
    "threshold_up": (  # a perk unlocked or a penalty lifted: a rising fanfare
        Tone(659, 659, 0.08, 0.7, "triangle"),
        Tone(880, 880, 0.08, 0.7, "triangle"),
        Tone(1319, 1319, 0.30, 0.7, "triangle", decay_per_s=6),
    ),
    "threshold_down": (  # a perk lost or a penalty begun: two falling low notes
        Tone(392, 330, 0.16, 0.8, "square"),
        _rest(0.05),
        Tone(262, 220, 0.30, 0.7, "square", decay_per_s=5),
    ),
    "score_down": (
        Tone(440, 262, 0.22, 0.8, "triangle"),
        Tone(196, 196, 0.16, 0.7, "triangle", decay_per_s=9),
    ),
    "alert": (
        Tone(880, 880, 0.11, 0.5, "square"),
        _rest(0.04),
        Tone(660, 660, 0.11, 0.5, "square"),
        _rest(0.04),
        Tone(880, 880, 0.11, 0.5, "square"),
        _rest(0.04),
        Tone(660, 660, 0.14, 0.5, "square", decay_per_s=6),
    ),
    "week_end": (
        Tone(523, 523, 0.09, 0.7),
        Tone(659, 659, 0.09, 0.7),
        Tone(784, 784, 0.09, 0.7),
        Tone(1047, 1047, 0.36, 0.7, decay_per_s=6),
    ),
})
CUE_NAMES = tuple(CUES)


def _tone_samples(tone: Tone, sample_rate_hz: int) -> list[float]:
    """One tone's mono samples, written as list comprehensions to keep start-up fast."""
    count = max(1, round(tone.duration_s * sample_rate_hz))
    if tone.volume == 0:
        return [0.0] * count
    radians_per_sample = 2 * math.pi / sample_rate_hz
    glide_per_sample = (tone.end_hz - tone.start_hz) / count
    # Phase of a linear glide: the running sum of the instantaneous frequency.
    phases = [
        radians_per_sample * (tone.start_hz * i + glide_per_sample * i * (i - 1) / 2)
        for i in range(count)
    ]
    sin = math.sin
    if tone.waveform == "sine":
        wave = [sin(p) for p in phases]
    elif tone.waveform == "square":
        wave = [1.0 if sin(p) >= 0 else -1.0 for p in phases]
    elif tone.waveform == "triangle":
        asin, scale = math.asin, 2 / math.pi
        wave = [scale * asin(sin(p)) for p in phases]
    else:
        raise ValueError(f"unknown waveform {tone.waveform!r}")
    gain = MASTER_AMPLITUDE * tone.volume
    if tone.decay_per_s:
        factor = math.exp(-tone.decay_per_s / sample_rate_hz)
        samples = [gain * w * factor**i for i, w in enumerate(wave)]
    else:
        samples = [gain * w for w in wave]
    attack = min(count, max(1, round(ATTACK_S * sample_rate_hz)))
    release = min(count, max(1, round(RELEASE_S * sample_rate_hz)))
    for i in range(attack):
        samples[i] *= i / attack
    for i in range(release):
        samples[count - 1 - i] *= min(1.0, i / release)
    return samples


def synthesize(tones: Sequence[Tone], sample_rate_hz: int) -> array:
    """Mono samples in -1..1 (typecode "f") for the tones played one after another."""
    samples = array("f")
    for tone in tones:
        samples.extend(_tone_samples(tone, sample_rate_hz))
    return samples


def to_pcm(samples: array, size_bits: int, channels: int) -> bytes:
    """Convert mono float samples to interleaved PCM bytes in the mixer's sample format.

    ``size_bits`` is as ``pygame.mixer.get_init()`` reports it: negative means signed.
    """
    if size_bits not in SAMPLE_LIMITS:
        raise ValueError(f"unsupported mixer sample size {size_bits}")
    if channels < 1:
        raise ValueError(f"channel count must be positive, got {channels}")
    typecode, zero, peak = SAMPLE_LIMITS[size_bits]
    if typecode == "f":
        mono = array("f", samples)
    else:
        if samples and (max(samples) > 1.0 or min(samples) < -1.0):
            samples = array("f", [max(-1.0, min(1.0, s)) for s in samples])
        mono = array(typecode, [zero + int(s * peak) for s in samples])
    if channels == 1:
        return mono.tobytes()
    interleaved = array(typecode, bytes(mono.itemsize * len(mono) * channels))
    for channel in range(channels):
        interleaved[channel::channels] = mono
    return interleaved.tobytes()


def build_cue(name: str, mixer_format: tuple[int, int, int]) -> bytes:
    """PCM bytes for a named cue in a (frequency Hz, size bits, channels) mixer format."""
    frequency_hz, size_bits, channels = mixer_format
    return to_pcm(synthesize(CUES[name], frequency_hz), size_bits, channels)


class SoundBoard:
    """Plays the named cues; silent (never raising) if there is no working mixer.

    ``mixer`` is the ``pygame.mixer`` module unless a test passes a stand-in.
    """

    def __init__(self, *, muted: bool = False, mixer: Any = None) -> None:
        self.muted = muted
        self._sounds: dict[str, Any] = {}
        self.problem: str | None = None  # why the board is silent, for a log or debug line
        try:
            if mixer is None:
                mixer = pygame.mixer  # a stand-in that raises if the build lacks the module
            if mixer.get_init() is None:
                mixer.init()
            mixer_format = mixer.get_init()
            if mixer_format is None:
                raise RuntimeError("mixer did not initialise")
            for name in CUE_NAMES:
                self._sounds[name] = mixer.Sound(buffer=build_cue(name, mixer_format))
        except Exception as error:  # no device, no mixer module, odd format: stay silent
            self._sounds.clear()
            self.problem = f"sound disabled: {error}"

    @property
    def available(self) -> bool:
        return bool(self._sounds)

    @property
    def names(self) -> tuple[str, ...]:
        return CUE_NAMES

    def play(self, name: str) -> bool:
        """Play a cue unless muted or unavailable; True if it started.

        An unknown name is a programming error and raises ``KeyError`` even when silent.
        """
        if name not in CUES:
            raise KeyError(f"unknown sound cue {name!r}; known: {', '.join(CUE_NAMES)}")
        sound = self._sounds.get(name)
        if self.muted or sound is None:
            return False
        try:
            sound.play()
        except Exception:  # a device lost mid-game must not end the game
            return False
        return True
