"""tools/build_web.py --local-runtime: what it refuses before building, and the page it checks.

The build itself, with a stand-in runtime, and the page in Chromium are in
tests/browser/test_local_runtime.py.
"""

from __future__ import annotations

import pytest

from tools import build_web
from tools.runtime_manifest import load_manifest

MANIFEST = load_manifest()


def test_local_runtime_and_the_itch_zip_do_not_go_together(tmp_path):
    with pytest.raises(build_web.BuildError, match="do not go together"):
        build_web.build(archive=True, local_runtime=tmp_path)


def test_a_folder_not_made_by_the_fetch_tool_is_refused_with_what_to_run(tmp_path):
    (tmp_path / "0.9.3").mkdir()
    (tmp_path / "0.9.3" / "pythons.js").write_text("// copied by hand", encoding="utf-8")
    with pytest.raises(build_web.BuildError) as refused:
        build_web.build(local_runtime=tmp_path)
    message = str(refused.value)
    assert "runtime-lock.json is missing" in message
    assert f"python tools/fetch_runtime.py {tmp_path}" in message
    with pytest.raises(build_web.BuildError, match="is not a folder"):
        build_web.build(local_runtime=tmp_path / "nowhere")


def test_the_local_page_must_load_the_runtime_beside_it_and_name_no_cdn():
    assert build_web.local_cdn(MANIFEST) == "runtime/0.9.3/"
    good = '<script src="runtime/0.9.3/pythons.js" type="module">'
    assert build_web.local_page_problems(good, MANIFEST) == []
    cdn_page = f'<script src="{build_web.RUNTIME_CDN}pythons.js" type="module">'
    problems = build_web.local_page_problems(cdn_page, MANIFEST)
    assert len(problems) == 2 and "runtime/0.9.3/" in problems[0]


def test_the_build_command_line_takes_a_default_runtime_folder(monkeypatch):
    seen = {}

    def fake_build(**options):
        seen.update(options)
        raise build_web.BuildError("stopped by the test")

    monkeypatch.setattr(build_web, "build", fake_build)
    assert build_web.main(["--local-runtime"]) == 1
    assert seen["local_runtime"] == build_web.DEFAULT_RUNTIME_FOLDER.resolve()
    assert build_web.main([]) == 1
    assert seen["local_runtime"] is None


def test_the_page_asks_for_no_runtime_feature_the_manifest_leaves_out():
    """The manifest's list holds for a page with sound and graphics only: a terminal ("vt",
    "vtx", xtermjs), file uploads ("fs") or "smp" would make pythons.js fetch files the
    manifest does not list (vt.js, vtx.js, xtermjsixel/, lib/index.html)."""
    template = build_web.TEMPLATE.read_text(encoding="utf-8")
    assert 'data-os="snd,gui"' in template
    assert "xtermjs: 0," in template
    assert f"{MANIFEST.page_folder}cpython312/main.js" in MANIFEST.paths  # python3.12's folder
