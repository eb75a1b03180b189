"""Synthesised cues match the mixer format; the board is silent, not broken, without audio."""

from array import array

import pygame
import pytest

from game.ui.sound import CUE_NAMES, CUES, SoundBoard, Tone, build_cue, synthesize, to_pcm
from tests.ui_helpers import SilentMixer

EXPECTED_CUES = {"click", "coin", "score_up", "score_down", "alert", "week_end",
                 "threshold_up", "threshold_down"}


def test_all_cues_exist_and_are_short():
    assert set(CUE_NAMES) == EXPECTED_CUES
    for name, tones in CUES.items():
        assert 0 < sum(t.duration_s for t in tones) <= 1.0, name


@pytest.mark.parametrize(
    ("mixer_format", "bytes_per_frame"),
    [((44100, -16, 2), 4), ((22050, -16, 1), 2), ((48000, 16, 2), 4), ((44100, 8, 1), 1),
     ((44100, 32, 2), 8)],
)
def test_pcm_length_matches_the_mixer_format(mixer_format, bytes_per_frame):
    rate, _, _ = mixer_format
    pcm = build_cue("coin", mixer_format)
    frames = sum(round(t.duration_s * rate) for t in CUES["coin"])
    assert len(pcm) == frames * bytes_per_frame


def test_samples_stay_in_range_and_start_and_end_quietly():
    samples = synthesize(CUES["alert"], 44100)
    assert max(samples) <= 1.0 and min(samples) >= -1.0
    assert max(abs(s) for s in samples) > 0.1  # audible
    assert abs(samples[0]) < 0.01 and abs(samples[-1]) < 0.05  # no click at the ends


def test_pcm_interleaves_channels_and_clamps():
    pcm = to_pcm(array("f", [0.5, -2.0]), -16, 2)
    assert array("h", pcm).tolist() == [16383, 16383, -32767, -32767]
    unsigned = array("B", to_pcm(array("f", [0.0]), 8, 1))
    assert unsigned.tolist() == [128]
    with pytest.raises(ValueError):
        to_pcm(array("f", [0.0]), 24, 2)


def test_rest_is_silent():
    assert set(synthesize([Tone(0, 0, 0.01, volume=0)], 8000)) == {0.0}


def test_board_plays_on_the_dummy_audio_driver(display):
    board = SoundBoard()
    assert board.available, board.problem
    assert board.play("coin")
    board.muted = True
    assert not board.play("coin")


def test_board_is_silent_and_never_raises_without_a_device():
    board = SoundBoard(mixer=SilentMixer())
    assert not board.available
    assert "audio device" in board.problem
    for name in CUE_NAMES:
        assert board.play(name) is False


def test_board_survives_a_mixer_module_missing_from_the_build():
    class MissingModule:
        def __getattr__(self, name):
            raise NotImplementedError("mixer module not available")

    board = SoundBoard(mixer=MissingModule())
    assert not board.available
    assert board.play("alert") is False


def test_board_survives_a_device_lost_while_playing():
    class BrokenSound:
        def play(self):
            raise pygame.error("device lost")

    class FlakyMixer:
        def get_init(self):
            return (22050, -16, 1)

        def Sound(self, buffer):  # noqa: N802 - mirrors pygame.mixer.Sound
            assert isinstance(buffer, bytes) and buffer
            return BrokenSound()

    board = SoundBoard(mixer=FlakyMixer())
    assert board.available
    assert board.play("click") is False


def test_unknown_cue_is_a_programming_error_even_when_silent():
    with pytest.raises(KeyError, match="unknown sound cue"):
        SoundBoard(mixer=SilentMixer()).play("kazoo")
