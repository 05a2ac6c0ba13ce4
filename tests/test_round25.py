"""Rules of the twenty-fifth round (GUIDELINES 8.23), each on texts written for the tests: a meeting
record's date line with its hour, reStructuredText reports, JATS articles, Jupyter notebooks, a
digest's source lists, UN resolution symbols, citations by initials, and "that decade" after a range."""
from usp_research import dates, restructured, structured
from usp_research.timex import tag

from test_round23 import _doc, _tags  # a file cleaned as the pipeline cleans it; a text's time expressions


def test_a_meeting_records_date_line_with_its_hour_is_a_date():
    assert dates.parse_date("Tuesday, 16 September 2025, 10 a.m.") == "2025-09-16"
    assert dates.parse_date("16 September 2025 3pm") == "2025-09-16"
    assert dates.parse_date("5 May 2020, 10") is None


RST = ("==========================================\nAid after the Floods: Lessons for Cooperation\n"
       "==========================================\n\n:date: 2023-06-19\n:authors: A. Rauf; D. Whitcomb\n\n"
       ".. contents:: Contents\n   :local:\n   :depth: 1\n\nSummary\n=======\n\n"
       "The workshop met in Islamabad on 8–9 June 2023 and heard about the **early 1980s**. [#]_\n\n"
       ".. note::\n\n   The figures are from the table dated 12 March 2019.\n\n"
       "- Publish disbursement data by December 2023.\n- Report pledges separately.\n\n"
       ".. rubric:: Notes\n\n.. [#] The package covered fiscal years 1982–1987; see Kux (2001), p. 256.\n\n"
       ".. |copy| unicode:: U+000A9 .. copyright sign\n\n|copy| 2023 Centre for Public Policy Research.\n")


def test_a_restructuredtext_report_reads_as_its_rendered_text_dated_by_its_date_field(tmp_path):
    assert restructured.is_rst(RST) and not restructured.is_rst("Title\n=====\n\nJust text, no fields.\n")
    r = restructured.rst_text(RST)
    assert r.date == "2023-06-19"
    assert "====" not in r.text and ":authors:" not in r.text and "contents" not in r.text.lower()
    assert "[#]" not in r.text and "1982" not in r.text and "**" not in r.text and "© 2023" in r.text
    assert "The figures are from the table dated 12 March 2019." in r.text
    assert "\n\nPublish disbursement data by December 2023.\n\nReport pledges separately." in r.text
    d = _doc(tmp_path, "report.txt", RST)
    assert d.published == "2023-06-19"
    found = {d.text[t.start:t.end] for t in tag(d.text, d.published)}
    assert "2023" not in found and "12 March 2019" in found


JATS = ('<?xml version="1.0" encoding="UTF-8"?>\n<article article-type="research-article" dtd-version="1.2">\n'
        "<front><article-meta><title-group><article-title>Paying for Partnership, 2001–2018</article-title>"
        '</title-group><pub-date pub-type="ppub"><month>09</month><year>2021</year></pub-date>'
        '<pub-date pub-type="epub"><day>14</day><month>06</month><year>2021</year></pub-date>'
        "<abstract><p>Between FY2002 and FY2018 the US reimbursed Pakistan about $14.6 billion.</p></abstract>"
        "<kwd-group><kwd>Afghanistan 2001–2021</kwd></kwd-group></article-meta></front>\n"
        "<body><sec><title>Introduction</title><p>Claims were poorly documented "
        '<xref ref-type="bibr" rid="B5">(GAO 2008)</xref>.</p>'
        "<table-wrap><table><tr><th>FY2010</th></tr></table></table-wrap></sec></body>\n"
        "<back><ref-list><ref><year>2001</year></ref></ref-list></back></article>\n")


def test_a_jats_article_reads_as_its_title_abstract_and_body_dated_by_its_electronic_publication():
    s = structured.read(JATS)
    assert s.kind == "jats" and s.date == "2021-06-14"
    assert s.text.split("\n\n")[:2] == ["Paying for Partnership, 2001–2018",
                                        "Between FY2002 and FY2018 the US reimbursed Pakistan about $14.6 billion."]
    assert "Afghanistan 2001–2021" not in s.text and "FY2010" not in s.text and "2001\n" not in s.text
    # a citation by an author's initials is apparatus; a fiscal year in brackets is not
    assert "2008" not in _tags("Claims were poorly documented (GAO 2008).", "2021-06-14")
    assert "FY 2019" in _tags("in fiscal year (FY 2019) terms", "2021-06-14")


def test_a_notebooks_markdown_cells_are_its_text():
    nb = ('{"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["## Background\\n", "\\n", '
          '"After 9/11, Washington lifted the sanctions of 1998."]}, {"cell_type": "code", "metadata": {}, '
          '"source": ["fy19 = aid.loc[\\"2019\\"]"], "outputs": [{"output_type": "error", "evalue": "\'2019\'"}]}], '
          '"metadata": {}, "nbformat": 4, "nbformat_minor": 5}')
    s = structured.read(nb)
    assert s.kind == "ipynb" and s.text == "## Background\n\nAfter 9/11, Washington lifted the sanctions of 1998.\n"


def test_a_digests_source_list_a_resolutions_year_and_that_decade_after_a_range():
    text = ("Pakistan tested five devices. (Dawn, Karachi, May 29-31, 1998; The Nation, Lahore, May 29; "
            "FT, May 29 and June 1; Reuters; AFP)")
    assert set(_tags(text, "1998-05-31")) == set()
    assert "May 2001" in _tags("Talks were held (March 1998; May 2001; June 2003) in Doha.", "2021-06-14")
    assert "1999" not in _tags("The Committee under resolution 1267 (1999) will meet.", "2025-09-16")
    got = _tags("Between 2002 and 2011 the US gave a lot. Over 70% of it in that decade was security aid.", "2024-12-30")
    assert got["that decade"] == ("anaphoric", "2002", "2011")
    got = _tags("In the 1980s aid flowed. Through that decade it grew.", "2024-12-30")
    assert got["that decade"][1:] == ("1980", "1989")


def test_review_c_fixes_of_the_twenty_fifth_round(tmp_path):
    from usp_research import corpus
    # 1: "10 amendments" is no clock time after a date
    assert dates.search_date("On May 5, 2019, 10 amendments were adopted.") == "2019-05-05"
    # 2: a month or a fiscal year in capitals is no author's initials
    got = _tags("The treaty (SEPT 2019) and the plan (FY 2020) and the survey (SY 2019).", "2024-03-18")
    assert "SEPT 2019" in got and "FY 2020" in got
    # 3: a list of places and dates inside a sentence keeps its dates
    got = _tags("Nuclear tests (Pakistan, May 28, 1998; India, May 11, 1998; North Korea, Oct. 9, 2006) shocked "
                "the world.", "2024-03-18")
    assert "May 28, 1998" in got
    # 4: emoji shortcodes are no docinfo fields: plain text stays plain
    status = ("Status notes\n------------\n\n:warning: The payment gateway was down on March 4, 2024.\n\n"
              "Releases\n--------\n\n:rocket: The new release shipped on March 6, 2024.\n")
    assert not restructured.is_rst(status)
    p = tmp_path / "status.txt"
    p.write_text(status, encoding="utf-8")
    assert "March 6, 2024" in corpus.build_document(p, None, *corpus.load_codebooks()).text
    # 5: an abstract field is shown
    r = restructured.rst_text("Report\n======\n\n:date: 2024-01-02\n:Abstract: The committee approved the budget for 2025.\n\n"
                              ".. note::\n\n   Text.\n")
    assert "The committee approved the budget for 2025." in r.text
    # 6, 7: the electronic date wins however it is marked; quotations kept, tables inside a paragraph left out
    jats = ('<article><front><article-meta><title-group><article-title>T</article-title></title-group>'
            '<pub-date publication-format="print" date-type="pub"><day>01</day><month>06</month><year>2023</year></pub-date>'
            '<pub-date publication-format="electronic" date-type="pub"><day>12</day><month>03</month><year>2023</year></pub-date>'
            '</article-meta></front><body><sec><p>Results are shown below.<table-wrap><table><tr><td>Q1 2019</td></tr>'
            '</table></table-wrap> They held.</p><disp-quote><p>We met on 5 May 2022.</p></disp-quote></sec></body></article>')
    s = structured.read(jats)
    assert s.date == "2023-03-12" and "Q1 2019" not in s.text and "Results are shown below. They held." in s.text
    assert "We met on 5 May 2022." in s.text
    # 8: odd notebook cells do not crash it
    nb = '{"cells": [{"cell_type": "markdown", "source": [1, 2]}, {"cell_type": "markdown", "source": null}, ' \
         '{"cell_type": "markdown", "source": "Aid rose in 2010."}], "nbformat": 4}'
    assert structured.read(nb).text == "Aid rose in 2010.\n"
    # 9: a long run of spaces in a link is linear
    import time
    t0 = time.perf_counter()
    restructured.rst_text("T\n=\n\n:date: 2024-01-02\n\n`" + " " * 40000 + "x\n")
    assert time.perf_counter() - t0 < 1


def test_a_month_dated_digest_reports_its_month_and_a_fronted_year_dates_the_next_sentence():
    from usp_research import events, timex
    from usp_research.segment import split_sentences
    text = "Pakistan carried out five underground nuclear tests on May 28 at a site in the Chagai Hills."
    sents = [(i, s, e) for i, (s, e) in enumerate(split_sentences(text), start=1)]
    got = [(x.date_start, x.event_type) for x in events.extract(text, sents, timex.tag(text, "1998-05", eras=True), [], {},
                                                                 frozenset(), published="1998-05")]
    assert ("1998-05-28", "nuclear") in got or any(g[0] == "1998-05-28" for g in got)
    got = _tags("Then came 2011. That year, the relationship nearly broke. On 2 May, US Navy SEALs killed bin Laden.",
                "2024-04-02")
    assert got["2 May"][1] == "2011-05-02"
    # a year inside the previous sentence, not fronted, does not carry over
    got = _tags("The report covered 2011, a hard year. On 2 May, the minister spoke.", "2024-04-02")
    assert got["2 May"][1] == "2023-05-02"
