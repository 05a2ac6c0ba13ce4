"""Fountain screenplays: detection, what is shown and what is apparatus, the draft date, and the
stretches a dated card dates."""
from usp_research import fountain

SCRIPT = """Title: **THE LONG RIVER**
\t_A story of the delta, 1960-1975_
Credit: Written by
Author: Ayesha Khan
Draft date: 2 June 2023
Contact:
\tRiverbank Films
\t12 Canal Road, Multan
Notes: Second draft.

===

# PART ONE

= The engineers arrive at the barrage.

EXT. RIVER BARRAGE, SUKKUR - DAY

SUPER: "Sukkur, 4 March 1960"

Engineers in pith helmets walk the *length* of the dam.

HALEEM (V.O.)
(quietly)
Yesterday the water rose by a foot.
Today it rose by two.

[[Check the flood figures against the 1960 gazette.]]

CUT TO:

INT. SITE OFFICE - NIGHT

A lamp gutters. HALEEM signs a ledger.

/* OLD SCENE - MARCH 1961.
Haleem resigns. Cut for length. */

INT. HALEEM'S HOUSE, HYDERABAD - DAY

SUPER: "Hyderabad, August 1965"

NASREEN
The radio says the fighting started this morning.

> FADE TO BLACK.

SUPER: "The barrage still stands today."

> THE END <
"""


def test_detects_a_fountain_script():
    assert fountain.is_fountain(SCRIPT)


def test_detects_a_script_without_title_page_by_its_cues():
    script = ("INT. KITCHEN - DAY\n\nMARIA\nWhere were you last night?\n\n"
              "EXT. STREET - NIGHT\n\nJOSE\n(running)\nNowhere, I swear.\n")
    assert fountain.is_fountain(script)


def test_prose_is_not_fountain():
    prose = ("The embassy was attacked on 21 November 1979. Students climbed the wall.\n\n"
             "Later that year the Soviet army entered Afghanistan.\n")
    assert not fountain.is_fountain(prose)


def test_markdown_with_a_heading_is_not_fountain():
    md = "Title: Notes on aid\n\n# Aid to Pakistan\n\nSome *prose* here.\n\n## Figures\n\n- one\n- two\n"
    assert not fountain.is_fountain(md)


def test_email_mentioning_int_once_is_not_fountain():
    mail = ("From: producer@example.com\nTo: crew@example.com\nSubject: Tomorrow's shoot\n\n"
            "Hi all,\n\nWe start with the scene INT. KITCHEN - DAY at 7 am.\n\n"
            "INT. KITCHEN - DAY\n\nBring the props.\n\nTHANKS\nSam\n")
    assert not fountain.is_fountain(mail)


def test_play_in_another_format_is_not_fountain():
    play = ("ACT ONE\n\nScene 1. A room in Lahore.\n\nAHMED: Where is the letter?\n\n"
            "SARA: On the table.\n\nScene 2. A street.\n\nAHMED: Here it is.\n")
    assert not fountain.is_fountain(play)


def test_one_heading_is_not_enough():
    one = "Title: A Short\n\nINT. ROOM - DAY\n\nBOB\nHello there.\n\nALICE\nHi, Bob.\n"
    assert not fountain.is_fountain(one)


def test_title_is_the_first_paragraph_without_emphasis():
    text = fountain.read(SCRIPT).text
    assert text.split("\n\n")[0] == "THE LONG RIVER\nA story of the delta, 1960-1975"


def test_title_page_keys_other_than_title_are_apparatus():
    text = fountain.read(SCRIPT).text
    for gone in ("Written by", "Ayesha Khan", "2 June 2023", "Riverbank", "Canal Road", "Second draft", "Credit"):
        assert gone not in text


def test_notes_boneyard_synopses_sections_transitions_are_apparatus():
    text = fountain.read(SCRIPT).text
    for gone in ("flood figures", "OLD SCENE", "Cut for length", "engineers arrive", "PART ONE",
                 "CUT TO", "FADE TO BLACK", "THE END", "===", "[[", "/*"):
        assert gone not in text


def test_multi_line_note_and_boneyard_are_removed():
    script = ("INT. A - DAY\n\nShe waits. [[A note\nthat runs on]] He comes.\n\n"
              "/* first line\n\nsecond line after a blank */\n\nINT. B - DAY\n\nRain.\n")
    text = fountain.read(script).text
    assert "note" not in text and "runs on" not in text and "second line" not in text
    assert "She waits. He comes." in text


def test_scene_headings_and_action_are_kept():
    text = fountain.read(SCRIPT).text
    assert "\n\nEXT. RIVER BARRAGE, SUKKUR - DAY\n\n" in text
    assert "\n\nA lamp gutters. HALEEM signs a ledger.\n\n" in text


def test_dialogue_is_one_paragraph_headed_by_the_speaker():
    text = fountain.read(SCRIPT).text
    assert "HALEEM: Yesterday the water rose by a foot. Today it rose by two." in text.split("\n\n")
    assert "quietly" not in text and "V.O." not in text


def test_emphasis_marks_go_and_escaped_stars_stay():
    script = ("INT. A - DAY\n\nThe **big** _red_ *door* opens.\n\n"
              "INT. B - DAY\n\nThe sign says \\*OPEN\\* and snake_case_name stays.\n")
    text = fountain.read(script).text
    assert "The big red door opens." in text
    assert "The sign says *OPEN* and snake_case_name stays." in text


def test_on_screen_text_is_its_own_paragraph_as_the_script_writes_it():
    paragraphs = fountain.read(SCRIPT).text.strip().split("\n\n")
    assert 'SUPER: "Sukkur, 4 March 1960"' in paragraphs  # (a card, not a dateline cleaning would drop)


def test_draft_date_dates_the_script():
    assert fountain.read(SCRIPT).date == "2023-06-02"
    assert fountain.read("Title: X\nDraft date: 2024-01-05\n\nINT. A - DAY\n\nB.\n").date == "2024-01-05"
    assert fountain.read("Title: X\n\nINT. A - DAY\n\nB.\n").date == ""


def test_dated_cards_head_entries_up_to_the_next_card():
    entries = fountain.read(SCRIPT).entries
    assert entries[0] == ("1960-03-04", "Engineers in pith helmets walk the length of the dam.",
                          "A lamp gutters. HALEEM signs a ledger.")
    # the second card's own scene heading is not in the first entry; after the fade-out the
    # closing card speaks from the script's date
    assert entries[1] == ("1965-08", "NASREEN: The radio says the fighting started this morning.",
                          "NASREEN: The radio says the fighting started this morning.")
    assert len(entries) == 2


def test_a_dated_scene_heading_and_a_year_card_date_their_scenes():
    script = ("INT. EMBASSY - NIGHT - MAY 28, 1998\n\nPhones ring.\n\nAMIN\nToday we answered.\n\n"
              "EXT. HILLS - DAY\n\nDust.\n\nSUPER: Lahore, 1947\n\nCrowds at the station.\n")
    entries = fountain.read(script).entries
    assert entries == (("1998-05-28", "Phones ring.", "Dust."),
                       ("1947", "Crowds at the station.", "Crowds at the station."))


def test_an_undated_card_does_not_start_an_entry():
    script = ("INT. A - DAY\n\nSUPER: \"Karachi, 3 January 2002\"\n\nRain.\n\n"
              "SUPER: \"Three days later\"\n\nSun.\n\nINT. B - DAY\n\nWind.\n")
    entries = fountain.read(script).entries
    assert entries == (("2002-01-03", "Rain.", "Wind."),)


def test_forced_elements():
    script = ("Title: Forced\n\n.FLASHBACK\n\nA memory.\n\n.ANOTHER PLACE\n\n@McCLANE\nYippee.\n\n"
              "> SMASH TO:\n\n!SHOUTING IN THE STREET\n\n> Lahore, later <\n")
    out = fountain.read(script)
    paragraphs = out.text.strip().split("\n\n")
    assert paragraphs[:4] == ["Forced", "FLASHBACK", "A memory.", "ANOTHER PLACE"]
    assert "McCLANE: Yippee." in paragraphs
    assert "SHOUTING IN THE STREET" in paragraphs and "Lahore, later" in paragraphs
    assert "SMASH" not in out.text
