"""Issue 9, fourteenth round (branch tables): roll calls laid out as tables of columns and as headed blocks.
Texts of our own; each reading has refusal tests (traps) of the same shape.

The record used: ES-11/1 of 2 March 2022 (141-5-35, 12 absent). In favour: Albania, Andorra, Argentina,
Australia, Austria, Belgium …; against: Belarus, Eritrea, North Korea, Russia, Syria; abstaining: Algeria,
Angola, Armenia, Bangladesh, Bolivia, China, India, Pakistan …"""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import tables

DAY = date(2022, 3, 3)
LEAD = ("On 2 March 2022 the General Assembly adopted resolution ES-11/1 on the aggression against Ukraine by "
        "141 votes to 5, with 35 abstentions. The table below shows how some states voted:\n")


def positions(text: str) -> list[tuple[str, str, str]]:
    return [(c["state"], c["asserted"]["vote"], c["verdict"])
            for c in api.check_text(text, published=DAY).claims if c["kind"] == "position"]


def read(text: str) -> list[tuple[str, str]]:
    return [(iso3, vote) for table in tables.tables(text) for iso3, vote, _, _ in table.cells]


ROWS = ("For Against Abstain\n"
        "  Albania   Belarus   Algeria\n"
        "  Andorra   Eritrea   Angola\n"
        "  Argentina   Russia   Armenia\n"
        "  Australia   Syria   Bangladesh\n"
        "  Austria   Bolivia\n"
        "  Belgium\n")
EXPECTED = {("ALB", "yes"), ("BLR", "no"), ("DZA", "abstain"), ("AND", "yes"), ("ERI", "no"), ("AGO", "abstain"),
            ("ARG", "yes"), ("RUS", "no"), ("ARM", "abstain"), ("AUS", "yes"), ("SYR", "no"), ("BGD", "abstain"),
            ("AUT", "yes"), ("BOL", "abstain"), ("BEL", "yes")}


def test_a_table_a_row_a_line_with_ragged_ends(built_store):
    # "Against" ends after four rows: the fifth row's second name is an abstention, found because only that
    # cutting keeps every column in alphabetical order
    assert set(read(ROWS)) == EXPECTED
    found = positions(LEAD + ROWS)
    assert len(found) == 15 and all(verdict == "supported" for _, _, verdict in found)
    assert ("BOL", "abstain", "supported") in found and ("BEL", "yes", "supported") in found


def test_the_same_table_flattened_to_one_line():
    flat = "For Against Abstain " + " ".join(ROWS.split("\n", 1)[1].split()) + "\n"
    assert set(read(flat)) == EXPECTED


def test_the_same_table_a_name_a_line():
    names = [name.strip() for line in ROWS.split("\n")[1:] for name in line.split("   ") if name.strip()]
    assert set(read("For\nAgainst\nAbstain\n".replace("\n", " ", 2) + "\n".join(names) + "\n")) == EXPECTED


def test_a_cell_the_names_module_does_not_know_holds_its_place():
    # "Ruritania" is no state: between cells set apart by wide spaces it keeps its slot, so the columns stay right
    assert set(read(ROWS.replace("Eritrea", "Ruritania"))) == EXPECTED - {("ERI", "no")}


def test_trap_an_unknown_cell_that_is_prose_refuses_the_table():
    assert read(ROWS.replace("Eritrea", "Ruritania and others")) == []
    assert read("For Against Abstain Albania Belarus Ruritania Algeria Andorra Eritrea Angola\n") == []


def test_a_wrong_cell_is_contradicted(built_store):
    wrong = ROWS.replace("Bangladesh", "Barbados")  # Barbados voted in favour
    found = positions(LEAD + wrong + "\nThe Assembly then adjourned.")  # a text that ends inside it calls nothing false
    assert ("BRB", "abstain", "contradicted") in found
    assert [f for f in found if f[2] == "contradicted"] == [("BRB", "abstain", "contradicted")]


def test_counts_in_the_header_fix_the_columns_and_are_a_tally(built_store):
    counted = ROWS.replace("For Against Abstain", "For (6) Against (4) Abstain (5)")
    assert set(read(counted)) == EXPECTED
    result = api.check_text(LEAD + counted, published=DAY).claims
    assert any(c["kind"] == "tally" and c["asserted"] == {"yes": 6, "no": 4, "abstain": 5} for c in result)


def test_trap_header_counts_that_do_not_fit_the_columns_refuse_the_table():
    assert read(ROWS.replace("For Against Abstain", "For (7) Against (4) Abstain (4)")) == []


def test_trap_an_unsorted_column_refuses_the_whole_table():
    unsorted = ROWS.replace("  Albania   Belarus", "  Zambia   Belarus")
    assert read(unsorted) == []


def test_trap_a_two_column_table_under_a_three_label_header_is_not_guessed():
    # two names a row under three labels: which column ended cannot be told, so no name is read with a column
    # the rows do not settle
    two = "For Against Abstain\n  Albania   Angola\n  Andorra   Bangladesh\n  Argentina   China\n"
    assert all(vote in ("yes", "no", "abstain") for _, vote in read(two))
    assert ("AGO", "no") not in read(two) or ("AGO", "abstain") not in read(two)
    assert len({vote for iso3, vote in read(two) if iso3 == "AGO"}) <= 1


def test_trap_tables_of_something_else_are_not_roll_calls():
    assert read("Sponsors Co-sponsors\n  Albania   Austria\n  Andorra   Belgium\n") == []
    assert read("Africa Asia Europe\n  Algeria   China   Albania\n  Angola   India   Andorra\n") == []
    assert read("Candidate Votes\n  Argentina   120\n  Belgium   98\n") == []


def test_trap_a_table_of_several_resolutions_is_left_alone(built_store):
    several = ("| State | ES-11/1 | ES-11/2 |\n|---|---|---|\n| Albania | Yes | Yes |\n| Belarus | No | No |\n"
               "| China | Abstain | Abstain |\n")
    assert read(several) == []
    assert positions(LEAD + several) == []


def test_trap_prose_after_the_header_is_no_table():
    assert read("For Against Abstain\nAlbania and Andorra said the vote would come later this week.\n") == []


HTML = ("<html><body><article><h1>The vote on Ukraine</h1><p>" + LEAD * 2 + "</p><table>"
        "<tr><th>For</th><th>Against</th><th>Abstain</th></tr>"
        "<tr><td>Albania</td><td>Belarus</td><td>Algeria</td></tr>"
        "<tr><td>Andorra</td><td>Eritrea</td><td>China</td></tr>"
        "<tr><td>Argentina</td><td></td><td>India</td></tr>"
        "<tr><td>Australia</td><td></td><td></td></tr></table>"
        "<p>The text was sponsored by a large group of states and debated for two days before the vote.</p>"
        "</article></body></html>")


def test_an_html_table_is_read_by_its_cells(built_store):
    found = positions(HTML)
    assert ("ERI", "no", "supported") in found and ("IND", "abstain", "supported") in found
    assert ("AUS", "yes", "supported") in found
    assert not [f for f in found if f[2] == "contradicted"]


def test_trap_an_html_table_whose_cells_are_not_names_is_refused():
    cells = HTML.replace("<td>Algeria</td>", "<td>Algeria (in part)</td>")
    assert not [f for f in positions(cells) if f[0] == "DZA"]


# ---------------------------------------------------------------- headed blocks

HEADED = ("FOR THE RESOLUTION\nAlbania\nAndorra\nArgentina\nAustralia\n"
          "AGAINST THE RESOLUTION\nBelarus\nEritrea\nRussia\nSyria\n"
          "ABSTAINING\nAlgeria\nChina\nIndia\n")


def test_headed_blocks_a_name_a_line_are_one_roll_call(built_store):
    text = LEAD.replace("The table below shows how some states voted:\n", "The roll call:\n") + HEADED \
        + "The vote came after two days of debate.\n"
    found = positions(text)
    assert ("RUS", "no", "supported") in found and ("CHN", "abstain", "supported") in found
    assert ("AUS", "yes", "supported") in found and len(found) == 11


def test_headed_blocks_with_counts_and_lists_under_them():
    text = ("The reported vote:\n\nAgainst - 4:\nBelarus, Eritrea, Russia and Syria\n\n"
            "Abstain (3):\nAlgeria, China, India\n\nYes - 141:\nAlmost everybody else.\n")
    assert read(text) == [("BLR", "no"), ("ERI", "no"), ("RUS", "no"), ("SYR", "no"), ("DZA", "abstain"),
                          ("CHN", "abstain"), ("IND", "abstain")]


def test_a_heading_reads_a_name_the_record_spells_otherwise_as_a_gap():
    text = "For:\nAlbania, Ruritania, Andorra\nAgainst:\nBelarus, Eritrea\n\nThe vote was close.\n"
    assert read(text) == [("ALB", "yes"), ("AND", "yes"), ("BLR", "no"), ("ERI", "no")]


def test_trap_a_single_heading_is_left_to_the_list_reader():
    assert read("Against:\nBelarus, Eritrea, Russia and Syria\n") == []


def test_trap_headings_over_prose_are_no_roll_call():
    text = "FOR THE RECORD\nAlbania said it would vote later.\nAGAINST ALL ODDS\nRussia walked out of the hall.\n"
    assert read(text) == []


def test_trap_a_state_listed_under_two_headings_is_not_read():
    text = "In favour\nAlbania\nAndorra\nAgainst\nAndorra\nBelarus\n\nThat was all.\n"
    assert read(text) == [("ALB", "yes"), ("BLR", "no")]


def test_trap_a_text_cut_in_the_last_name_drops_it():
    assert read("For\nAlbania\nAndorra\nAgainst\nBelarus\nCongo (L") == [("ALB", "yes"), ("AND", "yes"), ("BLR", "no")]


def test_headings_in_spanish_and_a_name_read_otherwise_passed_over():
    text = "Votación:\nA favor\nAlbania\nAndorra\nEn contra\nBelarús\nRusia\nAbstenciones\nChina\nIndia\n\nFin.\n"
    assert read(text) == [("ALB", "yes"), ("AND", "yes"), ("BLR", "no"), ("CHN", "abstain"), ("IND", "abstain")]


def test_an_html_cell_with_a_footnote_mark_is_its_name():
    from unga.claims import text

    body = text.page(HTML.replace("<td>Belarus</td>", "<td>Belarus[a]</td>"))[0]
    assert ("BLR", "no") in read(body) and ("IND", "abstain") in read(body)


def test_a_count_line_of_absences_is_read_as_absent_not_as_yes():
    from unga.claims import blocks
    assert [fields for _, _, fields in blocks.count_tables("Against: 5\nAbsences: 12\n")] == [{"no": 5, "absent": 12}]
    assert [fields for _, _, fields in blocks.count_tables("For: 120\nAbsences: 12\n")] == [{"yes": 120, "absent": 12}]
