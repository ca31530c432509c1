"""The clean-up conversions leave behind: stray HTML, look-alike letters, page furniture,
passages printed more than once, cells split across lines."""

from __future__ import annotations

from datetime import date

import pytest

from reminders.minutes import extract_text
from reminders.minutes.clean import clean, fold_lookalikes, is_furniture
from reminders.minutes.markup import html_lines

HEAD = "Assurance Meeting\nDate: 4 October 2021\n\n"


def test_cyrillic_lookalikes_in_codes_fold_to_latin():
    assert fold_lookalikes("process.\tСС") == "process.\tCC"
    assert fold_lookalikes("DРСС") == "DPCC"  # mixed scripts


def test_real_cyrillic_words_are_left_alone():
    assert fold_lookalikes("Сергей Иванов") == "Сергей Иванов"


def test_trailing_cyrillic_owner_cell_names_the_owner():
    got = extract_text(HEAD + "\tACTION: Revisit in 6 months to review the VRR process.\tСС\n")
    (action,) = got.actions
    assert action.owners == ("CC",)
    assert (action.due, action.basis) == (date(2022, 4, 4), "stated")


@pytest.mark.parametrize("line", ["Page 2 of 5", "Page 2 or 5\t\t", "Fage 5\t\t", "Page 3",
                                  "--\t--\t--", "12", "2 of 7"])
def test_page_furniture_is_recognised(line: str):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["2.1 Governance", "Page turner awards were discussed.", "r1"])
def test_content_is_not_furniture(line: str):
    assert not is_furniture(line)


def test_page_break_inside_a_sentence_does_not_split_the_action():
    text = HEAD + "\tACTION: The ACC to provide an update on the multi-agency\t\n\n" \
        "Page 2 or 5\t\t\n\tsafeguarding approach in May.\t\n"
    (action,) = extract_text(text).actions
    assert action.text.endswith("multi-agency safeguarding approach in May.")
    assert action.due == date(2022, 5, 31)


def test_stray_html_lists_become_items():
    lines = [text for _, text in html_lines(
        "<ul> <li>Noted.</li> <li>Actions arising: <ol> <li>A</li> <li>B</li> </ol> </li> </ul>")]
    assert lines == ["• Noted.", "• Actions arising:", "  1. A", "  2. B"]


def test_entities_and_nfkc_are_normalised():
    (row,) = clean([(1, "Ｒeport &amp; ﬁle\tＣＣ")])
    assert row.cells == ("Report & file", "CC")


LI_IMU = "<li>The IMU backlog to form part of the regular JB meeting.</li>"
LATER = "to be brought back to a future consolidation meeting"
REPEATED = HEAD + (
    "Present:\tJane Brown\tDirector (JB)\n1.\tFinance\n"
    # the first copy: "MU" for "IMU", and a stray "r1" in the owner column
    f"<ul> <li>The budget was discussed.</li> <li>Actions arising: <ol> {LI_IMU} "
    f"<li>MU backlog {LATER}</li> </ol> </li> </ul>\t\tr1\n"
    # the second: a heading swallowed into the list
    f"<ul> <li>Actions arising: <ol> {LI_IMU} <li>IMU backlog {LATER}</li> "
    "<li>Integrated victim management (IVM)</li> </ol> </li> </ul>\n"
    # the third: cut short, but with the only owner cell, its first number lost
    f"<ul> <li>discussed.</li> </ul>\t<ol> {LI_IMU} <li>IMU backlog to be brought back</li>"
    " </ol>\tJB 2.CEx\n"
)


def test_repeated_passages_are_reported_once_with_the_owners_of_every_copy():
    got = extract_text(REPEATED)
    assert [(a.text, a.owners) for a in got.actions] == [
        ("The IMU backlog to form part of the regular JB meeting.", ("JB",)),
        ("IMU backlog to be brought back to a future consolidation meeting", ("CEx",)),
    ]


def test_similar_but_different_items_are_not_merged():
    text = HEAD + ("Actions arising:\n1. File quality to form part of the regular DPCC / ACC "
                   "meeting.\n2. The IMU backlog to form part of the regular DPCC / ACC meeting.\n")
    assert len(extract_text(text).actions) == 2


def test_owner_column_split_over_lines_is_rejoined_and_aligned_by_number():
    text = HEAD + (
        "\tActions arising:\t\n"
        "\t1. The weekly dashboard is to be amended.\t1.ACC 2.ACC\n"
        "\t2. An update to be brought back to HTA in three months.\t3.DPC\n"
        "\t3. Unresourced incidents to form part of the regular meeting.\tC/ACC\n")
    got = extract_text(text)
    assert [a.owners for a in got.actions] == [("ACC",), ("ACC",), ("DPCC", "ACC")]
    assert got.actions[1].due == date(2022, 1, 4)


def test_owner_cell_with_its_first_number_lost_belongs_to_item_one():
    text = HEAD + ("<ol> <li>Actions arising:</li> <li>Backlog to join the DPCC meeting.</li>"
                   " <li>Backlog to come back later.</li> </ol>\tDPCC 2.CEx\n")
    assert [a.owners for a in extract_text(text).actions] == [("DPCC",), ("CEx",)]
