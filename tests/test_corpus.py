"""The corpus stage end to end: exact outputs on the test corpus, errors, raw data untouched."""
import hashlib
import os
import shutil

import pandas as pd
import pytest

from usp_research import annotate, boilerplate, cli, corpus, decode, sources
from usp_research.errors import InputError
from usp_research.timex import tag


def tree_state(folder):
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.iterdir())}


@pytest.fixture
def built(fixture_corpus):
    return {d.doc_id: d for d in corpus.build_corpus(fixture_corpus, progress=False)}


def test_wire_report_is_cleaned_exactly(built):
    d = built["wire-report"]
    assert d.text == ("Pakistan and US Hold Talks on Aid\n\n"
                      "ISLAMABAD — Officials from Pakistan and the United States met on Thursday to discuss aid. "
                      "Gen. Ahmed said the U.S. had pledged support. The talks followed the A.Q. Khan affair of 2004 "
                      "and Mr. Lee's visit in Jan. 2011.\n\n"
                      "The two sides agreed to meet again in May. No. 5 on the agenda was trade.\n")
    assert (d.title, d.author, d.publisher, d.published) == (
        "Pakistan and US Hold Talks on Aid", "Sara Malik", "Example Wire", "2024-03-14")
    assert [(s.para_id, s.sent_id, s.start, s.end) for s in d.sentences] == [
        (1, 1, 0, 33), (2, 2, 35, 124), (2, 3, 125, 170), (2, 4, 171, 252), (3, 5, 254, 296), (3, 6, 297, 327)]
    drops = [(e.line_no, e.before) for e in d.log if e.action == "drop"]
    assert drops == [(1, "Subscribe to our newsletter"), (2, "Home | World | Asia"), (6, "By Sara Malik"),
                     (8, "Published: 14 March 2024"), (12, "Share on Facebook"), (13, "Twitter"),
                     (17, "Related articles"), (18, "US aid to Pakistan falls"),
                     (19, "Pakistan army chief visits Washington")]
    assert [(e.line_no, e.before, e.after) for e in d.log if e.action == "repair"] == [(10, "the the", "the")]


def test_markdown_and_html_inputs(built):
    assert built["notes"].title == "Notes on the 1954 Agreement" and built["notes"].author == "Omar Khan"
    assert built["notes"].text.splitlines()[2] == "Pakistan signed the Mutual Defense Assistance Agreement in May 1954."
    page = built["page"]
    assert (page.title, page.author, page.published) == ("Aid and its limits", "Jane Doe", "2023-05-02")
    assert "cookies" not in page.text and "script" not in page.text


def test_every_sentence_offset_matches_the_clean_text(raw_corpus):
    for d in corpus.build_corpus(raw_corpus, progress=False):
        for s in d.sentences:
            assert d.text[s.start:s.end] == d.text[s.start:s.end].strip() != ""
        assert "the the " not in d.text.lower()


def test_real_corpus_metadata_from_text_when_sources_row_is_blank(raw_corpus, tmp_path):
    for p in raw_corpus.glob("*.txt"):
        shutil.copy(p, tmp_path / p.name)
    docs = {d.file: d for d in corpus.build_corpus(tmp_path, progress=False)}
    d = docs["001_741f5d2b25e69178.txt"]
    assert d.doc_id == "001_741f5d2b25e69178"
    assert (d.title, d.author, d.published) == (
        "Shifting Dynamics: A Comprehensive Overview of Pakistan-US Relations", "Miss Iqra Ali", "2025-07-24")
    assert docs["002_e8471627771a8799.txt"].author == "Liam"
    assert docs["000_326cc924450e4eb8.txt"].title == ""


@pytest.mark.parametrize("csv_text, words", [
    ("doc_id,file\nx,missing.txt\n", "no such file"),
    ("doc_id,title\nx,T\n", "lacks the column(s) file"),
    ("doc_id,file,published\nx,a.txt,24 July 2025\n", "not an ISO date"),
    ("doc_id,file\nx,a.txt\ny,a.txt\n", "a second row for the same file"),
    ("doc_id,file\nx,a.txt\nx,b.txt\n", "already used"),
    ("doc_id,file,colour\nx,a.txt,red\n", "unknown column"),
])
def test_bad_sources_csv(tmp_path, csv_text, words):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Pakistan and the United States signed an agreement in 1954.", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(csv_text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        corpus.build_corpus(tmp_path, progress=False)
    assert "sources.csv" in str(err.value) and words in str(err.value)


def test_two_files_with_one_doc_id(tmp_path):
    for name in ("Report.txt", "report.md"):
        (tmp_path / name).write_text("Pakistan and the United States met in 2019.", encoding="utf-8")
    with pytest.raises(InputError, match="same doc_id 'report'"):
        corpus.build_corpus(tmp_path, progress=False)


def test_cli_refuses_bad_input_cleanly_and_writes_nothing(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_bytes("Caf\u00e9".encode("cp1252"))
    rc = cli.main(["corpus", "--corpus-dir", str(tmp_path / "in"), "--derived-dir", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert rc == 2 and "bad.txt" in err and "UTF-8" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_raw_files_are_never_written(fixture_corpus, tmp_path):
    before = tree_state(fixture_corpus)
    assert cli.main(["corpus", "--corpus-dir", str(fixture_corpus), "--derived-dir", str(tmp_path)]) == 0
    assert tree_state(fixture_corpus) == before
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert written == ["corpus/anchors.csv", "corpus/clean/notes.txt", "corpus/clean/page.txt",
                       "corpus/clean/wire-report.txt", "corpus/cleaning_log.csv", "corpus/documents.csv",
                       "corpus/sentences.csv"]
    sent = pd.read_csv(tmp_path / "corpus" / "sentences.csv", keep_default_na=False)
    for row in sent.itertuples():
        clean = (tmp_path / "corpus" / "clean" / f"{row.doc_id}.txt").read_text(encoding="utf-8")
        assert clean[row.start:row.end] == row.text


def test_slugify():
    assert sources.slugify("000_326cc924450e4eb8") == "000_326cc924450e4eb8"
    assert sources.slugify("My Article (2).HTML") == "my-article-2-html"


def test_pdf_extract_pages_and_wraps_are_cleaned(tmp_path):
    page = ("REPORT TITLE                         Report No. 9\n\n")
    raw = ("ATLANTIC POLICY FORUM\nResearch Report No. 9 | March 2021\n\n" + page
           + "Over the past two decades the United States has given Pakistan\nmore than $34 billion in assis-\n"
             "tance, and claims were paid after the fact, often a year\n\n   Page 2 of 12\n\n" + page
           + "or more late, as auditors found.\n\n   Page 3 of 12\n\n" + page + "The end of the report is here.\n")
    (tmp_path / "r.txt").write_text(raw, encoding="utf-8")
    d = corpus.build_document(tmp_path / "r.txt", None, corpus.boilerplate.load_rules(),
                              corpus.repair.load_ok_doubles(), corpus.segment.load_abbreviations())
    assert d.published == "2021-03"
    assert ("the United States has given Pakistan more than $34 billion in assistance, and claims were paid after "
            "the fact, often a year or more late, as auditors found.") in d.text
    assert "Page" not in d.text and "REPORT TITLE" not in d.text


def test_date_time_groups_parse_with_two_or_four_digit_years():
    from usp_research.dates import parse_date
    assert parse_date("R 281130Z JAN 10") == "2010-01-28"
    assert parse_date("O 051200Z MAY 98") == "1998-05-05"
    assert parse_date("281130Z JAN 2010") == "2010-01-28"
    assert parse_date("281130Z JAN") is None


def test_a_date_line_may_carry_a_clock_time_and_zone():
    from usp_research.dates import parse_date
    assert parse_date("September 8, 2022 3:47 PM GMT+5") == "2022-09-08"
    assert parse_date("Fri, 20 Aug 2021 07:15:03 -0400") == "2021-08-20"
    assert parse_date("July 24, 2025, 10:00 a.m. ET") == "2025-07-24"
    assert parse_date("July 24, 2025, and then some") is None


def test_dated_entry_headings_become_anchors_of_the_entries_below_them(tmp_path):
    body = ("Bill Daley confirmed on television yesterday that the administration is holding back about "
            "$800 million of military aid, and nobody here was surprised by it.")
    raw = ("FROM THE DIARIES\n\nEditor's note: the family allowed us to read the volumes covering the years in "
           "Washington, from the summer of 2008 to the autumn of 2012, and we reproduce them as he wrote them, with our notes.\n\nMonday, 11 July 2011\n\n" + body +
           "\n\nSunday, 27 November 2011\n\nUS helicopters attacked two border posts early yesterday morning.\n")
    p = tmp_path / "diary.txt"
    p.write_text(raw, encoding="utf-8")
    doc = corpus.build_document(p, None, *corpus.load_codebooks())
    assert "Monday, 11 July 2011" not in doc.text
    assert [(d, n) for _, d, n in doc.anchors] == [("2011-07-11", 5), ("2011-11-27", 9)]
    assert [doc.text[s:s + 12] for s, _, _ in doc.anchors] == ["Bill Daley c", "US helicopte"]
    table = corpus.tables([doc])["anchors"]
    assert list(table.columns) == corpus.ANCHOR_COLUMNS and len(table) == 2


def test_an_entry_runs_to_the_next_entry_and_the_last_ends_at_a_heading_unless_it_heads_a_datelined_item(tmp_path):
    para = ("The United States will supply wheat to Pakistan under an agreement signed here on Wednesday, "
            "officials said, and the first shipment is expected at Karachi next month.")
    raw = ("FROM OUR ARCHIVES\n\nThe stories below are reproduced as they appeared in print on this date, with "
           "their original spellings and their original headlines.\n\n"
           "50 YEARS AGO: NOVEMBER 1, 1974\n\nKISSINGER VISIT\n\n" + para + "\n\nWHEAT FOR PAKISTAN\n\n" + para +
           "\n\n25 YEARS AGO: NOVEMBER 1, 1999\n\nSANCTIONS TO STAY\n\n" + para +
           "\n\nMILAM CALLS ON CHIEF EXECUTIVE\n\nISLAMABAD: " + para + "\n\nAbout this column\n\n" + para + "\n")
    p = tmp_path / "archive.txt"
    p.write_text(raw, encoding="utf-8")
    doc = corpus.build_document(p, None, *corpus.load_codebooks())
    assert [d for _, d, _ in doc.anchors] == ["1974-11-01", "1999-11-01", ""]
    assert doc.text[doc.anchors[-1][0]:].startswith("About this column")



def test_a_speakers_label_is_not_a_dateline_that_keeps_the_last_entry_open():
    assert corpus._DATELINE.match("ISLAMABAD: The United States said")
    assert corpus._DATELINE.match("NEW DELHI/KABUL: Officials said")
    assert not corpus._DATELINE.match("SENATOR KERRY: I thank the chair")
    assert not corpus._DATELINE.match("MR SMITH: Thank you")


def test_an_emails_quoted_hard_wrapped_lines_are_one_paragraph():
    from usp_research import repair
    assert repair.continues("> Could you pull together the headline aid", "> numbers before then?")
    assert not repair.continues("> Hina, Omar,", "> Looking forward to Thursday.")


def test_quoted_lines_of_different_depths_are_not_joined():
    from usp_research import repair
    assert not repair.continues("> > what were the FY23 disbursement numbers", "> about $1.2 billion")


def test_talk_page_signatures_are_cut_off_and_date_their_comments(tmp_path):
    raw = ("Aid total in the lead\n\nThe lead says the US has given Pakistan over $70 billion since 2001, and I cannot find "
           "that number anywhere. — Kharian_reader (talk) 09:14, 12 June 2023 (UTC)\n\nSupport. I suggest trimming it before "
           "the review next month. — Sherdil77 (talk) 21:30, 19 September 2023 (UTC)\n")
    p = tmp_path / "talk.txt"
    p.write_text(raw, encoding="utf-8")
    doc = corpus.build_document(p, None, *corpus.load_codebooks())
    assert "(talk)" not in doc.text and "(UTC)" not in doc.text
    assert [(d, n) for _, d, n in doc.anchors] == [("2023-06-12", 3), ("2023-09-19", 5)]
    assert doc.text[doc.anchors[1][0]:].startswith("Support.")
    assert any("comment signature" in e.reason and "Sherdil77" in e.before for e in doc.log)


def test_a_markdown_footnotes_indented_lines_go_with_it(tmp_path):
    raw = ("The memo says the total came to $34.2 billion, and that figure should lead the briefing next week.[^1]\n\n"
           "[^1]: **Hamza Ali** · 12 Mar 2024, 16:02 — Is 34.2 the total column?\n"
           "    **Nadia Siddiqui** · 12 Mar 2024, 16:40 — The total column (34,183).\n"
           "and an unindented line of the same paragraph.\n\n"
           "    A second paragraph of the footnote, indented.\n\n"
           "Back in the text: this paragraph after the footnote is the article's own and it stays.\n")
    p = tmp_path / "memo.md"
    p.write_text(raw, encoding="utf-8")
    doc = corpus.build_document(p, None, *corpus.load_codebooks())
    assert not any(w in doc.text for w in ("Nadia", "Hamza", "unindented", "second paragraph"))
    assert "Back in the text" in doc.text
    # a heading or list item right under a footnote (no blank line) starts the text again
    p.write_text("The memo says the total came to $34.2 billion, and that figure should lead the briefing.[^1]\n\n"
                 "[^1]: CRS, 2019.\n## Next steps\n- Brief the committee staff on the revised total next week.\n",
                 encoding="utf-8")
    doc = corpus.build_document(p, None, *corpus.load_codebooks())
    assert "Next steps" in doc.text and "Brief the committee" in doc.text


def test_a_flashcard_decks_cells_are_paragraphs_of_their_own_and_its_header_is_dropped(tmp_path):
    raw = ("#separator:tab\n#html:false\n"
           "Trump tweet?\t1 Jan 2018: Pakistan gave us \"nothing but lies & deceit\". Security aid suspended 4 Jan.\ttrump\n"
           "Salala?\tNATO helicopters hit two Pak border posts on 26/11/2011 and killed 24 the the soldiers.\tpost_911\n")
    (tmp_path / "deck.txt").write_text(raw, encoding="utf-8")
    d = corpus.build_document(tmp_path / "deck.txt", None, corpus.boilerplate.load_rules(),
                              corpus.repair.load_ok_doubles(), corpus.segment.load_abbreviations())
    assert d.text.rstrip("\n").split("\n\n") == [
        "Trump tweet?", "1 Jan 2018: Pakistan gave us \"nothing but lies & deceit\". Security aid suspended 4 Jan.", "trump",
        "Salala?", "NATO helicopters hit two Pak border posts on 26/11/2011 and killed 24 the soldiers.", "post_911"]


def _clean(tmp_path, raw, name="t.txt"):
    p = tmp_path / name
    p.write_text(raw, encoding="utf-8")
    return corpus.build_document(p, None, *corpus.load_codebooks())


def test_a_line_numbered_transcripts_margin_numbers_are_removed_and_its_sentences_rejoined(tmp_path):
    pages = [["BY MS. ABERNATHY:", "     Q.   Mr. Halverson, you were a contracting officer",
              "with the USAID mission in Islamabad?", "     A.   Yes. I arrived in August of 2010.",
              "     Q.   And the energy program?", "     A.   That came out of the strategic dialogue. In",
              "October 2009 Congress had passed Kerry-Lugar-Berman,", "which authorized $7.5 billion in civilian assistance",
              "over five years, and energy was the top priority."],
             ["     Q.   Were there milestones?", "     A.   Two. The first unit was supposed to be back on the",
              "grid by June 30, 2012, and the other two by December.", "     Q.   Do you recognize Exhibit 14?",
              "     A.   Yes. It is an e-mail I sent to the mission director", "on February 3, 2012.",
              "     Q.   What were you reporting?", "     A.   That Meridian had invoiced us for parts",
              "that were still sitting in a warehouse in Karachi."],
             ["     Q.   What did the mission do?", "     A.   We froze payments on the task order in March",
              "of 2012, pending the inspector general's audit.", "     Q.   Did the mission ever pay in full?",
              "     A.   No. They got the first tranche and nothing after", "the freeze.",
              "     Q.   Have you spoken with her recently?", "     A.   No.", ""]]
    raw = "".join(f"\n                                  Page {22 + k}\n" + "".join(
        f"{n:2d}    {line}\n" for n, line in enumerate(page, 1)) for k, page in enumerate(pages))
    d = _clean(tmp_path, raw)
    assert ("A. That came out of the strategic dialogue. In October 2009 Congress had passed Kerry-Lugar-Berman, "
            "which authorized $7.5 billion in civilian assistance over five years") in d.text
    assert "Q. Mr. Halverson, you were a contracting officer with the USAID mission in Islamabad?" in d.text
    assert [e.reason for e in d.log if e.action == "repair"].count(
        "margin line numbers of a line-numbered transcript page removed") == 3
    # numbered lines that carry no sentence over (a list of days) keep their numbers
    days = "".join(f"{n} March: talks in Islamabad on the agreement.\n" for n in range(1, 25))
    assert "1 March: talks" in _clean(tmp_path, days).text


def test_a_fenced_code_block_is_code_not_prose(tmp_path):
    raw = ("# ledger\n\nThe ledger covers US aid since 2002, one row per year.\n\n```python\n"
           "ledger.query(\"fiscal_year >= 2002\")\n```\n\nIt ends in FY2018.\n\n```\nnever closed 2011\n")
    d = _clean(tmp_path, raw, "r.md")
    assert "query" not in d.text and "It ends in FY2018." in d.text
    assert "never closed 2011" in d.text  # a fence left open drops nothing


def test_a_year_label_on_its_own_line_is_kept_and_a_transcript_or_legal_notice_dates_the_text(tmp_path):
    raw = ("SLIDE 2 / 9\n1954 🤝\nPakistan signs a mutual defence deal with the US.\n\n"
           "[Transcript note: This is the text of the address as delivered at the Convocation, held on the main lawn "
           "on Saturday, 16 November 2019. It has been lightly edited.]\n")
    d = _clean(tmp_path, raw)
    assert "1954 🤝" in d.text and "Transcript note" not in d.text and d.published == "2019-11-16"
    raw = ("Thank you, operator. Last month the IMF approved the facility.\n\nFORWARD-LOOKING STATEMENTS. This transcript "
           "contains forward-looking statements within the meaning of Section 27A of the Securities Act of 1933. These "
           "statements speak only as of October 30, 2024, the date of the call, and we undertake no obligation.\n")
    d = _clean(tmp_path, raw)
    assert d.published == "2024-10-30" and "Securities Act" not in d.text


def test_when_written_answers_came_in_dates_the_text_and_a_bibliography_entry_is_apparatus(tmp_path):
    raw = ("COMMITTEE ON FOREIGN RELATIONS\n\nNomination Hearing of March 16, 2022\n\nResponses received: March 25, 2022\n\n"
           "Question 1.\nSince 2002 the United States has provided Pakistan more than $33 billion in assistance.\n")
    d = _clean(tmp_path, raw)
    assert d.published == "2022-03-25" and "Responses received" not in d.text
    raw = ("## General histories\n\n**Kux, Dennis.** *The United States and Pakistan, 1947–2000: Disenchanted Allies.* "
           "Washington, DC: Woodrow Wilson Center Press, 2001.\n\n> Still the standard diplomatic history, written in 2001.\n\n"
           "President Bush. He visited Islamabad in March, 2006.\n")
    d = _clean(tmp_path, raw, "b.md")
    assert "Kux" not in d.text and "Still the standard" in d.text and "He visited Islamabad" in d.text


def test_a_revision_historys_rows_keep_their_edit_summaries_dated_by_their_timestamps(tmp_path):
    raw = ("Recent revisions\n\n"
           "09:03, 28 October 2023 39.48.112.7 (talk) 55,808 bytes (−97) Removed the aid total added yesterday; see talk page (undo)\n\n"
           "10:11, 14 July 2023 Kabir.Lhr (talk | contribs) 55,396 bytes (−1,150) →Aid: trim of the aid section, as agreed "
           "on the talk page last month (undo | thank)\n")
    d = _clean(tmp_path, raw)
    assert "Removed the aid total added yesterday; see talk page" in d.text and "bytes" not in d.text
    assert "trim of the aid section" in d.text and "Aid:" not in d.text
    assert [day for _, day, _ in d.anchors] == ["2023-10-28", "2023-07-14"]


def test_review_fixes_of_the_sixteenth_rounds_cleaning_rules(tmp_path):
    import time
    t0 = time.perf_counter()  # a contents line of dots is no catastrophe for the year-label pattern
    d = _clean(tmp_path, "Contents\n\n2011 " + "." * 40 + " 45\n\nThe aid was cut in 2011 by the Congress, which voted.\n")
    assert time.perf_counter() - t0 < 5 and "The aid was cut" in d.text
    # bare "~~~" lines are scene breaks, not a code fence
    d = _clean(tmp_path, "Intro line of the essay here.\n\n~~~\n\nIn May 2011, US forces killed bin Laden.\n\n~~~\n\nEnd.\n", "s.md")
    assert "In May 2011" in d.text
    # prose that merely starts "However, ..." or "Safe harbour:" is kept
    d = _clean(tmp_path, "However, Congress froze the money. Pakistan closed the routes. They reopened on July 3, 2012.\n\n"
               "Safe harbour: The US accused Pakistan of giving the Haqqani network a safe harbour, and Congress cut aid in 2018.\n")
    assert "They reopened on July 3, 2012." in d.text and "Haqqani network" in d.text
    # a manuscript's "Received:" line is not the text's date; an event date in an editor's note neither
    d = _clean(tmp_path, "Received: 12 March 2023\nRevised: 20 May 2023\nAccepted: 5 June 2023\nPublished: 1 July 2023\n\n"
               "The article studies the aid the US gave Pakistan over many years of the alliance.\n")
    assert d.published != "2023-03-12"  # (the first dated header line still wins, as before this round)
    d = _clean(tmp_path, "[Editor's note: This interview was conducted before the by-elections held on 21 April 2024.]\n\n"
               "The interview covers the aid the United States gave Pakistan after 2001.\n")
    assert d.published == ""
    # a short last page of a line-numbered transcript loses its numbers too
    lines = [f"     A.   Answer number {k} was about the aid program and the" if k % 2 else "money we spent there in the year." for k in range(1, 26)]
    raw = "".join(f"{n:2d}    {line}\n" for n, line in enumerate(lines, 1))
    raw += "\n    Page 2\n 1    Q.   And the third tranche?\n 2    A.   It was released in May 2011, after\n 3    the raid in Abbottabad.\n"
    d = _clean(tmp_path, raw)
    assert "A. It was released in May 2011, after the raid in Abbottabad." in d.text


def test_a_chat_exports_day_dividers_date_its_messages_and_its_cards_and_reactions_are_furniture(tmp_path):
    raw = ("Slack export · Harbor Street Media\nChannel: #desk (private)\n\n"
           "────────── Monday, March 3rd, 2025 ──────────\n\n[9:41 AM] Nadia\n"
           "the explainer on the aid freeze and Pakistan is slotted for the morning push, so it needs a full check today, "
           "and the draft is in the shared folder with the figures.\n    :eyes: 2   :coffee: 1\n\n"
           "[9:52 AM] Farid\nCRS, yes, the table that runs FY2002-FY2018.\n"
           "    ┌ Congressional Research Service\n    │ Direct Overt U.S. Aid to Pakistan, FY2002-FY2020\n"
           "    └ crsreports.congress.gov · PDF · 3 pages\n\n"
           "────────── Tuesday, March 4th, 2025 ──────────\n\n[8:02 AM] Nadia\nState came back last night: no comment.\n")
    d = _clean(tmp_path, raw)
    assert d.published == "2025-03-03" and [day for _, day, _ in d.anchors][:1] == ["2025-03-04"]
    assert "State came back" in d.text[d.anchors[0][0]:]
    assert "Monday" not in d.text and "FY2020" not in d.text and ":eyes:" not in d.text


def test_a_results_pages_dated_snippets_are_entries_of_their_own_and_do_not_date_the_page(tmp_path):
    raw = ("<html><body><main>"
           "<h3>U.S. suspends some military aid to Pakistan</h3>"
           "<p><span class='date'>Jul 10, 2011 &mdash; </span>The White House chief of staff said on Sunday that the "
           "administration was holding back about $800 million in military aid to Pakistan, until Islamabad ...</p>"
           "<h3>President signs the Kerry-Lugar-Berman Act</h3>"
           "<p><span class='date'>Oct 15, 2009 &mdash; </span>President Obama today signed the Kerry-Lugar-Berman bill, "
           "which authorizes $1.5 billion a year in non-military assistance and ties future security aid to ...</p>"
           "<h3>People also ask</h3><p>Does the US still give aid to Pakistan? Yes, but far less than before: last year "
           "it fell below $100 million, after averaging about $2 billion a year since 9/11.</p>"
           "</main></body></html>")
    d = _clean(tmp_path, raw, "s.html")
    assert d.published == ""
    assert [day for _, day, _ in d.anchors] == ["2011-07-10", "", "2009-10-15", ""]
    assert "Jul 10, 2011" not in d.text and d.text[d.anchors[0][0]:].startswith("The White House")
    # a chronology's dated items end their sentences: they are not snippets
    d = _clean(tmp_path, "Key dates\n\nOctober 12, 1999 - Musharraf seizes power.\n\n"
                         "May 2, 2011 - Bin Laden is killed in Abbottabad.\n")
    assert "October 12, 1999 - Musharraf" in d.text and d.anchors == ()


def test_a_grants_exports_descriptions_are_prose_and_its_other_cells_and_comment_lines_are_not(tmp_path):
    raw = ("# Awards Explorer - Custom Export\n# Exported: 2023-11-02 09:14 EST | Records: 3\n#\n"
           "award_id\trecipient\taction_fy\tobligated_usd\tdescription\n"
           "AID-1\tWAPDA\t2011\t16500000\tRehabilitation of Tarbela Dam. USAID obligated the funds in FY2011 and the work ended in March 2013.\n"
           "AID-2\tHEC\t2013\t26000000\tScholarships for students. This award, signed on 12 June 2013, added 3,000 places.\n"
           "AID-3\tWFP\t2022\t10000000\tFood assistance after the floods. It formed part of $90 million in relief.\n"
           "#\n# Notes\n# 1. Awards made before FY2008 are not covered by this export.\n")
    d = _clean(tmp_path, raw)
    assert d.published == "2023-11-02"
    assert d.text.startswith("Rehabilitation of Tarbela Dam.") and "16500000" not in d.text
    assert "FY2008" not in d.text and "WAPDA" not in d.text and "Exported" not in d.text
    # a "#" line of a Markdown page or a text without a tab-separated table is not a comment
    assert "# Notes" in _clean(tmp_path, "# Notes\n\nThe aid was cut in 2011 by the Congress.\n").text


def test_an_answer_keys_numbered_answers_and_a_questions_options_in_columns_are_kept(tmp_path):
    raw = ("## Questions\n\n1. In which year did Pakistan join SEATO?\n   (a) 1947   (b) 1951   (c) 1954   (d) 1959\n\n"
           "## Answer key\n\n**Activity 9.1:** 1 1954 · 2 India · 3 Afghanistan · 4 1990 · 5 2011\n")
    d = _clean(tmp_path, raw, "w.md")
    assert "(a) 1947 (b) 1951" in d.text and "1 1954 · 2 India" in d.text


def test_a_print_credit_the_html_extractor_left_out_dates_a_page_nothing_else_dates(tmp_path):
    body = "".join(f"<p>Paragraph {k}: Washington has kept its distance from Islamabad since the withdrawal from "
                   f"Afghanistan two years ago, and aid has dwindled to well under $100 million a year.</p>" for k in range(6))
    raw = ("<!doctype html><html><head><title>Distance</title></head><body><main><article><h1>Washington Keeps Its "
           f"Distance</h1><div class='body'>{body}</div><div class='more'><a href='/s'>Continue reading</a></div>"
           "<p class='print-line'>A version of this article appears in print on Aug. 10, 2023, Section A, Page 8 of the "
           "New York edition. <a href='/r'>Order Reprints</a> | <a href='/t'>Today's Paper</a></p></article>"
           "<aside><p>A version of this article appears in print on Jan. 1, 2020.</p></aside></main>"
           "<footer><p>© 2023 The Times</p></footer></body></html>")
    d = _clean(tmp_path, raw, "p.html")
    assert d.published == "2023-08-10" and "appears in print" not in d.text


def test_chat_messages_stay_apart_and_an_unpunctuated_message_does_not_end_the_days_entry(tmp_path):
    long = ("the explainer on the aid freeze and Pakistan is slotted for the morning push, so it needs a full check "
            "today, and the draft is in the shared folder with the figures.")
    raw = ("Slack export · Harbor Street Media\n\n──────── Monday, March 3rd, 2025 ────────\n\n[9:41 AM] Nadia\n" + long +
           "\n\n[9:52 AM] Farid\nCRS, yes. the one that runs FY2002-FY2018, pasting it\n"
           "    ┌ Congressional Research Service\n    └ crsreports.congress.gov · PDF\n"
           "    [9:58 AM] Tom\n    ok so the table total is $34.2bn\n\n[4:47 PM] Nadia\n"
           "State press office says they'll comment before we publish. holding the piece for that\n\n"
           "──────── Tuesday, March 4th, 2025 ────────\n\n[8:10 AM] Tom\nTrump is addressing Congress tonight\n"
           "    ↳ 2 replies\n    [8:14 AM] Farid\n    heard the same. ISPR and the FO are saying nothing\n\n"
           "[10:41 PM] Tom\nwell. he thanked Pakistan tonight.\n")
    d = _clean(tmp_path, raw)
    assert "pasting it\n\nok so the table" in d.text and "replies" not in d.text
    assert [day for _, day, _ in d.anchors] == ["2025-03-04"]  # the second day runs to the end
    assert d.text[d.anchors[0][0]:].startswith("Trump is addressing")


def test_review_fixes_of_the_seventeenth_rounds_corpus_rules(tmp_path):
    body = "".join(f"<p>Paragraph {k}: the raid in Abbottabad strained ties with Washington, and aid to Pakistan was "
                   "cut sharply over the following months as Congress debated.</p>" for k in range(4))
    raw = ("<html><head><meta property='article:published_time' content='2011-07-10'></head><body><article>"
           f"<h1>Aid suspended</h1>{body}</article><div><h3>More on this story</h3>"
           "<p>Jul 10, 2011 — The White House said on Sunday that aid would be held back until ...</p>"
           "<p>Jul 9, 2011 — Officials in Islamabad said on Saturday that the army would ...</p></div></body></html>")
    d = _clean(tmp_path, raw, "n.html")
    assert d.published == "2011-07-10"
    # a heading with an abbreviation still ends the last dated entry
    raw = ("Diary\n\n3 May 2011\n\n" + "The compound was raided and the mood in Islamabad was grim all day long, with "
           "officials refusing to say anything at all to the press.\n\n4 May 2011\n\nThe army spoke today.\n\n"
           "5 May 2011\n\nThe envoy left today.\n\n"
           "After Gen. Kayani's visit\n\nAid talks resumed recently.\n")
    assert [day for _, day, _ in _clean(tmp_path, raw).anchors][-1] == ""
    # a tab-separated chronology with a row-number column keeps its dates; a "#" line between its rows stays
    raw = ("1\t12 October 1999\tGeneral Musharraf seized power in a coup and suspended the constitution.\n"
           "2\t2 May 2011\tUS special forces killed Osama bin Laden in Abbottabad in a night raid.\n"
           "# Sources\n"
           "3\t26 November 2011\tNATO aircraft struck two border posts at Salala, killing 24 soldiers.\n")
    d = _clean(tmp_path, raw)
    assert "12 October 1999" in d.text and "# Sources" in d.text or "Sources" in d.text
    # snippets one blank line apart: one entry each, no empty entry between them
    raw = ("Results\n\nMay 3, 2011 — Officials said on Tuesday that the raid was ...\n\n"
           "May 4, 2011 — The army said on Wednesday that it would review ...\n")
    assert [day for _, day, _ in _clean(tmp_path, raw).anchors] == ["2011-05-03", "2011-05-04"]


def test_a_drafts_tracked_changes_are_accepted_and_its_html_comment_is_not_shown(tmp_path):
    raw = ("<!-- Exported from Word with all markup on. -->\n\n# Trade, not aid\n\n"
           "Between 2002 and 2018, Congress appropriated {~~about $30 billion~>roughly $33 billion~~} for Pakistan"
           "{++, counting reimbursements++}. {--Back in 2016, --}Ministers have been repeating the same line."
           "{>>F. Naqvi: CRS has $34.2bn for FY2002-18.<<} It is {==not new==}.\n")
    d = _clean(tmp_path, raw, "d.md")
    assert d.text == ("Trade, not aid\n\nBetween 2002 and 2018, Congress appropriated roughly $33 billion for Pakistan, "
                      "counting reimbursements. Ministers have been repeating the same line. It is not new.\n")
    assert "tracked change accepted" in {e.reason for e in d.log}


def test_a_bilingual_releases_other_script_lines_are_not_annotated_and_its_issuing_line_dates_it(tmp_path):
    raw = ("PRESS RELEASE\n\nپاکستان اور امریکہ کے درمیان ترقیاتی معاہدے میں ترمیم\n\n"
           "The Government of Pakistan and the Government of the United States today signed the sixth amendment to "
           "the development agreement, adding US$ 47 million in grants.\n\n"
           "حکومتِ پاکستان اور حکومتِ امریکہ نے آج معاہدے میں چھٹی ترمیم پر دستخط کیے۔\n\n"
           "The agreement was first signed in September 2019 and runs until 2029, with a review in 2025.\n\n"
           "Issued by the Press Wing, Economic Affairs Division, Islamabad, on 12 September 2024.\n")
    d = _clean(tmp_path, raw)
    assert d.published == "2024-09-12" and "پاکستان" not in d.text and "sixth amendment" in d.text
    # a Roman-Urdu or mixed line stays, and a text written in Urdu keeps its Urdu
    assert "Shukriya Amreeka" in _clean(tmp_path, "Shukriya Amreeka, said the minister in 2022 at the signing.\n").text
    urdu = "حکومتِ پاکستان اور حکومتِ امریکہ نے آج معاہدے پر دستخط کیے۔\n\nیہ معاہدہ 2019 میں طے پایا۔\n"
    assert "2019" in _clean(tmp_path, urdu).text


def test_a_database_exports_records_are_dated_by_their_publication_dates_and_their_fields_are_metadata(tmp_path):
    record = ("Document {n} of 2\n\n{title}\n\nAuthor: Ledbetter, Carol\n\nPublication info: The Washington Post ; "
              "Washington, D.C. {info}: A.14.\n\nFull text: WASHINGTON -- President Obama on Thursday signed a bill "
              "that authorizes $7.5 billion in civilian aid to Pakistan, a measure its sponsors describe as a "
              "long-term commitment to the country.\n\nPublication year: {year}\n\nPublication date: {date}\n\n"
              "____________\n\n")
    raw = ("Report Information from ProQuest\nMay 15 2024 09:12\n\n____________\n\n"
           + record.format(n=1, title="Obama Signs Pakistan Aid Bill", info="16 Oct 2009", year=2009, date="Oct 16, 2009")
           + record.format(n=2, title="Aid Bill Draws Fire", info="19 Oct 2009", year=2009, date="Oct 19, 2009"))
    d = _clean(tmp_path, raw)
    assert [day for _, day, _ in d.anchors] == ["2009-10-16", "2009-10-19"]
    assert "Publication info" not in d.text and "Publication year" not in d.text and "Full text:" not in d.text
    assert d.text.startswith("Obama Signs Pakistan Aid Bill\n\nWASHINGTON -- President Obama")  # (its title, then its text: GUIDELINES 8.30)


def test_an_ris_exports_abstracts_and_notes_are_prose_dated_by_the_record_and_its_fields_are_metadata(tmp_path):
    raw = ("TY  - RPRT\nAU  - Epstein, Susan B.\nTI  - Pakistan: U.S. Foreign Assistance\nDA  - 2013/07/01\n"
           "PB  - Congressional Research Service\nAB  - Reviews US assistance to Pakistan since 2001 and the debates in Congress.\n"
           "N1  - Borrowed from the library last week.\nKW  - Cold War\nER  - \n\n"
           "TY  - BOOK\nAU  - Kux, Dennis\nTI  - The United States and Pakistan, 1947-2000\nPY  - 2001\n"
           "AB  - A diplomatic history of the relationship, by a retired officer.\nER  - \n")
    d = _clean(tmp_path, raw)
    assert d.text.split("\n\n")[0] == "Reviews US assistance to Pakistan since 2001 and the debates in Congress."
    assert "Kux" not in d.text and "Cold War" not in d.text and "1947-2000" not in d.text
    assert [day for _, day, _ in d.anchors] == ["2013-07-01", "", "2001"]
    # one "TY  - " line is no export
    assert "TY - RPRT" in _clean(tmp_path, "TY  - RPRT\nAB  - A note on aid in 2011.\n").text


def test_a_posters_presentation_line_and_a_transcripts_recording_note_date_them(tmp_path):
    d = _clean(tmp_path, "# Counting the Alliance\n\n*Poster P-117, presented at the Association for Asian Studies Annual "
                         "Conference, Seattle, 21 March 2024*\n\nPreliminary results were shared with editors last month, "
                         "and two newsrooms have since revised their style guides for aid figures.\n", "p.md")
    assert d.published == "2024-03-21" and "Poster P-117" not in d.text
    d = _clean(tmp_path, "Today we pick up the story in 1979, the most important year in this course, and we will end "
                         "with the Geneva Accords.\n\n[End of transcript]\n\nTranscript note: recorded at the Gulberg studio, "
                         "Lahore, on 12 October 2023. Captions auto-generated and corrected by course staff.\n")
    assert d.published == "2023-10-12"
    # an editor's note without brackets and without a recording date is prose
    d = _clean(tmp_path, "The sanctions took effect in 1990, after the certification lapsed and the aid stopped.\n\n"
                         "Editor's note: An earlier version of this column said that the sanctions began in 1991.\n")
    assert "began in 1991" in d.text


def test_review_fixes_of_the_eighteenth_rounds_cleaning_rules(tmp_path):
    import time
    # an Urdu article under an English menu keeps its Urdu: the main script is counted by letters
    urdu = ("Home\nPakistan\nWorld\n\nحکومتِ پاکستان اور حکومتِ امریکہ نے آج اسلام آباد میں ترقیاتی معاہدے میں چھٹی ترمیم پر "
            "دستخط کیے اور امداد میں اضافہ کیا۔\n\nیہ معاہدہ 2019 میں طے پایا تھا اور 2029 تک جاری رہے گا۔\n\nShare\n")
    assert "2019" in _clean(tmp_path, urdu).text
    # a bill's legislative history is no poster's presentation line; a CV's talk is not either
    d = _clean(tmp_path, "The bill became law in 2009 after a long debate in both chambers of the Congress.\n\n"
                         "Passed the House on September 30, 2009. Presented to the President on October 5, 2009. "
                         "Signed by the President on October 15, 2009.\n")
    assert "Signed by the President" in d.text and d.published == ""
    # field labels outside a database record are prose
    d = _clean(tmp_path, "Weekly digest\n\n**People:** Ambassador Masood Khan presented his credentials to President "
                         "Biden on Tuesday.\n\n**Location:** The new consulate in Quetta will open next spring.\n", "g.md")
    assert "presented his credentials" in d.text and "consulate in Quetta" in d.text
    # a journal cited in the body dates nothing
    d = _clean(tmp_path, "The alliance frayed after 1990, as several studies have shown in detail over the years since "
                         "the sanctions were imposed by the Congress on the advice of its committees.\n\nAsian Survey, Vol. 59, No. 3 (15 May 2019)\n\n"
                         "Later work has questioned that reading of the record, and of the aid figures.\n")
    assert d.published == "" and d.anchors == ()
    # a reviewer's comment and a deletion that span lines; a Markdown comment over three lines
    raw = ("Congress gave {--the old\nfigure--} roughly $33 billion {>>check this\nagainst CRS<<} between 2002 and 2018.\n\n"
           "<!--\nTODO: check the 2011 figure of 12 May 2011\n-->\n\nAid fell after 2011.\n")
    d = _clean(tmp_path, raw, "c.md")
    assert "old" not in d.text and "check this" not in d.text and "TODO" not in d.text and "$33 billion" in d.text
    assert "Aid fell after 2011." in d.text
    t0 = time.perf_counter()
    _clean(tmp_path, "{~~a~>" * 1000 + "\n", "k.md")
    assert time.perf_counter() - t0 < 2
    # U.S. in an issuing office; a record without a date field still loses its number
    assert _clean(tmp_path, "The two governments signed the amendment today in Islamabad, adding $47 million.\n\n"
                            "Issued by the U.S. Embassy, Islamabad, on 12 September 2024.\n").published == "2024-09-12"


def test_review_fixes_of_the_ris_reader(tmp_path):
    from usp_research import repair
    rec = [(0, "TY", "RPRT"), (1, "DA", "2013/00/00"), (2, "ER", "")]
    assert repair.ris_date(rec) == "2013"
    assert repair.ris_date([(0, "TY", "RPRT"), (1, "DA", "2013/13/45"), (2, "PY", "2013"), (3, "ER", "")]) == "2013"
    assert repair.ris_date([(0, "TY", "RPRT"), (1, "DA", "2001-09-15"), (2, "ER", "")]) == "2001-09-15"
    raw = ("TY  - RPRT\nAB  - Aid since 2001.\nN1  - <p>Borrowed from the <strong>library</strong> last week.</p>\nER  - \n\n"
           "TY  - BOOK\nPY  - 2001\nAB  - A history.\nER  - \n\n"
           "US - Pakistan relations: my reading notes for the seminar next week.\n")
    d = _clean(tmp_path, raw)
    assert "Borrowed from the library last week." in d.text and "<strong>" not in d.text
    assert "US - Pakistan relations" in d.text


def test_a_social_threads_posts_are_dated_by_their_headers_and_other_users_replies_and_notes_are_not_the_text(tmp_path):
    raw = ("Post\n\nAmina Siddiqui\n@amina_s\n\n"
           "On Monday the Senate committee approved yet another report on Pakistan. Since 2001 the aid has come "
           "with conditions attached, and the conditions have always been about Washington's wars. 1/3\n\n"
           "    Quote\n    Sen. Tom Rowe @SenTomRowe · Mar 2, 2023\n"
           "    Today my committee approved the Pakistan accountability report. Since 9/11 we have asked "
           "for results and got excuses.\n\n"
           "9:15 AM · Mar 4, 2023 · 88K Views\n\n"
           "Readers added context they thought people might want to know\n"
           "The committee approved the report on February 28, 2023, not on a Monday in March.\n"
           "Context is written by people who use X. Do you find this helpful?\n\n"
           "Amina Siddiqui @amina_s · Mar 4\nThe money peaked in FY2010 and has fallen every year since then. 2/3\n\n"
           "Amina Siddiqui @amina_s · Mar 4\nYesterday's hearing did not even mention the floods. 3/3\n\n"
           "Kamran B @kamranb · Mar 5\nReplying to @amina_s\nwrong, they gave $1 billion in 2005 after the earthquake\n\n"
           "Show more replies\n")
    d = _clean(tmp_path, raw)
    assert d.published == "2023-03-04"  # the post's own stamp, not the quoted post's date
    assert "Today my committee" in d.text and "The money peaked" in d.text
    assert "February 28, 2023" not in d.text and "$1 billion in 2005" not in d.text and "Replying" not in d.text
    quoted = next(start for start, day, _ in d.anchors if day == "2023-03-02")
    assert "Today my committee" in d.text[quoted:quoted + 40]  # the quoted post counts from its own date
    assert any(day == "2023-03-04" and d.text[start:].startswith("Yesterday") for start, day, _ in d.anchors)
    # the thread's author replying to another user is still the source
    raw2 = raw.replace("Show more replies\n", "Amina Siddiqui @amina_s · Mar 5\nReplying to @kamranb\n"
                                              "That was relief for the 2005 earthquake, and it is counted separately.\n")
    assert "That was relief for the 2005 earthquake" in _clean(tmp_path, raw2).text


def test_an_issue_trackers_event_lines_date_the_comments_under_them_not_the_page(tmp_path):
    raw = ("# Totals double-count the reimbursements #12\n\n"
           "**sara-k** (Owner) opened this issue on Jan 8, 2024 · 3 comments\n\n"
           "The FY2011 total in the dataset is too high by exactly the reimbursement line, which was added twice.\n\n"
           "---\n\n**li-wei** (Member) commented on Jan 9, 2024\n\n"
           "Confirmed. I changed the merge script last month and will fix it tomorrow.\n\n"
           "---\n\n**li-wei** added the `bug` label on Jan 9, 2024\n\n"
           "**sara-k** closed this as completed in #13 on Jan 11, 2024\n")
    d = _clean(tmp_path, raw, "issue.md")
    assert d.published == ""
    assert "commented on" not in d.text and "closed this" not in d.text and "opened this issue" not in d.text
    starts = {d.text[start:start + 10]: day for start, day, _ in d.anchors}
    assert starts.get("Confirmed.") == "2024-01-09"


def test_a_list_articles_notes_column_is_prose_its_other_cells_and_layout_tables_are_not(tmp_path):
    rows = "".join(f"<tr><td>{k}–{k + 2} June 19{60 + k}</td><td>Visitor {k}</td><td>Karachi</td>"
                   f"<td>Talks covered military aid and the Kashmir dispute. The visitor met the president on "
                   f"{k + 1} June 19{60 + k}.</td></tr>" for k in range(1, 4))
    raw = ("<!doctype html><html><head><title>List of visits</title></head><body><main><h1>List of visits</h1>"
           "<p>This is a list of official visits between the two countries, with the notes that historians add.</p>"
           "<table class='wikitable'><tr><th>Dates</th><th>Visitor</th><th>Cities</th><th>Notes</th></tr>"
           f"{rows}</table><p>Leaders also meet at the United Nations almost every September, which is not listed.</p>"
           "</main></body></html>")
    d = _clean(tmp_path, raw, "list.html")
    assert "The visitor met the president on 2 June 1961." in d.text
    assert "1–3 June 1961" not in d.text and "Visitor 1" not in d.text
    # a layout table's cells holding paragraphs are read once, as before
    layout = ("<!doctype html><html><body><table><tr><td><p>The aid was cut in 2011 after the raid, and the "
              "relationship never recovered its warmth in the years that followed.</p></td><td>Menu</td>"
              "<td>More</td></tr></table></body></html>")
    assert _clean(tmp_path, layout, "layout.html").text.count("The aid was cut") == 1


def test_a_footers_update_stamp_dates_a_page_only_when_nothing_else_does(tmp_path):
    body = ("<p>The series begins on Tuesday and follows seventy years of the alliance, from the arms agreement of "
            "1954 to the freeze of 2018, with two episodes each evening.</p>" * 3)
    page = ("<!doctype html><html><body><main><article><h1>New series</h1>{head}" + body + "</article></main>"
            "<footer><p>Times may change. Listings last updated Monday 11 March 2024, 09:00 GMT.</p></footer></body></html>")
    assert _clean(tmp_path, page.format(head=""), "tv.html").published == "2024-03-11"
    dated = page.format(head="<p class='date'>Published 1 March 2024</p>")
    assert _clean(tmp_path, dated, "tv2.html").published == "2024-03-01"


def test_a_books_index_and_a_printed_pages_notes_are_apparatus_a_key_dates_list_is_not(tmp_path):
    entries = "\n".join(f"    {term}, {p}–{p + 4}, {p + 40}" for p, term in
                        zip(range(11, 200, 31), ["arms embargo (1965)", "Brown Amendment", "F-16 aircraft",
                                                 "Glenn sanctions (1998)", "nuclear tests (May 1998)", "Pressler, Larry"]))
    page = ("The hold on the aircraft lasted until 1995, when some equipment was released.¹⁴ Pakistan went on "
            "paying the storage fees for years afterwards.\n\n______________\n"
            "14. Kux, The United States and Pakistan, 1947–2000, 331–34.\n")
    d = _clean(tmp_path, f"INDEX\n\nPage numbers in italics refer to figures.\n\nPakistan (cont.)\n{entries}\n\n\n{page}")
    assert "until 1995" in d.text and "1965" not in d.text and "May 1998" not in d.text and "Kux" not in d.text
    key_dates = "\n".join(f"{name}, {year}" for name, year in
                          [("SEATO", 1954), ("CENTO", 1955), ("Tashkent Declaration", 1966), ("Simla Agreement", 1972),
                           ("Geneva Accords", 1988), ("Lahore Declaration", 1999)])
    d = _clean(tmp_path, "Key dates of the alliance\n\n" + key_dates + "\n")
    assert "Simla Agreement, 1972" in d.text


def test_an_entrys_closing_first_appeared_line_with_a_published_date_dates_it(tmp_path):
    raw = ("# Pakistan and the United States\n\nLast month the last American soldiers left Afghanistan, and "
           "recently Pakistan helped many people fly out of Kabul to safety.\n\n"
           "*This entry first appeared in the Young Readers' Atlas, Volume 4 (Oman–Peru), published 6 September 2021.*\n")
    d = _clean(tmp_path, raw, "entry.md")
    assert d.published == "2021-09-06" and "first appeared" not in d.text


def test_review_fixes_of_the_nineteenth_rounds_thread_index_note_footer_and_table_rules(tmp_path):
    prose = ("The journalist adds that the committee's report, due in the spring, will be read in Islamabad as "
             "another lecture, whatever its authors intend, and that the aid figures in it are already out of date.")
    # a reply ends at its blank line; an embedded post's date does not run on over the article
    raw = ("Published 20 March 2023\n\n" + prose + "\n\n    Sen. Tom Rowe @SenTomRowe · Mar 2, 2023\n"
           "    Today my committee approved the report.\n\nAmina @amina_s · Mar 3, 2023\nReplying to @SenTomRowe\n"
           "wrong again, senator.\n\nYesterday the ministry answered. " + prose + "\n")
    d = _clean(tmp_path, raw)
    assert "wrong again" not in d.text and "Yesterday the ministry answered" in d.text
    resumed = next(start for start, day, _ in d.anchors if day == "")
    assert d.text[resumed:].startswith("Yesterday the ministry")
    # the thread's author is the handle the replies answer, not the first replier
    raw = ("Amina Siddiqui\n@amina_s\n\nThe money peaked in FY2010 and has fallen every year since then, as the "
           "tables show.\n\nKamran B @kamranb · Mar 5\nReplying to @amina_s\nnot true at all\n\n"
           "Zara T @zara_t · Mar 5\nReplying to @amina_s\nsource?\n\n8:00 AM · Mar 5, 2023\n")
    d = _clean(tmp_path, raw)
    assert "not true at all" not in d.text and "source?" not in d.text
    # a year-less post date takes the year nearest the page's date; "2h" is the page's day
    raw = ("Amina Siddiqui @amina_s · Dec 31, 2023\nThe review ends tonight. 1/3\n\n11:50 PM · Dec 31, 2023\n\n"
           "Amina Siddiqui @amina_s · Jan 1\nThe review was approved this morning. 2/3\n\n"
           "Amina Siddiqui @amina_s · 2h\nAnd the money will follow next month. 3/3\n")
    days = [day for _, day, _ in _clean(tmp_path, raw).anchors if day]
    assert "2024-01-01" in days and "2023-01-01" not in days and days.count("2023-12-31") >= 2
    # a community note ends at its blank line; an "Index" heading in an article drops only itself
    raw = ("Readers added context\nThe vote was on 28 February 2023.\n\n" + prose + "\n\nIndex\n\n"
           + prose.replace("journalist adds", "editor notes") + "\n")
    d = _clean(tmp_path, raw)
    assert "28 February" not in d.text and "The journalist adds" in d.text and "The editor notes" in d.text
    # lists of names with ages are no index; a power and a heading's underline make no page notes
    names = "\n".join(f"{n}, {a}" for n, a in [("Imran Khan", 71), ("Nawaz Sharif", 74), ("Asif Zardari", 68),
                                                ("Shehbaz Sharif", 72), ("Maryam Nawaz", 50)])
    assert "Imran Khan, 71" in _clean(tmp_path, "Party leaders and their ages:\n\n" + names + "\n").text
    raw = ("The floods covered 75,000 km² of Sindh in 2022.\n\nRecommendations\n---------------\n"
           "1. Restore the aid programmes cut in 2018.\n2. Publish the figures every year.\n")
    assert "Restore the aid programmes cut in 2018" in _clean(tmp_path, raw, "r.md").text
    # a comment's or a related story's footer does not date the page
    body = "<p>" + prose + "</p>"
    raw = ("<!doctype html><html><body><main><article><h1>Report</h1>" + body * 3 + "<footer><p>Posted on 3 March 2024"
           "</p></footer></article></main><footer><div>Site last updated: 11 March 2024</div><p>Contact us</p></footer>"
           "</body></html>")
    assert decode.footer_paragraphs(decode.page_tree(raw)) == ("Site last updated: 11 March 2024", "Contact us")
    # a notes cell whose row is numbered in a <th>, with a citation mark, is still prose
    rows = "".join(f"<tr><th>{k}</th><td>Visitor {k}</td><td>—</td><td>Talks covered military aid and the "
                   f"Kashmir dispute; the visitor met the president on {k} May 1961.[{k}]</td></tr>" for k in (1, 2, 3))
    raw = ("<!doctype html><html><body><main><h1>Visits</h1><p>" + prose + "</p><table>" + rows + "</table><p>"
           + prose + "</p></main></body></html>")
    assert "the visitor met the president on 2 May 1961." in _clean(tmp_path, raw, "v.html").text


def test_a_meeting_headers_date_line_with_a_clock_time_and_a_vote_pages_dropped_date_field_date_the_text(tmp_path):
    minutes = ("CITY COUNCIL - REGULAR MEETING\n\n     Tuesday, April 16, 2019 - 7:00 p.m.\n\n"
               "The Council considered a sister-city resolution with Sialkot, and the clerk read it into the record. "
               "The City Engineer said the contractor is scheduled to begin on Monday.\n")
    assert _clean(tmp_path, minutes, "minutes.txt").published == "2019-04-16"
    body = "<p>Senator Paul told the chamber on Friday that the aid should be cut off until the doctor is freed.</p>" * 2
    page = ("<!doctype html><html><body><main><h1>Roll Call Vote</h1><table class='vote-summary'>"
            "<tr><td><b>Vote Number:</b></td><td>195</td><td><b>Vote Date:</b></td><td>{day}</td></tr></table>"
            + body + "</main></body></html>")
    assert _clean(tmp_path, page.format(day="September 22, 2012, 12:41 AM"), "vote.html").published == "2012-09-22"
    # a field that is no date, or a date under a label that is no date field, dates nothing
    assert _clean(tmp_path, page.format(day="Bill Defeated"), "vote2.html").published == ""
    # a mail archive's header table with the C library's date ("Thu Mar  6 14:22:10 EST 2014")
    archive = ("<!doctype html><html><body><h1>[H-PakUS] Re: Query</h1><table><tr><td><b>Date:</b></td>"
               "<td><i>Thu Mar  6 14:22:10 EST 2014</i></td></tr></table>" + body + "</body></html>")
    assert _clean(tmp_path, archive, "archive.html").published == "2014-03-06"


def test_a_mail_archives_preformatted_message_keeps_its_paragraphs_and_its_quoted_message_is_dated_by_its_header(tmp_path):
    message = ("Daniel's query on Tuesday deserves a fuller answer than the\none I sent him off-list.\n\n"
               "On Tue, 4 Mar 2014, Daniel Whitcombe wrote:\n\n"
               "> Can anyone point me to a reliable figure? A colleague insisted\n> last week that it topped $2 billion.\n\n"
               "Short answer: your colleague is probably counting more than\ngrant military aid, as the tables show.\n")
    page = ("<!doctype html><html><body><h1>[H-PakUS] Re: Query</h1><table><tr><td><b>Date:</b></td>"
            f"<td>Thu Mar  6 14:22:10 EST 2014</td></tr></table><pre>{message}</pre><hr><ul><li>Previous message: "
            "<a href='1.html'>CFP</a></li></ul></body></html>")
    d = _clean(tmp_path, page, "archive.html")
    assert "Daniel's query on Tuesday deserves a fuller answer than the one I sent him off-list." in d.text
    assert "wrote:" not in d.text and d.published == "2014-03-06"
    starts = {d.text[start:start + 7]: day for start, day, _ in d.anchors}
    assert starts.get("> Can a") == "2014-03-04" and starts.get("Short a") == ""  # the reply resumes at the blank line
    # prose introducing a quotation is no mail client's attribution line
    prose = ("The editorial was blunt about it.\n\nOn 3 May 2011, Dawn's editorial board wrote:\n\n"
             "> The raid has left the country humiliated and its army exposed to questions it cannot answer.\n")
    assert "Dawn's editorial board wrote:" in _clean(tmp_path, prose).text


def test_a_signatures_place_and_date_on_two_lines_date_a_letter_above_its_copy_to_list(tmp_path):
    letter = ("The General Manager\nPakistan Stock Exchange Limited\n\nSubject: Material Information\n\n"
              "We are pleased to inform you that the Company signed a loan agreement yesterday with the DFC for "
              "the financing of its solar project in Sindh, which is expected to begin operations next year.\n\n"
              "Yours faithfully,\n\nSd/-\nFaisal Qureshi\nCompany Secretary\n\nKarachi\nAugust 28, 2024\n\n"
              "Copy to:\n1. The Director, Surveillance, Supervision and Enforcement Department, Securities and "
              "Exchange Commission of Pakistan, NIC Building, Jinnah Avenue, Islamabad\n")
    assert _clean(tmp_path, letter).published == "2024-08-28"


def test_a_scripts_dated_settings_date_its_scenes_and_a_caption_is_not_the_pages_dateline(tmp_path):
    comic = ("# THE STOMACH ACHE\n\n## PAGE ONE\n\nCAPTION: Rawalpindi, 8 July 1971.\n\n"
             "YAHYA: Tonight it flies our man to Peking.\n\nCAPTION: Officially, he had come to talk about aid.\n\n"
             "KISSINGER: Ach. Something I ate.\n\nYAHYA: The hill air will cure it.\n\n"
             "KISSINGER: I am sure it will.\n\nYAHYA: Then to bed, Doctor.\n\nSFX: WHRRRR\n\n## PAGE TWO\n\n"
             "CAPTION: Chaklala air base, 3:30 a.m., 9 July 1971.\n\nKISSINGER: He will announce it on Thursday.\n\n"
             "## AFTERWORD\n\nNOTE: This script was first drafted in 2019.\n\n"
             "I picked the script up again recently, and the anthology is due out next spring.\n\n"
             "— Saba Rehman\nLahore, 9 July 2021\n")
    d = _clean(tmp_path, comic, "comic.md")
    assert d.published == "2021-07-09" and "CAPTION: Rawalpindi, 8 July 1971." in d.text
    values = {x.text: x.value_start for x in annotate.document_timexes(d)}
    assert values["Tonight"] == "1971-07-08" and values["Thursday"] == "1971-07-15"
    assert values["next spring"] == "2022-03"  # the afterword in prose counts from the page's date again
    # a chronology's "15 October 2009. Obama signs ..." entries are no script's settings (no speakers)
    chronology = "".join(f"{k} October 20{k:02d}. The two governments sign agreement number {k} on aid.\n\n"
                         for k in range(10, 14))
    assert _clean(tmp_path, chronology).anchors == ()


def test_a_latex_sources_comment_lines_are_not_shown(tmp_path):
    tex = ("\\section{Payments}\n\\label{sec:payments}\n% TODO: check the FY2013 cell against the 2019 revision\n"
           "When Pakistan tested on 28~May 1998 it was % a margin note\nunder sanctions, and\n"
           "Congress appropriated roughly \\$7.5 billion, some 30\\% of it economic.\n\n"
           "\\subsection{After 2001}\n\\begin{table}\\caption{Aid}\\end{table}\n")
    d = _clean(tmp_path, tex)
    assert "TODO" not in d.text and "margin note" not in d.text
    assert "When Pakistan tested on 28~May 1998 it was under sanctions, and Congress appropriated roughly \\$7.5 billion" in d.text


def test_review_fixes_of_the_twentieth_rounds_cleaning_rules(tmp_path):
    story = "The figures surprised the ministry, which had expected a rise in exports to the United States this spring."
    # a news sentence about data is no page stamp; prose introducing a quotation is no mail header
    d = _clean(tmp_path, f"# Exports\n\nTrade data released on 12 May 2024 showed a fall.\n\n{story}\n", "news.md")
    assert "Trade data released" in d.text and d.published == ""
    quoted = ("The editorial was blunt.\n\nOn Tuesday, 3 May 2011, Dawn's editorial board wrote:\n\n"
              "> The raid has left the country humiliated and its army exposed to questions.\n")
    assert "Dawn's editorial board wrote:" in _clean(tmp_path, quoted).text
    # photo captions and an interview's answers are no script's settings
    captions = ("Published 2 May 2021\n\n" + story + " Residents said yesterday that little had changed.\n\n"
                + "".join(f"PHOTO: Abbottabad, 2 May 2011. Residents gather near the compound {k}.\n\n" for k in range(3)))
    values = {x.text: x.value_start for x in annotate.document_timexes(_clean(tmp_path, captions, "photo.txt"))}
    assert values["yesterday"] == "2021-05-01"
    interview = ("Published 3 May 2021\n\n" + "".join(f"HOST: Question {k}?\n\nKHAN: Yes, 4 May 2011. Answer {k}.\n\n"
                                                     for k in range(3)) + "KHAN: Tomorrow I testify.\n")
    values = {x.text: x.value_start for x in annotate.document_timexes(_clean(tmp_path, interview, "talk.txt"))}
    assert values["Tomorrow"] == "2021-05-04"
    # a news brief's repeated dateline makes no script: the first one still dates the page
    briefs = "ISLAMABAD: Tuesday, September 4, 2018\n\n" + "".join(
        f"ISLAMABAD: The ministry said on Monday that talks number {k} with Washington would resume soon.\n\n" for k in range(3))
    assert _clean(tmp_path, briefs).published == "2018-09-04"
    # a form's "Date" label over a date is no signature's place
    event = (story + " " + story + "\n\nJoin us for the talk.\n\nDate\nJune 12, 2024\n")
    assert _clean(tmp_path, event).published == ""


def test_review_fixes_of_the_twentieth_rounds_html_readers(tmp_path):
    intro = "<p>This post shows how I count the aid figures, with the code I used for the tables in my thesis.</p>"
    code = "<pre><code>" + "\n".join(f"total_{k} = aid[{k}] + csf[{k}]  # FY20{k:02d}" for k in range(20)) + "</code></pre>"
    blog = f"<!doctype html><html><body><article><h1>Counting aid</h1><p>Posted 3 May 2021</p>{intro}{code}</article></body></html>"
    d = _clean(tmp_path, blog, "blog.html")
    assert "This post shows how I count" in d.text and d.published == "2021-05-03"
    body = "<p>Senator Paul told the chamber on Friday that the aid should be cut off until the doctor is freed.</p>" * 2
    sidebar = (f"<!doctype html><html><body><main><h1>Profile</h1>{body}</main><aside><table><tr><td>Date:</td>"
               "<td>June 12, 2024</td></tr></table></aside></body></html>")
    assert _clean(tmp_path, sidebar, "sidebar.html").published == ""
    assert decode.field_rows(decode.page_tree("<table><tr><td>Date of birth:</td><td>1 July 1956</td></tr><tr><td>Expiry date:</td>"
                             "<td>1 July 2026</td></tr><tr><td>Date:</td><td>2 July 2026</td></tr></table>"), "") == (
        "Date: 2 July 2026",)


def test_a_register_generated_on_a_day_and_a_circular_dated_in_its_running_header_are_dated_by_them(tmp_path):
    body = "The register below lists every deal. China supplied most of Pakistan's arms imports last year.\n"
    assert _clean(tmp_path, "TRADE REGISTER\n\nInformation generated: 12 March 2024\n\n" + body).published == "2024-03-12"
    header = ("ISLAMIC REPUBLIC OF PAKISTAN            PRELIMINARY OFFERING CIRCULAR DATED 8 APRIL 2025 - SUBJECT TO "
              "COMPLETION\n\n                RISK FACTORS\n\n" + body)
    d = _clean(tmp_path, header)
    assert d.published == "2025-04-08" and "CIRCULAR DATED" not in d.text


def test_a_sources_section_in_mid_page_is_apparatus_up_to_the_next_heading(tmp_path):
    plate = ("# Plate 42\n\nThe map shows the alliance at its height in 1959, when the bases opened.\n\n## Sources\n\n"
             "Dennis Kux, *Disenchanted Allies* (2001); Steve Coll, *Ghost Wars* (2004); drone database (accessed 2019).\n\n"
             "## Editor's commentary\n\nThe alliance this plate records was never as close as its arrows suggest, "
             "and by 1965 it had frayed beyond repair when the war with India began.\n")
    d = _clean(tmp_path, plate, "plate.md")
    assert "Ghost Wars" not in d.text and "by 1965 it had frayed" in d.text
    # a reply below a reference list, with no heading between, is no citation: it stays
    thread = ("# Forum\n\nWhat did the F-16 dispute cost Pakistan? I have read many figures and none of them agree, "
              "so I am asking here before I write it up for my father, who worked on the programme in the 1980s.\n\n"
              "## Sources\n\nDennis Kux, The United States and Pakistan (Washington, 2001).\n\n"
              "Your dad has a point. Pakistan had paid about $658 million for the jets and got nothing for years, "
              "and it took until December 1998 for the two governments to settle the dispute over the money.\n\n"
              "Since you asked about the longer arc: the post-9/11 years are a different story altogether, and the "
              "aid that came then was larger than anything Pakistan had received in the 1980s.\n")
    d = _clean(tmp_path, thread, "thread.md")
    assert "Washington, 2001" not in d.text and "Your dad has a point." in d.text


def test_a_records_date_fields_citations_access_dates_and_sanctions_list_entries_are_not_prose(tmp_path):
    record = ("Pressler Amendment edit\n\nstart time: October 1990\n\nend time: 22 September 2001\n\n"
              "remark: Most American military and economic aid was cut off for more than a decade.\n\n"
              "1 reference · stated in: Congressional Research Service report RL33498 · retrieved: 3 March 2021\n\n"
              "Operation Neptune Spear edit\n\npoint in time: 2 May 2011\n\nlocation: Abbottabad\n\n"
              "remark: US special forces killed Osama bin Laden in Abbottabad in the early hours of 2 May 2011.\n")
    d = _clean(tmp_path, record)
    for gone in ("start time:", "end time:", "point in time:", "retrieved:"):
        assert gone not in d.text, gone
    assert "location: Abbottabad" in d.text and "remark: US special forces killed" in d.text
    # a lone field is kept, as is a script's caption with its stage direction
    assert "point in time: 2 May 2011" in _clean(tmp_path, "The raid was long planned.\n\npoint in time: 2 May 2011\n").text
    assert boilerplate._field_row("ON-SCREEN TEXT: September 11, 2001") is None
    assert boilerplate._field_row("[SCENE 5: ARCHIVE. Smoke over Manhattan. No music.]") is None
    release = ("Treasury today designated three individuals who raised money for LeT since at least 2019.\n\n"
               "BHATTI, Haroon Rasheed (a.k.a. BHATTI, Haroon), Lahore, Pakistan; DOB 03 Feb 1974; alt. DOB 1975; "
               "POB Sialkot, Pakistan; nationality Pakistan; Passport BX4417283 expires 12 Jun 2028 (individual) [SDGT].\n\n"
               "ROSHAN EXCHANGE (a.k.a. ROSHAN COMPANY), Hall Road, Lahore, Pakistan; Organization Established Date 2011 "
               "[SDGT] (Linked To: BHATTI, Haroon Rasheed).\n")
    d = _clean(tmp_path, release)
    assert "DOB" not in d.text and "Established" not in d.text and "since at least 2019" in d.text


def test_numbered_glosses_under_a_notes_heading_matching_the_poems_marks_are_notes(tmp_path):
    poem = ("# Aid\n\nIn fifty-four they signed the paper in Karachi,¹\nand the wheat came up the river.\n\n"
            "September of oh-one, the towers on every screen.²\n\n### Glosses\n\n"
            "1. The Mutual Defense Assistance Agreement was signed in Karachi on 19 May 1954.\n"
            "2. The attacks of 11 September 2001.\n\nPublished with the poet's permission.\n")
    d = _clean(tmp_path, poem, "poem.md")
    assert "19 May 1954" not in d.text and "11 September 2001" not in d.text and "the towers on every screen" in d.text
    # a numbered list under a "Notes" heading whose numbers mark nothing in the text stays
    notes = "# Meeting\n\nWe met on Tuesday.\n\n## Notes\n\n1. The minister left on 3 May 2011.\n2. Aid rose.\n"
    assert "3 May 2011" in _clean(tmp_path, notes, "m.md").text


def test_a_pages_dated_entries_whose_date_lines_the_extractor_left_out_date_their_own_text():
    update = ("<article class='update'><p class='update-meta'>{day} · by Sana Qureshi, Organizer</p>"
              "<p>{a}</p><p>{b}</p></article>")
    first = ("Last month we handed over the first 31 homes to their families.", "Construction starts next month.")
    second = ("Twenty-two homes are under construction.", "On Tuesday the US Embassy said flood assistance passed $50 million.")
    page = ("<!doctype html><html><body><main><h1>Rebuild 100 Homes</h1><section class='updates'><h2>Updates (2)</h2>"
            + update.format(day="January 10, 2023", a=first[0], b=first[1])
            + update.format(day="October 14, 2022", a=second[0], b=second[1]) + "</section></main></body></html>")
    story = "On Tuesday, the US government announced $30 million in humanitarian assistance."
    text = "\n".join(["Updates (2)", *first, story, *second])  # the extractor's order, the date lines left out
    found = decode.dated_entries(decode.page_tree(page), text)
    assert found == (("2023-01-10", *first), ("2022-10-14", *second))
    paragraphs = ["Updates (2)", *first, story, *second, "Report fundraiser"]
    assert corpus._html_entries(found, paragraphs) == [(1, "2023-01-10", 0), (3, "", 0), (4, "2022-10-14", 0), (6, "", 0)]
    # the story between the entries counts from the page's date, each entry from its own
    doc = "\n\n".join(paragraphs)
    offsets = [doc.index(p) for p in paragraphs]
    got = {(x.text.removeprefix("On "), x.start > offsets[4]): x.value_start
           for x in tag(doc, "2022-09-02", anchors=[(offsets[k], d) for k, d, _ in corpus._html_entries(found, paragraphs)])}
    assert got[("Last month", False)] == "2022-12" and got[("Tuesday", False)] == "2022-08-30"
    assert got[("Tuesday", True)] == "2022-10-11"
    # one dated box is a byline, not a page of entries; a date line the extractor kept is read from the text
    single = page.replace(update.format(day="October 14, 2022", a=second[0], b=second[1]), "")
    assert decode.dated_entries(decode.page_tree(single), text) == ()
    assert decode.dated_entries(decode.page_tree(page), text + "\nJanuary 10, 2023 · by Sana Qureshi, Organizer"
                                + "\nOctober 14, 2022 · by Sana Qureshi, Organizer") == ()


def test_a_fundraisers_donor_list_is_a_readers_contribution(tmp_path):
    page = ("Our goal is to raise $150,000 to rebuild 100 homes on raised plinths before the next monsoon.\n\n"
            "Donations (1,274)\n\nAyesha Khan $500 · 3 days ago\n\nAnonymous $100 · 3 days ago\n\n"
            "Bilal Chaudhry $250 · 1 wk\n")
    d = _clean(tmp_path, page)
    assert "ago" not in d.text and "1 wk" not in d.text and "$150,000" in d.text


def test_review_fixes_of_the_twenty_first_rounds_cleaning_rules(tmp_path):
    body = ("The amendment required an annual certification that Pakistan did not possess a nuclear device, "
            "and when it lapsed in 1990 most aid stopped for more than a decade, as the figures (CRS, 2001) show.\n\n")
    page = ("# Plate\n\n" + body + "## Sources\n\nDennis Kux, *Disenchanted Allies* (2001).\n\n"
            "## The Pressler years (1990–2001)\n\n" + body.replace("The amendment", "That amendment")
            + body.replace("The amendment", "This amendment"))
    d = _clean(tmp_path, page, "p.md")
    assert "Disenchanted" not in d.text and "The Pressler years (1990–2001)" in d.text and d.text.count("lapsed in 1990") == 3
    prose = ("According to the commission's report dated 4 January 2013, the state had failed to act.\n\n"
             "Pakistan's embassy, accessed on 12 May 2011 by reporters, declined to comment on the dispute.\n\n"
             "Visa applicants must list their home address; nationality; passport number; and employer.\n")
    d = _clean(tmp_path, prose)
    assert d.text == prose.replace("\n\n", "\n\n").rstrip("\n") + "\n" and d.published == ""
    dialogue = ("Ayesha: when did the raid happen exactly\n\nBilal: 2 May 2011\n\nAyesha: and were there helicopters\n\n"
                "Bilal: yes, two of them\n")
    lines = dialogue.split("\n")
    assert boilerplate._date_fields(lines, [i for i, x in enumerate(lines) if x.strip()]) == []  # a dialogue, no record


def test_review_fixes_of_the_dated_entries_matching():
    paragraphs = ["Thank you all!", "We start next week.", "Story text here.", "Thank you all!", "Roofs are going on."]
    found = (("2023-01-10", "Thank you all!", "We start next week."), ("2022-10-14", "Thank you all!", "Roofs are going on."))
    assert corpus._html_entries(found, paragraphs) == [(0, "2023-01-10", 0), (2, "", 0), (3, "2022-10-14", 0)]
    assert corpus._html_entries(found[:1], paragraphs) == []  # one entry found: a byline, no entries
