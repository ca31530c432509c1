"""What an installed (non-editable) reminders carries: every package, templates, migrations."""

from __future__ import annotations

import tomllib

from tests.conftest import REPO


def _setuptools() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]


def test_every_python_package_in_the_source_is_listed_for_the_wheel():
    found = {".".join(p.parent.relative_to(REPO).parts)
             for p in (REPO / "reminders").rglob("*.py") if "__pycache__" not in p.parts}
    listed = set(_setuptools()["packages"])
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_the_top_level_templates_ship_inside_the_package():
    assert _setuptools()["package-dir"]["reminders.templates"] == "templates"
    shipped = _setuptools()["package-data"]["reminders.templates"]
    for template in (REPO / "templates").iterdir():
        assert any(template.match(pattern) for pattern in shipped), template.name
