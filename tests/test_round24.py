"""Rules of the twenty-fourth round (GUIDELINES 8.22), each on texts written for the tests:
monitoring-service source lines, lead datelines, Org-mode notes, OPML outlines, semicolon sheets
with continental numbers, a hand-made page's footer, a programme's issuing date, and the time,
event and money rules the dev47/dev48 errors showed, with their negatives."""
from usp_research import boilerplate, dates, orgmode, structured
from usp_research import money as M
from usp_research.segment import load_abbreviations, split_sentences
from usp_research.timex import tag

from test_round23 import BODY, _doc, _events, _tags  # prose; a cleaned file; events and time expressions of a text


def _found(d):
    anchors = [(o, day) for o, day, _ in d.anchors]
    return {d.text[t.start:t.end]: (t.value_start, t.value_end) for t in tag(d.text, d.published or None, anchors=anchors)}


FBIS = ("FBIS-NES-89-123\n28 June 1989\n\nDaily Report\n\nPAKISTAN\n\n"
        "Bhutto Reports to Cabinet on U.S. Visit\n"
        "BK2706152289 Islamabad Domestic Service in Urdu 1500 GMT 27 Jun 89\n\n"
        "[Text] Prime Minister Benazir Bhutto told the federal cabinet today that her visit had gone well.\n\n"
        "Paper Warns of Certification Hurdle\n"
        "BK2606094589 Islamabad THE MUSLIM in English 25 Jun 89 p 6\n\n"
        "[Editorial] The certification due this year is the hurdle that lies ahead of the government today.\n")


def test_a_monitoring_services_source_lines_are_metadata_and_date_their_items(tmp_path):
    assert dates.parse_date("27 Jun 89", short_year=True) == "1989-06-27" and dates.parse_date("5 May 20") is None
    assert dates.search_date("on 5 May 20 people were hurt") is None  # a two-digit year only as a whole field
    d = _doc(tmp_path, "fbis.txt", FBIS)
    assert "GMT" not in d.text and "THE MUSLIM" not in d.text
    assert d.published == "1989-06-28"
    days = [t.value_start for t in tag(d.text, d.published, anchors=[(o, day) for o, day, _ in d.anchors])
            if d.text[t.start:t.end] == "today"]
    assert days == ["1989-06-27", "1989-06-25"]  # each item's broadcast or issue date


def test_a_lead_dateline_dates_the_story_and_is_not_tagged(tmp_path):
    lead = " Astra Sovereign Ratings has upgraded Pakistan's rating to CCC+ from CCC after the IMF deal."
    assert dates.lead_dateline("Singapore, 31 July 2024 --" + lead) == "2024-07-31"
    assert dates.lead_dateline("KARACHI, March 3, 2024 (Wire) —" + lead) == "2024-03-03"
    assert dates.lead_dateline("In 2024, on 31 July, the bank cut rates -- again, and" + lead) is None
    assert dates.lead_dateline("Singapore, 31 July 2024 -- Upgrade") is None  # a heading, not a story's lead
    d = _doc(tmp_path, "rating.txt", "ASTRA RATINGS\n\nAstra Upgrades Pakistan\n\n"
             "Singapore, 31 July 2024 -- Astra has upgraded Pakistan's rating by one notch. The central bank began "
             "easing on Monday.\n")
    assert d.published == "2024-07-31"
    found = _found(d)
    assert "31 July 2024" not in found and found["Monday"] == ("2024-07-29", "2024-07-29")
    # a cited document's publication date in brackets is apparatus
    assert "4 April 2024" not in _tags("Sovereign Rating Criteria (pub. 4 April 2024) apply.", "2024-07-31")


ORG = ("#+TITLE: Reading notes\n#+AUTHOR: S. R.\n#+DATE: <2024-03-18 Mon>\n#+TODO: TODO READING | DONE DROPPED\n\n"
       "* Readings\n** DONE Kux, Disenchanted Allies (2001)                  :book:history:\n"
       "   CLOSED: [2024-02-02 Fri 10:14]\n   :PROPERTIES:\n   :PAGES:    chs 2-4\n   :END:\n"
       "   - In September 1965 Washington suspended military aid to both India and Pakistan.\n"
       "* Meetings\n** Supervision with Dr Siddiqui <2024-03-12 Tue>\n"
       "   - She liked the table I pulled yesterday.\n   - Send her the revised section by Friday.\n"
       "* Ideas\n  - Recently found a [[https://example.org/x][Wilson Center piece]] on the relationship.\n")


def test_org_mode_notes_read_as_their_text_dated_by_the_file_and_by_a_headings_timestamp(tmp_path):
    assert orgmode.is_org(ORG) and not orgmode.is_org("# A Markdown heading\n\n* a bullet\n* another\n")
    org = orgmode.org_text(ORG)
    assert org.date == "2024-03-18"
    assert "CLOSED" not in org.text and "PROPERTIES" not in org.text and ":book:" not in org.text
    assert "DONE" not in org.text and "Wilson Center piece" in org.text and "https" not in org.text
    d = _doc(tmp_path, "notes.txt", ORG)
    assert d.published == "2024-03-18"
    found = _found(d)
    assert found["yesterday"] == ("2024-03-11", "2024-03-11")  # the meeting's own date
    assert found["Friday"] == ("2024-03-15", "2024-03-15")  # a deadline: "the revised section" is no past verb
    assert found["Recently"] == ("2023-09-18", "2024-03-18")
    assert "2001" not in found  # the cited book's year in its heading


OPML = ('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head>\n    <title>Midterm notes</title>\n'
        "    <dateCreated>Mon, 02 Oct 2023 18:41:07 GMT</dateCreated>\n"
        "    <dateModified>Thu, 05 Oct 2023 21:12:55 GMT</dateModified>\n  </head>\n  <body>\n"
        '    <outline text="2. The 1970s and 80s: estrangement">\n'
        '      <outline text="Trump tweet, 1 Jan 2018: the US had \'foolishly given Pakistan more than 33 billion dollars '
        "in aid over the last 15 years'.\"/>\n"
        '      <outline text="The Stand-By Arrangement approved this July went through."/>\n    </outline>\n  </body>\n</opml>\n')


def test_an_opml_outline_reads_as_its_nodes_dated_by_its_creation(tmp_path):
    s = structured.read(OPML)
    assert s.kind == "opml" and s.date == "2023-10-02" and "Midterm notes" not in s.text
    d = _doc(tmp_path, "outline.txt", OPML)
    found = _found(d)
    assert found["80s"] == ("1980", "1989")  # a bare decade after another
    assert found["this July"] == ("2023-07", "2023-07")
    # a span inside a dated quotation in single marks counts back from the quotation's date
    assert found["over the last 15 years"] == ("2003", "2018-01-01")
    assert "80s" not in _tags("A man in 80s was hurt.", "2023-10-02")


SHEET = ("US-funded projects in Pakistan, FY2010–FY2016;;;;\n"
         "Project;Sector;Start;Obligated;Notes\n"
         "Dam repairs;Energy;01.10.2010;16.500.000,00;Funded from the FY2010 appropriation of about USD 1,77 billion.\n"
         "Schools;Education;01.09.2011;155.000.000,00;Sindh released PKR 1.250 million in the 2015-16 fiscal year.\n"
         "Roads;Transport;01.07.2012;84.500.000,00;The final audit was completed last year.\n"
         "Relief;Humanitarian;01.11.2010;190.000.000,00;Cash grants of PKR 20.000 per household were paid.\n"
         "Total;;;445.000.000,00;\n"
         "Source: project tracking database (export 03.07.2017). Figures are unaudited.\n")


def test_a_semicolon_sheet_reads_its_titles_and_notes_dated_by_the_export_under_it(tmp_path):
    s = structured.read(SHEET)
    assert s.date == "2017-07-03"
    assert s.text.startswith("US-funded projects in Pakistan, FY2010–FY2016\n\n")
    assert "Source:" not in s.text and "16.500.000" not in s.text and "Total" not in s.text
    d = _doc(tmp_path, "sheet.txt", SHEET)
    assert _found(d)["last year"] == ("2016", "2016")
    # the title is a heading: its years give no event
    from usp_research import annotate
    assert not any((e.date_start, e.date_end) == ("2010", "2016") for e in annotate.document_events(d))


def test_continental_numbers_are_read_with_their_own_marks_and_english_ones_are_not_touched():
    assert M.english_numbers("about USD 1,77 billion and PKR 1.250 million") == "about USD 1.77 billion and PKR 1,250 million"
    english = "about $1.77 billion and Rs 1,250 million"
    assert M.english_numbers(english) == english
    mixed = "USD 1,77 billion in 2010 and $1.5 billion a year"  # both ways: no guess
    assert M.english_numbers(mixed) == mixed
    text = "The sheet shows USD 1,77 billion in FY2010, PKR 1.250 million from Sindh and PKR 20.000 per household."
    spans = split_sentences(text)
    got = {m.text: m.amount for m in M.extract_money(text, spans, tag(text), None)}
    assert got == {"USD 1,77 billion": 1.77e9, "PKR 1.250 million": 1.25e9, "PKR 20.000": 20000}


def test_a_hand_made_pages_last_lines_date_it_when_it_has_no_footer(tmp_path):
    page = ("<html><head><title>My page</title></head><body><center><table><tr><td>"
            "<h1>Pak-US history</h1><p>" + BODY + " Last month the two prime ministers met in Lahore.</p>"
            "<p>" + BODY + "</p></td></tr></table>"
            '<font size="1">You are visitor number 12 since January 1, 1998<br>Last updated: March 7, 1999<br>'
            "&copy; 1997-1999 Tariq</font></center></body></html>")
    d = _doc(tmp_path, "home.html", page)
    assert d.published == "1999-03-07"
    assert _found(d)["Last month"] == ("1999-02", "1999-02")


def test_a_programmes_issuing_date_dates_it_not_the_days_it_schedules(tmp_path):
    text = ("PROGRAMME\n\nVISIT OF THE PRIME MINISTER TO THE UNITED STATES\n\n20–24 July 2019\n\n"
            "-----------------------------------------\n\nSATURDAY, 20 JULY 2019\n\n"
            "Departure from Islamabad by commercial flight via Doha, arriving at Washington Dulles in the evening.\n\n"
            "SUNDAY, 21 JULY 2019\n\nMeeting with the Pakistani community at the Capital One Arena, with remarks "
            "by the Prime Minister.\n\nBACKGROUND\n\n" + BODY + " Pakistan helped bring the Taliban to talks with "
            "US envoy Zalmay Khalilzad in Doha earlier this year.\n\n"
            "Protocol Division\n                        Islamabad, 17 July 2019\n")
    d = _doc(tmp_path, "programme.txt", text)
    assert d.published == "2019-07-17"
    assert _found(d)["earlier this year"] == ("2019-01-01", "2019-07-17")


def test_times_of_the_twenty_fourth_round():
    got = _tags("In 2011 bin Laden was killed, and on November 26 of that year a strike hit Salala.", "2020-01-01")
    assert got["November 26 of that year"] == ("anaphoric", "2011-11-26", "2011-11-26")
    got = _tags("The waiver lapsed in 1987 and was renewed in December that year.", "2020-01-01")
    assert got["December that year"] == ("anaphoric", "1987-12", "1987-12")
    assert "May that year" not in _tags("It began in 2011. In May that year's budget passed.", "2020-01-01")
    assert _tags("The Fifties: Most Allied Ally", "1999-03-07")["The Fifties"] == ("decade", "1950", "1959")
    assert "the forties" not in _tags("The temperature climbed into the forties.", "1999-03-07")
    # "the Afghan jihad" names a cause, not a period: no annotator of any split tagged it
    assert _tags("Aid flowed for the Afghan jihad of the 1980s.", "2020-01-01") == {"the 1980s": ("decade", "1980", "1989")}
    # "most recently" before a time of its clause is not tagged; on its own it is
    assert "recently" not in _tags("It called for talks, most recently in the First Committee last year.", "2024-01-01")
    assert "recently" in _tags("It called for talks, most recently with the Americans.", "2024-01-01")
    # a season with no year in a sentence about the future; not a plan in a past narrative
    got = _tags("The council is expected to meet again in the autumn.", "2019-07-17")
    assert got["the autumn"] == ("part_of_year", "2019-09", "2019-11")
    assert "the spring" not in _tags("He put off the visit he had been due to make in the spring.", "1965-07-01")
    assert "the winter" not in _tags("Prices kept rising through the winter.", "2019-07-17")
    # "before Monday" in a clause that may still happen: the next Monday
    got = _tags("The texts may be initialled before Monday if they are agreed.", "2019-07-17")
    assert got["Monday"] == ("relative", "2019-07-22", "2019-07-22")
    # "the following week" needs a day: it skips fiscal years named in the paragraph between
    text = "On March 8, 2019, SAAP asked for the 2014-15 and 2015-16 fiscal years.\n\nUSAID replied the following week."
    assert _tags(text, "2019-09-24")["the following week"][1:] == ("2019-03-11", "2019-03-17")


def test_a_contents_list_in_the_body_goes_when_its_entries_head_the_sections_below():
    lines = ["# Past papers", "", BODY, "", "Contents", "", "Cold War alliance", "Sanctions", "",
             "## Cold War alliance", "", BODY, "", "## Sanctions", "", BODY]
    f = boilerplate.find(lines, boilerplate.load_rules())
    assert {4, 6, 7} <= set(f.drops) and 9 not in f.drops
    # entries that head nothing below are no contents list
    lines2 = lines[:9] + ["## Other", "", BODY]
    assert 6 not in boilerplate.find(lines2, boilerplate.load_rules()).drops


def test_events_of_the_twenty_fourth_round():
    # trends over a stretch give no event; a change at a point in time does
    assert _events("Strike numbers have fallen every year since 2013.", "2018-02-12") == []
    assert _events("Total appropriations fell by more than 90% between FY2011 and FY2018.", "2024-03-18") == []
    assert ("2010", "2010", "other") in _events("Aid fell sharply in 2010.", "2024-03-18") or \
        _events("Aid fell sharply in 2010.", "2024-03-18")
    assert _events("Pakistan was under increased monitoring from February 2012 to February 2015.", "2024-01-01")
    # a request submitted is no happening; the act's title year beside its signing date is no second event
    assert _events("On February 12, 2019, SAAP submitted a FOIA request to State.", "2019-09-24") == []
    got = _events("On October 15, 2009, the President signed the Enhanced Partnership with Pakistan Act of 2009.",
                  "2019-09-24")
    assert [g[:2] for g in got] == [("2009-10-15", "2009-10-15")]
    assert _events("The Kerry-Lugar-Berman Act of 2009 authorised $7.5 billion.", "2019-09-24")
    # an anaphor and the date that restates it are one time
    got = _events("It was signed in July 1961. Two years earlier, in March 1959, the two countries had signed an "
                  "Agreement of Cooperation.", "2019-07-17")
    assert ("1959", "1959", "agreement") not in got and any(g[0] == "1959-03" for g in got)


def test_a_public_law_citation_does_not_end_the_sentence():
    text = "On October 15, 2009, the President signed the Act, Pub. L. No. 111-73, which authorized aid."
    assert len(split_sentences(text, load_abbreviations())) == 1


def test_money_parts_of_the_twenty_fourth_round():
    def got(text):
        spans = split_sentences(text)
        ms = M.extract_money(text, spans, tag(text), None)
        return {m.text: (m.period_start, m.period_end, m.category, m.part_of) for m in ms}
    # "Of the new amount, Y ...": parts of the previous sentence's total, with its years
    r = got("The package of $4.02 billion runs from October 1987 to September 1993. Of the new amount, "
            "$2.28 billion is meant for economic assistance and $1.74 billion for military sales credits.")
    assert r["$2.28 billion"][:2] == ("1987", "1993") and r["$2.28 billion"][3] == 0
    # list items, each a paragraph: what is left once CSF is taken out, then the breakdown
    r = got("Grand total FY2002-FY2018: about $34.2bn, counting Coalition Support Funds.\n\n"
            "Take CSF out and it is just under $20bn.\n\n"
            "Breakdown: CSF ~$14.6bn, security-related ~$8.3bn, economic-related ~$11.3bn.")
    assert r["just under $20bn"] == ("2002", "2018", "mixed", 0)
    assert all(r[k][:2] == ("2002", "2018") and r[k][3] == 0 for k in ("~$14.6bn", "~$8.3bn", "~$11.3bn"))
    # a long paragraph in between is no list: the next paragraph's "Take ... out" starts afresh
    r = got("Grand total FY2002-FY2018: about $34.2bn, counting Coalition Support Funds. " + BODY + "\n\n"
            "Take the old estimates out of the report and the new one is $20bn.")
    assert r["$20bn"][3] is None


def test_scope_and_authorisation_years_give_no_event():
    assert _events("It covers the period from 2 to 8 September 2022.", "2022-09-09") == []
    assert _events("Kerry-Lugar-Berman Act: $7.5 billion authorised for FY2010–FY2014.", "2024-01-01") == []
    assert _events("Only 60 percent of the funds appropriated for FY2010–FY2014 had been spent.", "2024-01-01")


def test_review_b_fixes_of_the_twenty_fourth_round():
    # 1, 2: day-first "12 May of the following year"; "that year-on-year" is no anaphor
    got = _tags("The deal was signed in 2009. By 12 May of the following year, aid had flowed.", "2024-03-18")
    assert got["12 May of the following year"] == ("anaphoric", "2010-05-12", "2010-05-12")
    got = _tags("The bank said in March that year-on-year inflation had eased.", "2024-03-18")
    assert got["March"][1] == "2024-03"
    # 3: a season after a year the narrative names is that year's, not read from publication
    assert "the summer" not in _tags("Pakistan will host the summit in 2025, and preparations will start in the summer.",
                                     "2024-03-18")
    # 4: "this issue", "the last round" are no times after "most recently"
    assert "recently" in _tags("They clashed repeatedly, most recently over this issue of drone strikes.", "2024-03-18")
    # 5: a capitalised determiner before a participle; "this changed" is a past verb
    assert _tags("The revised budget must reach parliament by Friday.", "2024-03-18")["Friday"][1] == "2024-03-22"
    assert _tags("All of this changed by Friday.", "2024-03-18")["Friday"][1] == "2024-03-15"
    # 6: a decade's apostrophe opens no quotation
    got = _tags("On 5 March 2019 Khan recalled the sanctions of the '90s. The cabinet approved a budget last week.",
                "2024-03-18")
    assert got["last week"][1] == "2024-03-11"
    # 7: other senses of the change verbs, and a change in another clause
    assert _events("Kabul fell to the Taliban between 13 and 15 August 2021.", "2024-03-18")
    assert _events("Pakistan dropped out of SEATO between 1972 and 1973.", "2024-03-18")
    assert _events("Ayub Khan, who rose through the ranks of the army, received US military aid from 1954 to 1962.",
                   "2024-03-18")
    # 8: "at the request of" is no request made
    assert _events("On 10 October 2005, the US sent a team at the request of Islamabad.", "2024-03-18")
    # 9: a run of "Place, date —" lines is a chronology
    text = ("Chronology of key moments\n\nKarachi, 23 January 2002 — Daniel Pearl is kidnapped.\n\n"
            "Abbottabad, 2 May 2011 — US Navy SEALs kill Osama bin Laden.")
    assert "2 May 2011" in _tags(text, "2024-03-18")
    # 10: "Place, description (year)" lines keep their years; 11: "(dated ...)" dates the act
    assert "1999" in _tags("Key crises:\nKargil, Pakistani incursion across the Line of Control (1999)\n", "2024-03-18")
    assert "27 November 2011" in _tags("Pakistan's note to NATO (dated 27 November 2011) demanded an apology.", "2024-03-18")
    # 12: "a pub." still ends a sentence
    assert len(split_sentences("The diplomats met in a pub. Officials later denied it.", load_abbreviations())) == 2


def test_review_a_fixes_of_the_twenty_fourth_round(tmp_path):
    rules = boilerplate.load_rules()
    # 1: a heading that ends with a place and a date is no monitoring source line
    lines = ["# Disasters", "", "## Floods in Sindh 29 August 2022", "", BODY, "", "## Earthquake in Kashmir 8 October 2005",
             "", "The earthquake killed more than 70,000 people, and the United States sent helicopters from Afghanistan."]
    assert not boilerplate.find(lines, rules).drops
    # 2: the source line's month written out or with a dot
    f = boilerplate.find(["Item", "Islamabad Domestic Service in Urdu 1500 GMT 27 June 89", "", BODY], rules)
    assert 1 in f.drops and f.date == "1989-06-27"
    # 3: a retrospective heading or a lower-case lead is no dateline of the story
    d = _doc(tmp_path, "retro.md", "# Rawalpindi, 4 April 1979 — the night Bhutto was hanged\n\n" + BODY + "\n")
    assert d.published == ""
    assert "16 December 1971" in _tags("Dhaka, 16 December 1971 - the surrender was signed at the racecourse "
                                       "by the two generals before a large crowd.", None)
    # 4: a comment's date under a page with no footer does not date the page
    page = ("<html><body><article><h1>Talks</h1><p>" + BODY + "</p><p>" + BODY + "</p></article>"
            '<div id="comments"><p>Posted on March 7, 2021 by Ali</p><p>Great piece</p></div></body></html>')
    assert _doc(tmp_path, "c.html", page).published == ""
    # 5: one continental signal among English numbers changes nothing; thousands dots in twos do
    text = "The US gave $1,500,000 in aid. The dam is 2,5 m higher than planned."
    assert M.english_numbers(text) == text
    assert M.english_numbers("USD 1.500.000 in 2012") == "USD 1,500,000 in 2012"
    # 6-9: Org dates checked, drawers closed, blocks and comments dropped, keywords with keys, ranges
    org = orgmode.org_text("#+TITLE: x\n#+DATE: 2024-02-30\n#+TODO: TODO(t) WAIT(w@/!) | DONE(d)\n"
                           "* WAIT Call the ministry\n* Conference <2024-03-12 Tue>--<2024-03-14 Thu>\n"
                           "- We met today\n\n:smile:\n\nThe next paragraph stays.\n\n#+BEGIN_QUOTE\nQuoted words.\n"
                           "#+END_QUOTE\n# private comment\n* Meeting <2024-03-13 mié>\n- notes\n")
    assert org.date == "" and "WAIT" not in org.text and "--" not in org.text and "Quoted words." in org.text
    assert "next paragraph stays" in org.text and "BEGIN" not in org.text and "private" not in org.text
    assert [e[0] for e in org.entries] == ["2024-03-12", "2024-03-13"]
    assert orgmode.org_text("#+TITLE: x\n#+DATE: March 18, 2024\n* A\n").date == "2024-03-18"
    import time
    t0 = time.perf_counter()
    orgmode.org_text("#+TITLE: a\n* x" + " " * 40000 + ":" + "a" * 40000 + "\n")
    assert time.perf_counter() - t0 < 1
    # 10: OPML notes may hold HTML; a list of feeds is no text
    s = structured.read('<?xml version="1.0"?><opml version="2.0"><head/><body>'
                        '<outline text="&lt;b&gt;Aid talks&lt;/b&gt; resumed in 2019."/>'
                        '<outline text="Dawn" type="rss" xmlUrl="https://example.org/feed"/></body></opml>')
    assert s.text == "Aid talks resumed in 2019.\n"
    # 11: a title row with no padding, a note padded like a row
    sheet = ("US-funded projects, FY2010-FY2016\nProject;Sector;Start;Notes\n"
             "A;Energy;01.10.2010;Repairs were finished in 2013.\nB;Water;15.12.2010;The dam opened in April 2013.\n"
             "C;Energy;01.08.2011;Four units were upgraded.\nD;Water;01.01.2011;Handed over in 2014.\n"
             "Source: database (export 03.07.2017);;;\n")
    s = structured.read(sheet)
    assert s.date == "2017-07-03" and s.text.startswith("US-funded projects, FY2010-FY2016\n\n")
