"""The HTML mail in a real browser: headless Chromium at a phone's 375 px and a desktop's
1280 px. Nothing may need sideways scrolling, and every action's reference and due date must
be on screen, inside the viewport, not covered and not invisible.

Needs Debian's `chromium` (`make test` installs it when root; `apt-get install chromium`).
Without it the test skips with that reason, and under CI=true it fails instead.
Screenshots go to pytest's tmp dir; REMINDERS_SCREENSHOTS=docs writes the README's ones.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from reminders.digest import Inputs
from reminders.planning import plan
from reminders.render import longdate, render
from tests.chromium import Chromium, find
from tests.conftest import IN_CI
from tests.digest_helpers import action, load_config, meeting
from tests.test_render import ACTIONS, LONG_URL, MONDAY, OCT

WIDTHS = (375, 1280)

# Run in the page: the overflow, and for each needle whether some occurrence is visible.
PROBE = """
((needles, width) => {
  const root = document.documentElement;
  const nodes = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) nodes.push(walker.currentNode);
  const shown = (node, at, needle) => {
    const el = node.parentElement;
    el.scrollIntoView({block: "center", inline: "nearest"});
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    const rects = [...range.getClientRects()];
    const style = getComputedStyle(el);
    if (!rects.length || style.visibility !== "visible" || +style.opacity === 0
        || style.color === "rgba(0, 0, 0, 0)") return false;
    return rects.every(r => r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= width
      && (() => { const hit = document.elementFromPoint((r.left + r.right) / 2,
                                                        (r.top + r.bottom) / 2);
                  return hit === el || el.contains(hit); })());
  };
  const visible = {};
  for (const needle of needles) {
    visible[needle] = nodes.some(node => {
      const at = node.data.indexOf(needle);
      return at >= 0 && shown(node, at, needle);
    });
  }
  const wide = [...document.body.querySelectorAll("*")]
    .filter(el => el.getBoundingClientRect().right > width + 0.5)
    .slice(0, 3).map(el => el.tagName + "." + el.className + " " +
                     Math.round(el.getBoundingClientRect().right) + "px");
  return JSON.stringify({scrollWidth: Math.max(root.scrollWidth, document.body.scrollWidth),
                         visible, wide,
                         card: getComputedStyle(document.querySelector(".card"))
                               .backgroundColor});
})
"""


@pytest.fixture(scope="module")
def browser():
    executable = find()
    if executable is None:
        reason = ("headless Chromium is not installed (apt-get install chromium, or set "
                  "REMINDERS_CHROMIUM)")
        if IN_CI:
            pytest.fail(reason + ": CI must run the browser test")
        pytest.skip(reason)
    with Chromium(executable) as running:
        yield running


@pytest.fixture
def mails(write_config, tmp_path):
    """The CC digest (escalated, long words, a URL) and the overview, as HTML files."""
    config = load_config(write_config)
    board = meeting(id=3, title="Joint Audit, Risk and Standards Committee: Extraordinary "
                                "Session on the Estates Strategy", on=date(2021, 10, 12))
    extra = action(f"Publish the stop-and-search review at {LONG_URL} with the response "
                   "(Superintendent-Commissioner-Liaison-Arrangements).",
                   due=date(2022, 1, 14), id=91, item="12.4(b)")
    planned = plan(Inputs([*((a, OCT) for a in ACTIONS), (extra, board)], [OCT]), config,
                   MONDAY)
    digest = planned.digest_for("CC")
    files = {}
    for name, context, items in (
            ("digest", {"digest": digest, "escalation": config.mail.escalation},
             [*digest.overdue, *digest.due_soon]),
            ("overview", {"overview": planned.overview, "slot": planned.today},
             [i for g in planned.overview.overdue_by_owner for i in g.items]
             + list(planned.overview.due_soon))):
        path = tmp_path / f"{name}.html"
        path.write_text(render(config, name, **context).html, encoding="utf-8")
        needles = sorted({i.ref for i in items} | {longdate(i.due) for i in items if i.due})
        files[name] = (path, needles)
    assert len(files["digest"][1]) == 8  # 4 references, 4 due dates: the check has work
    return files


def probe(browser, path: Path, needles: list[str], width: int, *, dark: bool = False,
          shots: tuple[Path, ...] = ()) -> dict:
    """Measure the page, then screenshot it into each of ``shots``."""
    with browser.open(path.as_uri(), width=width, dark=dark) as page:
        found = json.loads(page.evaluate(f"{PROBE}({json.dumps(needles)}, {width})"))
        for shot in shots:
            page.screenshot(shot)
    return found


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["digest", "overview"])
def test_mail_fits_the_screen_and_shows_every_reference_and_due_date(browser, mails, name,
                                                                     width, tmp_path):
    path, needles = mails[name]
    shot = tmp_path / f"{name}-{width}.png"
    shots = [shot]
    if name == "digest" and (folder := os.environ.get("REMINDERS_SCREENSHOTS")):
        Path(folder).mkdir(parents=True, exist_ok=True)
        shots.append(Path(folder) / f"digest-{width}.png")
    found = probe(browser, path, needles, width, shots=tuple(shots))
    assert found["scrollWidth"] <= width, (
        f"{name} at {width}px is {found['scrollWidth']}px wide: {found['wide']} ({shot})")
    hidden = [needle for needle, seen in found["visible"].items() if not seen]
    assert not hidden, f"not visible at {width}px: {hidden} ({shot})"


def test_dark_mode_clients_get_dark_colours(browser, mails):
    path, needles = mails["digest"]
    light = probe(browser, path, needles, 375)
    dark = probe(browser, path, needles, 375, dark=True)
    assert light["card"] == "rgb(255, 255, 255)"
    assert dark["card"] == "rgb(30, 30, 30)"
    assert all(dark["visible"].values()), dark["visible"]


def test_the_check_catches_a_fixed_width_mail(browser, tmp_path):
    """The old layout (a fixed 640 px table) must fail the same probe at 375 px."""
    path = tmp_path / "fixed.html"
    path.write_text('<!DOCTYPE html><html><head><meta name="viewport" content="width='
                    'device-width, initial-scale=1"></head><body class="card">'
                    '<table width="640" style="width:640px"><tr><td>A-0042</td>'
                    '<td align="right">4 April 2022</td></tr></table></body></html>')
    found = probe(browser, path, ["A-0042", "4 April 2022"], 375)
    assert found["scrollWidth"] > 375
    assert found["visible"] == {"A-0042": True, "4 April 2022": False}
