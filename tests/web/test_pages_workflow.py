"""The GitHub Pages workflow (.github/workflows/pages.yml), read as GitHub reads it.

It cannot run here (no GitHub, no internet), so this checks what can be checked: it parses
as YAML, runs on pushes to main and by hand, has the permissions the Pages actions need,
installs the extra that holds the pinned pygbag, runs the very build command the README
gives, and uploads the folder that command writes with GitHub's official Pages actions.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from tools import build_web

yaml = pytest.importorskip("yaml", reason="PyYAML is in the test extra: pip install -e .[test]")

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
README = ROOT / "README.md"
CLASS_SECTION = "## 5. Getting it to a class"
PAGES_ACTIONS = ("actions/configure-pages", "actions/upload-pages-artifact",
                 "actions/deploy-pages")


def load_workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    # YAML 1.1 reads the key `on` as the boolean true; GitHub reads it as "on".
    if True in data:
        data["on"] = data.pop(True)
    return data


def steps_of(job: dict) -> list[dict]:
    steps = job["steps"]
    assert isinstance(steps, list) and all(isinstance(step, dict) for step in steps)
    return steps


def action(step: dict) -> str:
    return str(step.get("uses", "")).split("@")[0]


def readme_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(CLASS_SECTION)
    end = text.find("\n## ", start + len(CLASS_SECTION))
    return text[start:end if end >= 0 else None]


def test_workflow_runs_on_main_and_by_hand_with_the_pages_permissions():
    workflow = load_workflow()
    triggers = workflow["on"]
    assert triggers["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"]["group"] == "pages"


def test_build_job_installs_pygbag_and_runs_the_readmes_build_command():
    build = load_workflow()["jobs"]["build"]
    steps = steps_of(build)
    names = [action(step) for step in steps]
    assert names[0] == "actions/checkout"
    python = next(step for step in steps if action(step) == "actions/setup-python")
    version = tuple(int(part) for part in str(python["with"]["python-version"]).split("."))
    assert version >= (3, 11)  # pyproject's requires-python

    runs = [step["run"].strip() for step in steps if "run" in step]
    install, build_command = runs
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["optional-dependencies"]
    assert '".[web]"' in install
    assert f"pygbag=={build_web.PYGBAG_VERSION}" in extras["web"]
    assert build_command == ".venv/bin/python tools/build_web.py"
    assert "--local-runtime" not in build_command and "--archive" not in build_command
    section = readme_section()
    assert re.search(rf"^\s*{re.escape(build_command)}$", section, re.MULTILINE), (
        "the README's 'Getting it to a class' must give the workflow's build command")

    upload = next(step for step in steps if action(step) == "actions/upload-pages-artifact")
    assert upload["with"]["path"] == build_web.BUILD_DIR.relative_to(ROOT).as_posix()
    assert names.index("actions/configure-pages") < names.index("actions/upload-pages-artifact")
    assert runs.index(build_command) == len(runs) - 1  # built before uploading
    assert steps.index(upload) > [step.get("run", "").strip() for step in steps].index(
        build_command)


def test_deploy_job_publishes_with_the_official_action_after_the_build():
    jobs = load_workflow()["jobs"]
    deploy = jobs["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    step = steps_of(deploy)[0]
    assert action(step) == "actions/deploy-pages"
    assert deploy["environment"]["url"] == "${{ steps." + step["id"] + ".outputs.page_url }}"
    used = {action(step) for job in jobs.values() for step in steps_of(job)}
    assert set(PAGES_ACTIONS) <= used
    for job in jobs.values():
        for step in steps_of(job):
            if "uses" in step:
                assert step["uses"].startswith("actions/"), "only GitHub's own actions"
                assert re.fullmatch(r"[\w./-]+@v\d+", step["uses"]), step["uses"]


def test_readme_gives_the_three_ways_and_when_to_choose_each():
    section = readme_section()
    for way in ("GitHub Pages", "itch.io", "tools/build_web.py --archive",
                "tools/fetch_runtime.py", "--local-runtime", "tools/serve_web.py --lan",
                ".github/workflows/pages.yml"):
        assert way in section, way
    assert "Choose" in section or "choose" in section
