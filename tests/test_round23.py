"""Rules of the twenty-third round (GUIDELINES 8.21), each on texts written for the tests: exported
chats, SPARQL/TSV and YAML data files, changelog releases, parts of a fiscal year, Federal Register
presidential documents, and the negatives the dev splits showed."""
from usp_research import boilerplate, corpus, dates, repair, structured
from usp_research import money as M
from usp_research.segment import split_sentences
from usp_research.timex import tag

RULES = boilerplate.load_rules()
BODY = ("Pakistan and the United States have had a long and difficult relationship, shaped by wars, "
        "aid programmes, sanctions and the shifting priorities of governments in both capitals.")


def _doc(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return corpus.build_document(p, None, *corpus.load_codebooks())


def _tags(text, pub=None, anchors=()):
    return {text[t.start:t.end]: (t.kind, t.value_start, t.value_end) for t in tag(text, pub, anchors=anchors)}


CHAT = ("[12/03/2024, 21:13] Family: \u200eMessages and calls are end-to-end encrypted. No one outside of this chat can read them.\n"
        "[12/03/2024, 21:14] Tariq: \u200eimage omitted\n"
        "[12/03/2024, 21:14] Tariq: \u200eForwarded many times\n"
        "Since 1947 America has given Pakistan more than $150 billion in aid!!\n"
        "[12/03/2024, 21:19] Sana: this one is fake, it went round last year also\n"
        "[12/03/2024, 21:23] Sana: *Fact Desk* | 8 March 2024\n"
        "CLAIM: aid since 1948 comes to well under $80 billion.\n"
        "[13/03/2024, 07:48] Ammi: see you this evening\n")


def test_an_exported_chat_dates_each_message_by_its_stamp_read_in_the_exports_order():
    msgs = repair.chat_messages(CHAT.split("\n"))
    assert [d for _, d in msgs.values()] == ["2024-03-12"] * 5 + ["2024-03-13"]  # 13/03 shows day first
    assert msgs[4] == ("this one is fake, it went round last year also", "2024-03-12")
    # stamps that never show their order date nothing; a single stamped line is no chat
    assert {d for _, d in repair.chat_messages(["[03/04/2024, 10:00] A: hi", "[04/05/2024, 11:00] B: yes"]).values()} == {""}
    assert repair.chat_messages(["[12/03/2024, 21:13] A: one line only"]) == {}
    dashed = repair.chat_messages(["3/14/24, 9:05 PM - Ali: the aid was cut", "3/15/24, 8:00 AM - Sara: no"])
    assert [d for _, d in dashed.values()] == ["2024-03-14", "2024-03-15"]


def test_a_chats_notices_go_its_messages_stay_apart_and_a_pasted_items_masthead_dates_that_item(tmp_path):
    d = _doc(tmp_path, "chat.txt", CHAT)
    assert "encrypted" not in d.text and "omitted" not in d.text and "Forwarded" not in d.text
    assert "Tariq:" not in d.text and "Fact Desk" not in d.text and "\u200e" not in d.text
    anchors = [(o, day) for o, day, _ in d.anchors]
    found = {d.text[t.start:t.end]: (t.value_start, t.value_end) for t in tag(d.text, d.published or None, anchors=anchors)}
    assert found["last year"] == ("2023", "2023")
    assert found["since 1948"] == ("1948", "2024-03-08")  # the pasted card's own date
    assert found["Since 1947"] == ("1947", "2024-03-12")
    assert "\n\nthis one is fake" in d.text  # a message is a paragraph of its own


SPARQL = ("# Wikidata Query Service: results exported as TSV\n# SELECT ?item ?itemLabel WHERE { ... }\n#\n"
          "?item\t?itemLabel\t?typeLabel\t?date\t?itemDescription\n"
          '<http://www.wikidata.org/entity/Q1>\t"1960 U-2 incident"@en\t"incident"@en\t"1960-05-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>\t"shooting down of a US aircraft that had taken off from Peshawar"@en\n'
          '<http://www.wikidata.org/entity/Q2>\t"Symington Amendment"@en\t"law"@en\t\t"US law applied to Pakistan in April 1979"@en\n'
          '<http://www.wikidata.org/entity/Q3>\t"Pressler Amendment"@en\t"law"@en\t\t"amendment making aid depend on a yearly \\"certification\\""@en\n'
          '<http://www.wikidata.org/entity/Q4>\t"Brown Amendment"@en\t"law"@en\t\t"one-time easing of the Pressler sanctions"@en\n'
          "# 4 results in 12 ms\n# exported 2024-02-18T16:40:12Z from https://query.wikidata.org/\n")


def test_a_sparql_tsv_export_reads_as_its_labels_and_descriptions_dated_by_its_export_stamp(tmp_path):
    s = structured.read(SPARQL)
    assert s.kind == "tsv" and s.date == "2024-02-18"
    assert s.text.split("\n\n")[:3] == ["1960 U-2 incident", "shooting down of a US aircraft that had taken off from Peshawar",
                                        "Symington Amendment"]
    assert 'yearly "certification"' in s.text  # an escaped quote inside a literal
    assert "incident\n\nshooting" in s.text and "law" not in s.text.split("\n\n")  # type labels are table matter
    assert "http" not in s.text and "1960-05-01" not in s.text and "SELECT" not in s.text
    d = _doc(tmp_path, "q.txt", SPARQL)
    assert d.published == "2024-02-18" and "April 1979" in d.text
    # a comment-free TSV with no text column is not read as a sheet
    assert structured.read("a\tb\tc\td\n1\t2\t3\t4\n5\t6\t7\t8\n9\t1\t2\t3\n4\t5\t6\t7\n") is None


YAML = """---
# data/timelines/pak-us.yml
title: "Pakistan and the United States: a timeline"
date: 2023-11-18
summary: >-
  Moments from recognition to the American exit from Afghanistan two years ago.
---

events:
  - date: 1965-09
    title: "Arms cut-off"
    summary: "When fighting spread in September 1965, the Johnson administration stopped arms deliveries."
    actors: [United States, Pakistan]
  - date: 2010
    title: "Floods"
    summary: "When floods submerged much of Sindh last year, the United States pledged relief."
    # a comment, not shown
    source: "USAID (2023)"
  - date: 2021-08-30
    title: "Withdrawal"
    summary: "The last American troops left Kabul on 30 August 2021."
"""


def test_a_yaml_data_file_reads_as_its_titles_and_summaries_dated_by_its_front_matter(tmp_path):
    s = structured.read(YAML)
    assert s.kind == "yaml" and s.date == "2023-11-18"
    assert s.text.split("\n\n")[:3] == ["Pakistan and the United States: a timeline",
                                        "Moments from recognition to the American exit from Afghanistan two years ago.",
                                        "Arms cut-off"]
    assert "1965-09" not in s.text and "USAID (2023)" not in s.text and "comment" not in s.text and "United States, Pakistan" not in s.text
    d = _doc(tmp_path, "y.txt", YAML)
    assert _tags(d.text, d.published)["last year"][1] == "2022"  # from the file's date, not a record's key
    # prose with a colon or two is no data file
    assert structured.read("Title: Aid\nDate: 2024-01-01\n\n" + BODY + "\n") is None


def test_a_changelogs_version_headings_date_their_releases(tmp_path):
    md = ("# Changelog\n\nAll notable changes to the dataset are recorded here since the project began in 2017.\n\n"
          "## [2.3.0] - 2024-05-14\n\n### Added\n- Obligations data posted last month.\n\n"
          "## [2.2.0] - 2023-07-21\n\n### Fixed\n- A reader spotted the error on Monday.\n")
    d = _doc(tmp_path, "CHANGELOG.md", md)
    assert [day for _, day, _ in d.anchors][:2] == ["2024-05-14", "2023-07-21"]
    found = _tags(d.text, d.published or None, [(o, day) for o, day, _ in d.anchors])
    assert found["last month"][1] == "2024-04" and found["Monday"][1] == "2023-07-17"
    assert "[2.3.0]" not in d.text


def test_parts_of_a_fiscal_year_and_a_month_run_that_shows_the_july_june_year():
    t = ("Remittances rose in July-November FY25. Q1-FY25 closed well, and the second half of FY25 and the first "
         "five months of FY25 matter. Activity picked up this fiscal year; the 2023-24 fiscal year was hard.")
    found = _tags(t, "2024-12-16")
    assert found["July-November FY25"] == ("range", "2024-07", "2024-11")
    assert found["Q1-FY25"] == ("part_of_year", "2024-07", "2024-09")
    assert found["the second half of FY25"] == ("part_of_year", "2025-01", "2025-06")
    assert found["the first five months of FY25"] == ("part_of_year", "2024-07", "2024-11")
    assert found["this fiscal year"][1:] == ("2024", "2025")
    assert found["2023-24 fiscal year"] == ("fiscal_year", "2023", "2024")
    us = _tags("Obligations in Q2 FY2024 and October-December FY2011 and the first half of fiscal year 2010.", "2024-12-16")
    assert us["Q2 FY2024"][1:] == ("2024-01", "2024-03") and us["October-December FY2011"][1:] == ("2010-10", "2010-12")
    assert us["the first half of fiscal year 2010"][1:] == ("2009-10", "2010-03")
    # not a fiscal year: coordinated labels and a budget year keep their own spans, a convention is no time
    assert "2011-12" in _tags("during its 2010-11 and 2011-12 fiscal years", "2015-01-01")
    assert _tags("The EAD counts in July–June fiscal years and in July to June fiscal years.", "2024-01-01") == {}


def test_relative_year_parts_code_spans_and_that_decade():
    found = _tags("The money is to be returned by the end of this year; at the start of last year it fell.", "1996-03-14")
    assert found["the end of this year"] == ("relative", "1996-10", "1996-12")
    assert found["the start of last year"][1:] == ("1995-01", "1995-03")
    assert _tags("Pakistani years live in `pk_fy` (values such as `2021-22`).", "2022-08-30") == {}
    found = _tags("The Soviets marched in in December 1979, and for the whole of the 1980s we were the front-line "
                  "state. All through that decade aid ran high.", "1996-03-14")
    assert found["that decade"][1:] == ("1980", "1989")


def test_the_text_s_written_dates_give_the_order_of_its_numeric_ones():
    assert dates.numeric_order("Date: 6/11/2024. The meeting on May 22, 2024 went well.") is None  # Dawn writes so, day first
    assert dates.numeric_order("Date: 6/11/2024. The meeting on 22 May 2024 went well.") == "dmy"
    assert dates.numeric_order("Date: 6/11/2024. On 22 May 2024 and on May 23, 2024.") is None
    assert dates.numeric_order("Due 13/11/2024; on May 22, 2024.") == "dmy"  # the numeric clue wins


def test_the_two_ends_of_a_change_are_two_amounts_not_a_range():
    t = "The CRS revised the aggregate from $11.04 billion to $12.125 billion in March 2019."
    got = [(r.text, r.amount_high) for r in M.extract_money(t, split_sentences(t), tag(t), None, aliases={})]
    assert got == [("$11.04 billion", None), ("$12.125 billion", None)]
    t = "Estimates of the cost range from $2 billion to $3 billion."
    got = M.extract_money(t, split_sentences(t), tag(t), None, aliases={})
    assert len(got) == 1 and got[0].text == "$2 billion to $3 billion"


def test_a_presidential_documents_number_line_and_running_head_are_metadata_and_its_signature_is_dropped():
    lines = ["[Federal Register Volume 69, Number 62 (Wednesday, March 31, 2004)]", "",
             "Federal Register / Vol. 69, No. 62 / Wednesday, March 31, 2004 / Presidential Documents", "",
             "Presidential Determination No. 2004-26 of March 24, 2004", "", BODY, "", "(Presidential Sig.)", "",
             "THE WHITE HOUSE,", "", "Washington, March 24, 2004.", "", "Justification for Waiver of Section 508", "",
             BODY + " It goes on."]
    f = boilerplate.find(lines, RULES)
    # signed on the 24th, published in the Federal Register on the 31st: the signing dates it (GUIDELINES 8.20)
    assert f.date == "2004-03-24" and {0, 2, 4, 12} <= set(f.drops) and 14 not in f.drops and not f.anchors


def test_a_run_of_colonless_date_fields_is_a_field_list_but_a_single_line_is_not():
    lines = ["Will the Secretary visit Islamabad before July 1, 2025?", "", "Opened Feb 10, 2025", "", "Closes Jun 30, 2025",
             "", "Forecasters: 312", "", BODY]
    f = boilerplate.find(lines, RULES)
    assert {2, 4} <= set(f.drops)
    f = boilerplate.find([BODY, "", "Signed 19 May 1954", "", BODY + " More."], RULES)
    assert 2 not in f.drops


def test_a_usenet_attribution_line_with_seconds_and_zone_dates_the_quoted_message():
    lines = ["Date: 14 Mar 1996 04:17:52 GMT", "", "On 12 Mar 1996 03:05:44 GMT, jd@panix.com (J. D. Miller) wrote:",
             "> The aid stopped in 1990.", "", BODY]
    f = boilerplate.find(lines, RULES)
    assert 2 in f.drops


def _events(text, published=None):
    from usp_research import events, timex
    sents = [(i, s, e) for i, (s, e) in enumerate(split_sentences(text), start=1)]
    return [(x.date_start, x.date_end, x.event_type) for x in
            events.extract(text, sents, timex.tag(text, published, eras=True), [], {}, frozenset(), published=published)]


def test_after_a_dated_happening_the_main_clause_runs_on_from_then_but_not_a_new_state():
    got = _events("After Soviet troops entered Afghanistan in December 1979, Pakistan became the conduit for American support.")
    assert ("1979-12", "1979-12", "other") in got and ("1979-12", "", "other") in got
    assert [g[1] for g in _events("After the attacks of 11 September 2001, Pakistan again became indispensable.")] == ["2001-09-11"]
    got = _events("After the American withdrawal from Afghanistan in August 2021, the relationship entered a quieter phase.")
    assert ("2021-08", "", "other") not in got


def test_macro_statistics_a_notice_and_a_present_state_today():
    assert _events("First, the current account recorded another surplus in November 2024, taking it to US$944 million.") == []
    got = _events("In April 1968 the Pakistani government gave formal notice that the lease would not be renewed.")
    assert [g[:2] for g in got] == [("1968-04", "1968-04")]
    assert _events("Today the former station lies inside an air force base and is closed to visitors.", "2023-05-09") == []


def test_money_periods_of_fiscal_months_a_stated_start_and_a_fronted_year():
    def periods(t, pub=None):
        return {r.text: (r.period_start, r.period_end) for r in M.extract_money(t, split_sentences(t), tag(t, pub), pub, aliases={})}
    t = "Workers' remittances rose by 34 percent to US$14.8 billion in July-November FY25."
    assert periods(t, "2024-12-16")["US$14.8 billion"] == ("2024", "2024")  # calendar months, not a fiscal label
    t = "President Bush said he would ask the Congress for $3 billion over five years beginning in fiscal year 2005."
    assert periods(t, "2004-03-24")["$3 billion"] == ("2005", "2009")
    t = ("In fiscal year 2018, the most recent year in the series, appropriations totaled $107 million, and the "
         "Department of Defense made no payments after fiscal year 2016.")
    assert periods(t, "2024-06-20")["$107 million"] == ("2018", "2018")


def test_military_operations_are_what_csf_pays_for_not_security_aid():
    t = "Coalition Support Fund reimbursements for Pakistani military operations added roughly $14.6 billion over the same period."
    got = M.extract_money(t, split_sentences(t), tag(t), None, aliases={})
    assert got[0].category == "csf"
    t = "Congress approved $300 million in military aid for Pakistan."
    assert M.extract_money(t, split_sentences(t), tag(t), None, aliases={})[0].category == "security"


def test_photo_credits_and_nearby_place_lists_are_furniture_and_a_campaign_is_no_time():
    lines = [BODY, "", "Photo: R. Siddiqui, 2017. Click to enlarge.", "", "Photo: Hina B., 2020.", "",
             "Warsak Dam (completed 1960 with Canadian Colombo Plan aid) – 32 km NW", "", "Peshawar (city) – 10 km N", "",
             BODY + " The dam was completed in 1960, 32 km from the city."]
    f = boilerplate.find(lines, RULES)
    assert {2, 4, 6, 8} <= set(f.drops) and 10 not in f.drops
    found = _tags("Pakistan's cooperation since September 2001 has been essential to Operation Enduring Freedom.", "2004-03-24")
    assert "Operation Enduring Freedom" not in found and "since September 2001" in found


def test_review_b_fixes_of_the_twenty_third_round():
    def money(t, pub="2024-01-01"):
        return [(r.text, r.amount_high, r.period_start, r.period_end, r.category)
                for r in M.extract_money(t, split_sentences(t), tag(t, pub), pub, aliases={})]
    # ranges stay ranges: a noun of change, "vary", "ranging"
    assert len(money("Estimates of the increase range from $2 billion to $3 billion.")) == 1
    assert len(money("The proposed cuts, which vary from $100 million to $300 million, were shelved.")) == 1
    assert len(money("It was a boost ranging from $1 billion to $2 billion.")) == 1
    # the amount's own duration, and a start month
    got = money("The US gave $1 billion over two years and pledged $3 billion over five years beginning in fiscal year 2005.")
    assert got[1][2:4] == ("2005", "2009") and got[0][2:4] == ("", "")
    assert money("He pledged $3 billion over five years beginning in October 2004.")[0][2:4] == ("2004", "2009")
    # a relative clause's range on the amount beats a fronted year; operations aid stays security
    assert money("In 2009, Congress approved $7.5 billion, which was disbursed during 2010-2014.")[0][2:4] == ("2010", "2014")
    assert money("It spent $1 billion in security operations aid.")[0][4] == "security"
    # timex: a quotation in backticks is no code span; "this year's" is no part of this year
    assert "1990" in _tags("He called it `a betrayal' in 1990 and `a disaster' in 1992.")
    assert "the end of this year" not in _tags("By the end of this year's session it passed.", "2010-05-01")
    # a budget text's two-digit labels run July to June, its four-digit ones stay US unless defined
    found = _tags("The Rs 14 trillion budget for 2024-25 was passed. In the first half of FY25 revenue rose, "
                  "and in the first half of FY2025 US obligations fell.", "2024-12-16")
    assert found["the first half of FY25"][1:] == ("2024-07", "2024-12")
    assert found["the first half of FY2025"][1:] == ("2024-10", "2025-03")
    assert _tags("in the first half of FY2024-25", "2024-12-16")["the first half of FY2024-25"][1:] == ("2024-07", "2024-12")
    assert _tags("from the 2013-2015 fiscal year budget", "2020-01-01")["2013-2015"] == ("range", "2013", "2015")
    assert _tags("July-November FY25 and March-August FY24", "2024-12-16")["March-August FY24"][1:] == ("2024-03", "2024-08")
    # events: states after "after X" give no open row; a role does
    assert _events("After the 1998 nuclear tests, the relationship became tense.") == [("1998", "1998", "nuclear")]
    assert ("2010-08", "", "other") not in _events("After the floods in August 2010, many villages remained flooded.")
    assert ("1979-12", "", "other") in _events("After the Soviet invasion in December 1979, Zia suddenly became America's key ally.")
    assert _events("This year the programme is being expanded.", "2024-05-01") == []


def test_past_verb_check_is_linear():
    import time
    from usp_research import events
    t0 = time.perf_counter()
    events._past_verb("it is closed " * 3000)
    assert time.perf_counter() - t0 < 0.5


def test_review_a_fixes_of_the_twenty_third_round(tmp_path):
    # a weekday dateline is no bare date field
    f = boilerplate.find(["Monday 2 May 2011", "", "Author: Staff Reporter", "", BODY], RULES)
    assert f.date == "2011-05-02"
    # a few chat lines quoted in an article are no chat export
    art = ("Published: May 2, 2024\n\n" + BODY + "\n\n[14/03/2023, 10:02] Official A: the tranche is late\n"
           "[14/03/2023, 10:05] Official B: tell them next week\n\nLast year the talks stalled, and this week they resumed.\n")
    d = _doc(tmp_path, "a.txt", art)
    assert "Official A:" in d.text and not d.anchors
    # Android notices with no sender go; a pasted masthead needs lines under it
    chat = ("12/03/2024, 21:13 - Messages and calls are end-to-end encrypted.\n12/03/2024, 21:14 - Tariq added Sana\n"
            f"12/03/2024, 21:15 - Tariq: aid was cut last year. {BODY}\n13/03/2024, 08:00 - Sana: Dinner at Ammi's | 15 March 2024\n"
            "13/03/2024, 08:01 - Tariq: ok\n")
    d = _doc(tmp_path, "c.txt", chat)
    assert "added Sana" not in d.text and "encrypted" not in d.text and "Dinner at Ammi" in d.text
    # an executive order is dated by its signing, as a determination is
    lines = ["Federal Register / Vol. 66, No. 186 / Tuesday, September 25, 2001 / Presidential Documents", "",
             "Executive Order 13224 of September 23, 2001", "", BODY]
    assert boilerplate.find(lines, RULES).date == "2001-09-23"
    # a closing followed by a subheading never dates an undated op-ed
    lines = [BODY, "", "Yours sincerely,", "", "Rawalpindi, 12 March 1962.", "", "What the letter shows", "", BODY + " More."]
    assert boilerplate.find(lines, RULES).date is None
    # sheets: columns by their head noun; a quoted multi-line TSV cell is kept whole
    csv_text = "Title,Date of event,Number of comments,Summary\n" + "".join(
        f"Item {k},2024-01-0{k},{k}4,The US pledged aid in 2024 for item {k}.\n" for k in range(1, 5))
    s = structured.read(csv_text)
    assert s is not None and "2024-01-01" not in s.text and "14" not in s.text.split("\n\n")
    tsv = "Title\tSector\tYear\tDescription\n" + "".join(
        f'Project {k}\tHealth\t2020\t"Budget support.\nThe second tranche follows in June."\n' for k in range(1, 5))
    s = structured.read(tsv)
    assert s is not None and "The second tranche follows in June." in s.text and '"' not in s.text
    # an export stamp is the date right after its keyword
    assert structured.read(SPARQL.replace("# exported 2024-02-18T16:40:12Z", "# generated from events since 2001-01-01; exported 2024-02-18")).date == "2024-02-18"
    # YAML: a front matter's tag list does not win over the records; a one-mapping file keeps its title and date
    yml = YAML.replace("summary: >-", "tags: [a, b, c, d, e, f]\nsummary: >-")
    assert structured.read(yml).date == "2023-11-18"
    one = ("title: A timeline\ndate: 18 November 2023\nevents:\n" + "".join(
        f"  - title: T{k}\n    summary: The US acted in 19{k}5.\n" for k in range(5, 9)))
    s = structured.read(one)
    assert s.date == "2023-11-18" and s.text.startswith("A timeline\n\nT5")
