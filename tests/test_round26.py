"""Rules of the twenty-sixth round (GUIDELINES 8.24), each on texts written for the tests: BibTeX
exports, JSON data files without stamped records, law-report citations and case numbers, archive
stamps and cable reference numbers, signal dates, weeks of a month, split-year winters, spelled-out
decades, "N years ago this month", happenings "within days" of a dated one, and money for the years
named after it."""
from usp_research import bibtex, structured
from usp_research import money as M
from usp_research.segment import split_sentences
from usp_research.timex import tag

from test_round23 import _doc, _events, _tags  # a file cleaned as the pipeline cleans it; tags; event rows

BIB = ("%% Pak-US.bib\n%% Exported from Zotero 7.0 on 2024-11-18 14:02\n\n"
       "@book{kux_2001,\n  title = {The {United} {States} and {Pakistan}, 1947--2000},\n  year = {2001},\n"
       "  keywords = {Cold War},\n  abstract = {Kux traces the relationship since 1947.},\n"
       "  annote = {Bought at a book fair last year.}\n}\n\n"
       "@techreport{crs_2013,\n  title = {Pakistan: {U}.{S}. Foreign Assistance},\n  date = {2013-07-01},\n"
       "  urldate = {2024-10-02},\n  abstract = {Since 2001 the United States has appropriated nearly $26 billion"
       " for Pakistan.}\n}\n\n"
       "@report{hussain_2005,\n  title = {Engagement},\n  year = 2005,\n  month = aug,\n"
       '  abstract = "Since September 11, 2001, Pakistan has been a key ally {in} the war on terrorism."\n}\n')


def test_a_bibtex_export_reads_as_its_abstracts_and_notes_each_dated_by_its_own_work():
    assert bibtex.is_bibtex(BIB) and not bibtex.is_bibtex("Plain text that mentions @book{x, once.")
    b = bibtex.bib_text(BIB)
    assert b.date == "2024-11-18"
    assert b.text.split("\n\n")[0] == "Kux traces the relationship since 1947."
    assert "1947--2000" not in b.text and "Cold War" not in b.text and "2024-10-02" not in b.text
    assert "a key ally in the war" in b.text  # protective braces dropped
    assert [d for d, _, _ in b.entries] == ["2001", "", "2013-07-01", "2005-08"]  # a note speaks from the export


def test_a_bibtex_abstracts_open_ranges_end_at_its_works_date_and_a_note_counts_from_the_export(tmp_path):
    d = _doc(tmp_path, "refs.txt", BIB)
    found = {d.text[t.start:t.end]: (t.value_start, t.value_end)
             for t in tag(d.text, d.published, anchors=[(s, v) for s, v, _ in d.anchors])}
    assert found["since 1947"] == ("1947", "2001")
    assert found["Since 2001"] == ("2001", "2013-07-01")
    assert found["Since September 11, 2001"] == ("2001-09-11", "2005-08")
    assert found["last year"] == ("2023", "2023")
    assert bibtex.bib_text("@book{a, title={One}}\n") is None  # one entry: not an export


TIMELINE = ('{"title": {"media": {"url": "https://x.org/flag.svg", "caption": "", "credit": "Wikimedia, 2011"},\n'
            ' "text": {"headline": "Allies of Convenience", "text": "<p>Alliances and sanctions from 1947.</p>"}},\n'
            ' "events": [{"start_date": {"year": "1954", "month": "5"}, "text": {"headline": "1954: The pact",'
            ' "text": "<p>The agreement was signed on 19 May 1954.</p><p>Arms followed.</p>"},'
            ' "media": {"url": "https://x.org/1961/07/a.jpg", "caption": "The signing, May 1954."}}]}\n')


def test_a_json_data_file_without_stamped_records_reads_as_its_text_values_not_its_keys():
    s = structured.read(TIMELINE)
    assert s.kind == "json" and s.date == "" and s.entries == ()
    assert s.text.rstrip("\n").split("\n\n") == ["Allies of Convenience", "Alliances and sanctions from 1947.", "1954: The pact",
                                    "The agreement was signed on 19 May 1954.", "Arms followed."]
    one = '{"headline": "Aid talks resume", "datePublished": "2024-03-05T10:00:00Z", "body": "<p>Talks resumed today.</p>"}'
    s = structured.read(one)
    assert s.date == "2024-03-05" and s.text == "Aid talks resume\n\nTalks resumed today.\n"


def test_law_report_citations_and_case_numbers_are_references_not_times():
    text = ("CONSTITUTION PETITION NO. 41 OF 2013 (Watan Party v. Federation of Pakistan, PLD 2011 SC 997; "
            "Yasin v. Federation, 2012 SCMR 132; AIR 1973 SC 1461), enacted by Pub. L. No. 99-83, 99 Stat. 190, "
            "268 (1985), and decided in 2014.")
    assert set(_tags(text)) == {"2014"}


def test_archive_stamps_accession_and_cable_reference_numbers_are_apparatus():
    text = ("Transcribed from reel 2 of accession 1978-114. Transcribed by K. Farooqi, 9 March 2021, for the "
            "project (catalogued 2021).\nREF: A. 15 ISLAMABAD 2231\n     B. 18 ISLAMABAD 1874\n"
            "A photograph an employee took in 2009 was transcribed. ON 15 AUGUST 1947 THE FLAG ROSE.")
    assert set(_tags(text)) == {"2009", "15 AUGUST 1947"}
    # a stamp verb in running text and an all-caps line are not stamps
    assert set(_tags("Satellites scanned in 1998 the Chagai hills; madrassas were catalogued in 2004 by the ISI.")) == {"1998", "2004"}
    assert "SINCE 1947" in _tags("PAKISTAN MARKS 60 YEARS SINCE 1947")
    assert "2019" in _tags("It ranked No. 1 of 2019.")


def test_signal_dates_weeks_of_a_month_and_split_year_winters():
    got = _tags("REF: EXORD 101830Z OCT 05. The unit arrived on 10 OCT 05, lift peaked in the first week of "
                "November 2005 and in the last week of February 2024, ahead of the winter of 2005-06.")
    assert "OCT 05" not in got and "101830Z OCT 05" not in got
    assert got["10 OCT 05"] == ("date", "2005-10-10", "2005-10-10")
    assert got["the first week of November 2005"] == ("month", "2005-11-01", "2005-11-07")
    assert got["the last week of February 2024"] == ("month", "2024-02-23", "2024-02-29")
    assert got["the winter of 2005-06"] == ("part_of_year", "2005-12", "2006-02")
    assert "the summer of 2005-08" not in _tags("in the summer of 2005-08 nothing")


def test_spelled_decades_years_ago_this_month_and_fiscal_with_an_apostrophe():
    got = _tags("As recently as the nineteen-thirties, this was a small town. Four years ago this month, the prime "
                "minister visited.", "1954-05-24")
    assert got["the nineteen-thirties"] == ("decade", "1930", "1939")
    assert "recently" not in got
    assert got["Four years ago this month"] == ("relative", "1950-05", "1950-05")
    assert _tags("The US pledged $150 million for fiscal '71.", "1972-06")["fiscal '71"] == ("fiscal_year", "1971", "1971")
    assert "recently" in _tags("Talks resumed recently.", "2024-03-05")


def test_a_happening_within_days_of_a_dated_one_runs_on_from_its_date():
    got = _events("In June 1953 Congress voted a gift of wheat, and President Eisenhower signed the bill within days.")
    assert [r[:2] for r in got] == [("1953-06", "1953-06"), ("1953-06", "")]
    got = _events("On 1 January 2018 Trump accused Pakistan of lies, and days later his administration suspended aid.")
    assert ("2018-01-01", "2018-01-01") in [r[:2] for r in got] and ("2018-01-01", "") in [r[:2] for r in got]
    # not after a stretch, nor a negated or future happening, nor a clause that is not coordinated
    assert all(r[1] for r in _events("Payments reached $14.6 billion between FY2002 and FY2016, after which none were paid."))
    assert all(r[1] for r in _events("On 12 July 2023 Dar said that $1.2 billion would reach the bank within days."))
    assert all(r[1] for r in _events("USAID, which had obligated $150 million in FY2023, stopped work within days."))


def test_what_a_collection_holds_a_lettered_heading_and_an_appropriations_acts_year_give_no_rows():
    assert _events("The corpus adds 14,220 articles published between July 2022 and December 2023.") == []
    assert _events("Articles from 2001–2011 make up over 40% of the corpus.") == []
    assert _events("The strike on the Salala border posts in November 2011 closed the routes.") != []
    assert _events("B. The 1998 nuclear tests.\n\nPakistan tested in May 1998.")[0][:2] == ("1998-05", "1998-05")
    assert len(_events("B. The 1998 nuclear tests.\n\nPakistan tested in May 1998.")) == 1
    got = _events("The Department of Defense Appropriations Act, 2000, signed on October 25, 1999, gave a waiver.")
    assert [r[:2] for r in got] == [("1999-10-25", "1999-10-25")]


def test_money_takes_the_years_it_is_given_for_and_a_yr_is_a_year():
    text = ("The Act of 2009, signed into law on October 15 of that year, authorized $7,500,000,000 in civilian "
            "assistance, or $1,500,000,000 annually for each of fiscal years 2010 through 2014. "
            "Nixon says US will keep econ aid at about $200-million a yr.")
    spans = split_sentences(text)
    got = {m.text: (m.per, m.period_start, m.period_end) for m in M.extract_money(text, spans, tag(text), None)}
    assert got["$1,500,000,000"] == ("annual", "2010", "2014")
    assert got["$7,500,000,000"][1:] == ("2010", "2014")
    assert got["about $200-million"][0] == "annual"


def test_review_findings_of_the_round():
    import time
    # no backtracking on blank lines or long comment lines before an entry
    t0 = time.perf_counter()
    assert not bibtex.is_bibtex("\n" * 5000 + "x") and bibtex.is_bibtex("%" + "a" * 100000 + "\n@book{a,")
    assert time.perf_counter() - t0 < 1
    # parenthesised entries with a bare last value; dashes and emphasis typeset; no prose: not read as an export
    b = bibtex.bib_text("@book(a, year = 2001, abstract = {From 2009\\textendash2010, \\emph{Kerry} wrote.})\n"
                        "@book(b, year = 2002, annote = {Read 1990--91.})")
    assert b.text == "From 2009–2010, Kerry wrote.\n\nRead 1990–91.\n" and b.entries[0][0] == "2001"
    assert bibtex.bib_text("@book{a, title={X}, year=2001}\n@book{b, year=2002}") is None
    # a JSON page's related items, comments, copyright and stamps are not prose
    page = ('{"headline": "Aid talks resume", "datePublished": "2024-03-05T10:00:00Z", "body": "<p>Talks resumed today.</p>",'
            ' "related": [{"headline": "IMF deal signed yesterday"}], "comments": [{"text": "Good news, finally"}],'
            ' "copyright": "Copyright 2024 Dawn Media", "expires": "Tue, 05 Mar 2024 10:00:00 GMT", "section": "World News"}')
    assert structured.read(page).text == "Aid talks resume\n\nTalks resumed today.\n"
    assert structured.read('{"scripts": {"test": "pytest -q tests"}, "query": "python -m x --since 2019"}') is None
    # "as recently as" only before a time; "N months ago this month" stays two times; split-year seasons
    assert "recently" in _tags("It was not as recently as you might think.", "2024-03-05")
    assert set(_tags("Six months ago this month we met.", "2024-03-05")) == {"Six months ago", "this month"}
    got = _tags("The winter of 2005-2006 was hard, and the summer of 2005-06 hot, the second week in November 2005 too.")
    assert got["The winter of 2005-2006"][1:] == ("2005-12", "2006-02")
    assert got["the summer of 2005"][1:] == ("2005-06", "2005-08")
    assert got["the second week in November 2005"][1:] == ("2005-11-08", "2005-11-14")
    assert _tags("FY'71 and FY '71")["FY'71"] == ("fiscal_year", "1971", "1971")
    assert set(_tags("Act No. XXVII of 1997, Act XLV of 1860 and PLJ 2010 SC 25 apply.")) == set()
    # a lettered chronology item is not a heading; a publication that revealed something is no collection
    assert len(_events("A. Pakistan tests nuclear devices in May 1998.\n\nB. The US imposes sanctions in June 1998.")) == 2
    assert _events("Documents published in June 1971 revealed the US tilt.") != []
    # "within days" as a habit; "within 48 hours"
    assert all(r[1] for r in _events("The report was filed on 3 May 2011, but a report is filed within days each year."))
    assert ("2011-05-03", "") in [r[:2] for r in _events("On 3 May 2011 the raid ended, and within 48 hours Pakistan protested.")]
    # money: a comparison's years after a comma are not the amount's; "a yr later" is no rate
    text = "In FY2012 Pakistan received $1.2 billion, more than it got for the 2008–2010 period combined."
    ms = M.extract_money(text, split_sentences(text), tag(text), None)
    assert (ms[0].period_start, ms[0].period_end) == ("2012", "2012")
    text = "It paid $5 million; a yr later it paid again."
    assert M.extract_money(text, split_sentences(text), tag(text), None)[0].per != "annual"
    # a copy's history in running text; a deadline is no happening; "shortly afterwards" stays one row
    assert "2008" not in _tags("The text in volume 215 was scanned in 2008 from the printed edition.")
    assert all(r[1] for r in _events("When the Assembly was dissolved on 9 August 2023, clearing the way for elections due "
                                     "within 90 days, Washington issued a statement."))
    assert all(r[1] for r in _events("The Board approved the facility on 25 September 2024, and the first tranche was "
                                     "received shortly afterwards."))
