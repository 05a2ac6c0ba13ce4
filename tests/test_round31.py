"""Rules of the thirty-first round (GUIDELINES 8.29), each on texts written for the tests: an ALTO
OCR page, a bill in congress.gov's XML, an Akoma Ntoso debate, a Confluence page in storage
format, a Facebook export with mis-encoded characters, a Roam graph, YouTube json3 captions, an
EDGAR submission, a multipart e-mail, an MDX post, a Typst report, a Discord export's UTC days,
a year heading a list after a parenthesis, and "N units from today"."""
import json

from usp_research import captions, edgar, frontmatter, mbox, structured, typst, xmldocs
from usp_research.timex import tag

from test_round23 import _doc


def _found(d):
    return {d.text[t.start:t.end]: (t.value_start, t.value_end)
            for t in tag(d.text, d.published or None, anchors=[(s, v) for s, v, _ in d.anchors])}


def _line(words, hyp=False):
    strings = "<SP/>".join(f'<String CONTENT="{w}" WC="0.9"/>' for w in words.split())
    end = '<HYP CONTENT="-"/>' if hyp else ""
    return f"<TextLine>{strings}{end}</TextLine>"


ALTO = ('<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">\n'
        "<Description><OCRProcessing><ocrProcessingStep><processingDateTime>2012-08-16T09:41:27</processingDateTime>"
        "</ocrProcessingStep></OCRProcessing></Description>\n<Layout><Page><PrintSpace>\n"
        f"<TextBlock>{_line('THE EVENING STAR Monday, March 5, 1962')}</TextBlock>\n"
        f"<TextBlock>{_line('Karachi Gets New Aid Pledge')}</TextBlock>\n"
        f"<TextBlock>{_line('KARACHI (AP) — The United States pledged more eco', hyp=True)}"
        f"{_line('nomic aid to Pakistan today, a week after talks in Washington.')}</TextBlock>\n"
        "</PrintSpace></Page></Layout></alto>\n")


def test_an_alto_page_reads_its_lines_words_and_is_dated_by_its_masthead_not_the_ocr_run(tmp_path):
    s = structured.read(ALTO)
    assert s.kind == "alto" and s.date == "1962-03-05"
    assert "pledged more eco-\nnomic aid" in s.text and "2012" not in s.text
    d = _doc(tmp_path, "page.xml.txt", ALTO)
    assert "economic aid" in d.text and _found(d)["today"] == ("1962-03-05", "1962-03-05")


BILL = """<?xml version="1.0"?>
<!DOCTYPE bill PUBLIC "-//US Congress//DTDs/bill.dtd//EN" "bill.dtd">
<bill><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dublinCore><dc:title>Pakistan Act of 2031</dc:title>
<dc:date>2031-03-02</dc:date></dublinCore></metadata>
<form><legis-num>S. 2014</legis-num><action><action-date date="20310302">March 2, 2031</action-date>
<action-desc>Ms. Rao introduced the following bill</action-desc></action></form>
<legis-body><section><enum>2.</enum><header>Findings</header>
<paragraph><enum>(1)</enum><text>The United States suspended security assistance on January 4, 2018, as <quote>the
Suspension</quote> records.</text></paragraph></section></legis-body></bill>
"""


def test_a_bills_xml_is_its_visible_text_without_metadata_numbered_paragraphs_whole_and_dated_by_its_action():
    s = structured.read(BILL)
    assert s.date == "2031-03-02"
    assert "Pakistan Act of 2031" not in s.text and "2031-03-02" not in s.text  # the Dublin Core block
    assert "(1) The United States suspended security assistance on January 4, 2018, as the Suspension records." in s.text
    assert "2. Findings" in s.text


AKN = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><debate name="senate"><meta>
<identification source="#s"><FRBRWork><FRBRdate date="2031-05-06" name="sitting"/></FRBRWork>
<FRBRExpression><FRBRdate date="2031-06-01" name="publication"/></FRBRExpression></identification>
<references source="#s"><TLCPerson eId="a" href="/p/a" showAs="Senator Aslam"/></references></meta>
<preface><p class="date"><docDate date="2031-05-06">Tuesday, the 6th May, 2031</docDate></p></preface>
<debateBody><debateSection><heading>CALLING ATTENTION NOTICE</heading>
<speech by="#a"><from>Senator Aslam:</from><p>Yesterday the Foreign Minister met the American envoy.</p></speech>
<narrative><p>(Interruption)</p></narrative></debateSection></debateBody></debate></akomaNtoso>
"""


def test_an_akoma_ntoso_debate_is_dated_by_its_sitting_and_its_references_are_not_text(tmp_path):
    s = structured.read(AKN)
    assert s.date == "2031-05-06"  # the docDate, not the publication's FRBRdate
    assert "Senator Aslam:" in s.text and "showAs" not in s.text and s.text.count("Senator Aslam") == 1
    d = _doc(tmp_path, "debate.xml.txt", AKN)
    assert _found(d)["Yesterday"] == ("2031-05-05", "2031-05-05")


CONFLUENCE = ('<ac:structured-macro ac:name="details"><ac:rich-text-body><table><tbody>'
              '<tr><th><p>Owner</p></th><td><p><ac:link><ri:user ri:account-id="5f3b" /></ac:link></p></td></tr>'
              '<tr><th><p>Date</p></th><td><p><time datetime="2031-04-02" /> </p></td></tr></tbody></table>'
              '</ac:rich-text-body></ac:structured-macro>\n'
              '<ac:structured-macro ac:name="toc"><ac:parameter ac:name="maxLevel">2</ac:parameter></ac:structured-macro>\n'
              '<h2>Where things stand</h2><p>The review&nbsp;closed last month, as <ac:link><ri:user ri:account-id="9" />'
              '</ac:link> noted.</p>\n<ac:task-list><ac:task><ac:task-id>7</ac:task-id><ac:task-status>incomplete</ac:task-status>'
              '<ac:task-body>Draft the note <time datetime="2031-04-30" /></ac:task-body></ac:task></ac:task-list>\n')


def test_a_confluence_page_is_parsed_as_a_fragment_dated_by_its_properties_table_without_due_dates(tmp_path):
    s = structured.read(CONFLUENCE)
    assert s is not None and s.date == "2031-04-02"
    assert "The review closed last month, as noted." in s.text
    assert "2031-04-30" not in s.text and "incomplete" not in s.text and "maxLevel" not in s.text
    assert _found(_doc(tmp_path, "page.xml.txt", CONFLUENCE))["last month"] == ("2031-03", "2031-03")


def test_a_facebook_export_reads_its_posts_with_the_characters_meant_without_activity_titles():
    post = "Pakistan’s talks – resumed".encode("utf-8").decode("latin-1")
    data = [{"timestamp": 1704067200, "data": [{"post": post + " on Monday."}], "title": "The Ledger updated their status.",
             "attachments": [{"data": [{"external_context": {"url": "https://x.pk/a"}}]}]},
            {"timestamp": 1704153600, "data": [{"post": "Aid was cut in 2018."}], "title": "The Ledger posted."}]
    s = structured.read(json.dumps(data))
    assert "Pakistan’s talks – resumed on Monday." in s.text and "posted" not in s.text and "x.pk" not in s.text
    assert [e[0] for e in s.entries] == ["2024-01-01", "2024-01-02"]


def test_a_string_already_right_is_not_re_decoded():
    assert structured._unmangled("Café – naïve") == "Café – naïve"
    assert structured._unmangled(["Pakistan\u00e2\u0080\u0099s"]) == ["Pakistan’s"]


ROAM = [{"title": "March 5th, 2031", "create-time": 1, "children": [
            {"string": "Call with [[Farah]] yesterday about the July 2011 suspension.", "create-time": 2,
             "children": [{"string": "status:: open"}]}]},
        {"title": "Kerry-Lugar-Berman Act", "children": [{"string": "Signed on [[October 15th, 2009]]."}]},
        {"title": "March 7th, 2031", "children": [{"string": "Read the hearing transcripts today."}]}]


def test_a_roam_graph_reads_topic_titles_and_blocks_and_daily_notes_date_their_blocks(tmp_path):
    s = structured.read(json.dumps(ROAM))
    assert "March 5th" not in s.text and "status::" not in s.text
    assert s.text.index("Kerry-Lugar-Berman Act") < s.text.index("Signed on")
    assert s.entries[0][0] == "2031-03-05"
    d = _doc(tmp_path, "graph.json.txt", json.dumps(ROAM))
    assert _found(d)["yesterday"] == ("2031-03-04", "2031-03-04")


JSON3 = {"wireMagic": "pb3", "events": [
    {"tStartMs": 0, "segs": [{"utf8": "[Music]"}]}, {"tStartMs": 10, "aAppend": 1, "segs": [{"utf8": "\n"}]},
    {"tStartMs": 20, "segs": [{"utf8": "so today"}, {"utf8": " is monday the 3rd of march 2031", "tOffsetMs": 300}]},
    {"tStartMs": 30, "aAppend": 1, "segs": [{"utf8": "\n"}]},
    {"tStartMs": 40, "segs": [{"utf8": "last week"}, {"utf8": " washington paused the talks"}]}]}


def test_youtube_json3_captions_are_their_segments_joined_line_by_line_dated_by_the_spoken_day():
    text = json.dumps(JSON3)
    assert captions.is_json3(text) and not captions.is_json3('{"events": []}')
    cap = captions.read_json3(text)
    assert cap.date == "2031-03-03" and "[Music]" not in cap.text
    assert cap.text.split("\n\n") == ["so today is monday the 3rd of march 2031", "last week washington paused the talks\n"]


EDGAR = """<SEC-DOCUMENT>0001-31-000011.txt : 20310215
<SEC-HEADER>0001-31-000011.hdr.sgml : 20310215
FILED AS OF DATE:		20310215
COMPANY CONFORMED NAME:			ACME DEFENSE INC
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<TEXT>
<html><body><div>FORM 8-K</div><div>Pursuant to Section 13 of the Securities Exchange Act of 1934</div>
<p>Item 8.01 Other Events.</p><p>On February 12, 2031, the Company announced a contract.</p>
<p>SIGNATURES</p><p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant signed.</p>
<p>Date: February 15, 2031</p></body></html>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99.1
<SEQUENCE>2
<TEXT>
<html><body><p>TUCSON, Ariz., Feb. 12, 2031 /PRNewswire/ -- Acme Defense today announced a $74.6 million contract to sustain Pakistan's F-16 fleet.</p>
<p>About Acme Defense</p><p>Founded in 1998, Acme employs 2,400 people.</p>
<p>Forward-Looking Statements</p><p>This release contains forward-looking statements under the Act of 1995.</p></body></html>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>GRAPHIC
<SEQUENCE>3
<TEXT>
begin 644 logo.jpg
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""


def test_an_edgar_submission_is_its_documents_without_header_cover_page_signatures_or_release_boilerplate(tmp_path):
    assert edgar.is_edgar(EDGAR)
    f = edgar.read(EDGAR)
    assert f.date == "2031-02-15"
    assert "1934" not in f.text and "1998" not in f.text and "1995" not in f.text and "logo" not in f.text
    assert "On February 12, 2031, the Company announced a contract." in f.text
    assert [e[0] for e in f.entries] == ["2031-02-15", "2031-02-12"]  # the form by its signature, the release by its dateline
    d = _doc(tmp_path, "filing.txt", EDGAR)
    assert _found(d)["today"] == ("2031-02-12", "2031-02-12")


EML = """Return-Path: <a@b.org>
Received: from mail.b.org by mx.c.edu; Mon, 22 Jan 2031 09:14:05 +0500
Date: Mon, 22 Jan 2031 09:14:05 +0500
From: Hina <h@b.org>
Subject: Fwd: Brief
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="XX"

--XX
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit

Yesterday the embassy announced new grants for Sindh.

--XX
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

PHA+WWVzdGVyZGF5IHRoZSBlbWJhc3N5IGFubm91bmNlZCBuZXcgZ3JhbnRzIGZvciBTaW5kaC48L3A+

--XX--
"""


def test_a_multipart_email_is_read_once_from_its_plain_part_without_headers(tmp_path):
    assert mbox.is_eml(EML) and not mbox.is_eml(EML.replace("multipart/alternative", "text/plain"))
    box = mbox.read(EML)
    assert box.text.count("Yesterday the embassy") == 1 and "Received" not in box.text
    assert box.entries[0][0] == "2031-01-22"
    assert _found(_doc(tmp_path, "note.eml.txt", EML))["Yesterday"] == ("2031-01-21", "2031-01-21")


MDX = """---
title: "Aid notes"
date: 2031-06-14
---

import Timeline from '@site/src/components/Timeline';

{/* TODO: swap in FY2030 numbers. Reviewed 2031-06-12. */}

The act was signed on 15 October 2009.

<Timeline
  items={[
    { date: "2011-05-02", label: "Abbottabad raid" },
  ]}
/>

<Figure src="/img/relief-2010.jpg" caption="Relief supplies arrive in August 2010." />

<Callout type="warning" title="Appropriations are not disbursements">
Money appropriated in FY2010 was spent later.
</Callout>
"""


def test_an_mdx_post_drops_imports_comments_and_component_props_but_shows_captions_and_titles():
    page = frontmatter.read(MDX)
    assert page.date == "2031-06-14"
    for gone in ("import", "FY2030", "2031-06-12", "2011-05-02", "relief-2010", "<Callout", "</Callout>"):
        assert gone not in page.text
    for kept in ("The act was signed on 15 October 2009.", "Relief supplies arrive in August 2010.",
                 "Appropriations are not disbursements", "Money appropriated in FY2010 was spent later."):
        assert kept in page.text
    assert page.text.count("\n") == MDX.count("\n")  # line numbers still point into the file


TYP = """// a comment 2019
#set document(title: "After", date: datetime(year: 2031, month: 7, day: 3))
#set page(paper: "a4")
#let ipf = [Islamabad Policy Forum]

#align(center)[#text(size: 19pt)[After the Aid since 2001]]

= Summary

Aid fell to less than \\$100m a year today.#footnote[CSF was paid in 2010.]

#quote(attribution: [a former director, interview, Islamabad, 12 March 2031], block: true)[
  Last year our disbursements fell for the first time since 2001.
]

#figure(table(columns: 2, [2010], [1,769]), caption: [Source: CRS, 2019.]) <tab-aid>

#bibliography("refs.bib")
"""


def test_a_typst_report_keeps_its_running_text_drops_rules_notes_and_figures_and_dates_the_quote(tmp_path):
    assert typst.is_typst(TYP)
    t = typst.read(TYP)
    assert t.date == "2031-07-03"
    assert "After the Aid since 2001" in t.text and "Aid fell to less than \\$100m a year today." in t.text
    for gone in ("comment", "#set", "#let", "CSF was paid", "1,769", "2019", "<tab-aid>", "refs.bib"):
        assert gone not in t.text
    assert "> Last year our disbursements" in t.text and "— a former director, interview, Islamabad, 12 March 2031" in t.text
    assert t.text.count("\n") == TYP.count("\n")
    d = _doc(tmp_path, "report.typ.txt", TYP)
    assert _found(d)["since 2001"] == ("2001", "2031-03-12")  # the quotation speaks from its source line's date


def test_a_chat_exports_messages_are_dated_by_their_utc_day():
    data = {"messages": [{"timestamp": "2031-05-14T01:10:00+05:00", "content": "The IMF mission landed today.", "author": {"name": "a"}},
                         {"timestamp": "2031-05-15T20:00:00+05:00", "content": "Talks went on all day.", "author": {"name": "b"}}]}
    s = structured.read(json.dumps(data))
    assert [e[0] for e in s.entries] == ["2031-05-13", "2031-05-15"]
    feed = [{"published": "2031-05-14T01:10:00+05:00", "text": "A feed item as written."},
            {"published": "2031-05-15T01:10:00+05:00", "text": "Another feed item."}]
    assert [e[0] for e in structured.read(json.dumps(feed)).entries] == ["2031-05-14", "2031-05-15"]


def test_a_year_with_a_parenthesis_before_its_colon_dates_the_list_after_it():
    text = "**Key dates 2011** (pin this): Davis shooting 27 Jan, Abbottabad raid 2 May, Salala 26 Nov"
    found = {text[t.start:t.end]: t.value_start for t in tag(text, "2031-05-20")}
    assert found["27 Jan"] == "2011-01-27" and found["26 Nov"] == "2011-11-26"


def test_n_units_from_today_count_forward_from_the_publication_date():
    text = "Pakistan votes on February 8, three weeks from today. Five years from now, aid may return."
    found = {text[t.start:t.end]: (t.value_start, t.value_end) for t in tag(text, "2031-01-18")}
    assert found["three weeks from today"] == ("2031-02-08", "2031-02-08")
    assert found["Five years from now"] == ("2036", "2036")


def test_a_yearless_day_a_few_days_from_a_dated_happening_takes_its_year():
    text = ("Six years ago today, on January 4, 2018, the State Department suspended security assistance, "
            "days after President Trump's New Year's Day tweet.")
    found = {text[t.start:t.end]: t.value_start for t in tag(text, "2024-01-04")}
    assert found["New Year's Day"] == "2018-01-01"
    text = "On 2 May 2011 the raid took place, a week before the talks of 9 May."
    assert {text[t.start:t.end]: t.value_start for t in tag(text, "2024-01-04")}["9 May"] == "2011-05-09"


def test_an_amount_a_year_in_two_coordinated_years_covers_both():
    from usp_research import money, timex
    from usp_research.segment import split_sentences
    text = "Aid appropriations stayed above $2 billion a year in FY2011 and FY2012, the worst years."
    rec = money.extract_money(text, split_sentences(text), timex.tag(text, "2024-04-02"), published="2024-04-02")[0]
    assert (rec.per, rec.period_start, rec.period_end) == ("annual", "2011", "2012")


def test_nothing_paid_and_made_no_long_nouns_deny_the_years_they_name():
    from test_round23 import _events
    assert _events("Peak year was FY2010; nothing was paid for FY2017 or FY2018.", "2024-03-08") == [] or all(
        e[0] not in ("2017", "2018") for e in _events("Peak year was FY2010; nothing was paid for FY2017 or FY2018.", "2024-03-08"))
    got = _events("The Department of Defense made no Coalition Support Fund reimbursements for fiscal years 2017 and 2018.", "2023-06-15")
    assert not any(e[0] in ("2017", "2018") for e in got)
    assert _events("The Department of Defense made Coalition Support Fund reimbursements in 2017.", "2023-06-15") != []


def test_for_each_of_the_years_after_the_amounts_own_noun_phrase_makes_it_annual_and_nonmilitary_is_economic():
    from usp_research import money, timex
    from usp_research.segment import split_sentences
    text = "The Act authorized $1,500,000,000 in nonmilitary assistance for each of fiscal years 2010 through 2014."
    rec = money.extract_money(text, split_sentences(text), timex.tag(text, "2023-06-15"), published="2023-06-15")[0]
    assert (rec.per, rec.category, rec.period_start, rec.period_end) == ("annual", "economic", "2010", "2014")
    text = "It paid $7.5 billion over five years, with a certification required for each fiscal year."
    rec = money.extract_money(text, split_sentences(text), timex.tag(text, "2023-06-15"), published="2023-06-15")[0]
    assert rec.per == "total"


# the fresh-eyed review's findings, each now a test


def test_an_inline_xbrl_filing_is_read_as_html_and_an_amended_form_loses_its_cover_and_signatures():
    doc = ("<SEC-DOCUMENT>x\n<SEC-HEADER>x\nFILED AS OF DATE:\t\t20310301\nCOMPANY CONFORMED NAME:\t\tACME DEFENSE INC\n</SEC-HEADER>\n"
           "<DOCUMENT>\n<TYPE>8-K/A\n<SEQUENCE>1\n<TEXT>\n<XBRL>\n<?xml version='1.0'?>\n<!-- Generated by a tool -->\n"
           "<html><body><div>FORM 8-K/A</div><div>Securities Exchange Act of 1934</div>"
           "<p>Item 1. Business</p><p>SIGNATURES</p><p>Item 8.01 Other Events.</p>"
           "<p>On February 12, 2031, the Company amended its contract with Pakistan.</p>"
           "<p>SIGNATURES</p><p>Date: February 28, 2031</p></body></html>\n</XBRL>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    f = edgar.read(doc)
    assert "<p>" not in f.text and "1934" not in f.text
    assert "On February 12, 2031, the Company amended its contract with Pakistan." in f.text
    assert f.entries[0][0] == "2031-02-28"


def test_a_release_keeps_a_subheading_about_something_else_and_business_wire_datelines_date_it():
    doc = ("<SEC-DOCUMENT>x\n<SEC-HEADER>x\nFILED AS OF DATE:\t\t20310215\nCOMPANY CONFORMED NAME:\t\tACME DEFENSE INC\n</SEC-HEADER>\n"
           "<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n<html><body>"
           "<p>TUCSON, Ariz.--(BUSINESS WIRE)--Feb. 12, 2031-- Acme Defense today announced a contract to sustain Pakistan's F-16 fleet for five years.</p>"
           "<p>About the Program</p><p>The program, begun in 2019, will deliver 12 aircraft by 2033.</p>"
           "<p>About Acme Defense</p><p>Founded in 1998, Acme employs 2,400 people.</p></body></html>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    f = edgar.read(doc)
    assert "begun in 2019" in f.text and "1998" not in f.text
    assert f.entries[0][0] == "2031-02-12"


def test_an_mdx_body_keeps_prose_lines_that_begin_with_import_or_export():
    page = frontmatter.read("---\ntitle: x\ndate: 2031-01-01\n---\n\nimport {\n  A,\n} from './a';\n"
                            "export const meta = {\n  year: 2019,\n};\n\nPakistan's trade grew and its\n"
                            "export earnings rose by 12% in 2019, while\nimport bills fell in 2020.\n")
    assert "export earnings rose by 12% in 2019" in page.text and "import bills fell in 2020." in page.text
    assert "year: 2019" not in page.text and "from './a'" not in page.text and "A," not in page.text


def test_reddit_titles_that_look_like_activity_lines_stay_and_awards_are_not_read():
    posts = [{"title": "The IMF wrote on its blog that talks resumed.", "selftext": "Talks resumed in Washington.",
              "created_utc": 1704812345, "all_awardings": [{"description": "Shows the Silver Award and that's about it."}]},
             {"title": "My brother is with the army in Waziristan.", "selftext": "He writes home every week.", "created_utc": 1704912345}]
    s = structured.read(json.dumps(posts))
    assert "The IMF wrote on its blog that talks resumed." in s.text and "My brother is with the army" in s.text
    assert "Silver Award" not in s.text


def test_an_xml_paragraphs_line_breaks_and_inner_blocks_do_not_glue_words():
    s = structured.read('<?xml version="1.0"?><doc><p>On 4 May 2011<br/>Paid in full.</p>'
                        "<table><tr><td><p>Owner</p><p>Finance team</p></td><td>x</td></tr></table></doc>")
    assert "2011 Paid" in " ".join(s.text.split()) and "Owner Finance team" in " ".join(s.text.split())


def test_a_confluence_page_opening_with_a_paragraph_in_layouts_shows_link_titles_and_expand_titles():
    page = ('<p>Summary first.</p><ac:layout><ac:layout-section><ac:layout-cell>'
            '<p>See <ac:link><ri:page ri:content-title="Aid Review 2019" /></ac:link> for the figures.</p>'
            '<ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">Timeline of the 2011 suspension</ac:parameter>'
            '<ac:rich-text-body><p>Aid was suspended in July 2011.</p></ac:rich-text-body></ac:structured-macro>'
            '</ac:layout-cell></ac:layout-section></ac:layout>')
    s = structured.read(page)
    assert s is not None and "See Aid Review 2019 for the figures." in s.text
    assert s.text.index("Timeline of the 2011 suspension") < s.text.index("Aid was suspended in July 2011.")


def test_typst_rule_bodies_are_dropped_and_content_in_arguments_and_links_shown():
    t = typst.read('#set page(paper: "a4")\n#show heading.where(level: 1): it => [\n  #block(it.body)\n]\n'
                   '#let note(body) = {\n  block(fill: luma(240), body)\n}\n\n= Title\n\n'
                   '#align(center, text(17pt)[After the Aid])\n#grid(columns: 2, [cell one], [cell two])\n'
                   'See #link("https://example.org") now.#linebreak()Next line.\n')
    assert "it.body" not in t.text and "luma" not in t.text
    assert "After the Aid" in t.text and "cell one\ncell two" in t.text
    assert "See https://example.org now.\nNext line." in t.text


def test_manual_json3_captions_give_a_line_per_cue():
    text = json.dumps({"wireMagic": "pb3", "events": [{"tStartMs": 1200, "segs": [{"utf8": "Today is March 3rd, 2031."}]},
                                                       {"tStartMs": 3360, "segs": [{"utf8": "The IMF board met"}]},
                                                       {"tStartMs": 6360, "segs": [{"utf8": "yesterday in Washington."}]}]})
    cap = captions.read_json3(text)
    assert cap.date == "2031-03-03" and "The IMF board met\n\nyesterday in Washington." in cap.text


def test_one_roam_daily_note_is_enough_to_date_its_blocks(tmp_path):
    graph = [{"title": "March 5th, 2031", "children": [{"string": "Call with the ambassador yesterday about aid."}]}]
    assert structured.read(json.dumps(graph)).kind == "roam"
    assert _found(_doc(tmp_path, "one.json.txt", json.dumps(graph)))["yesterday"] == ("2031-03-04", "2031-03-04")


def test_a_chapter_number_and_a_parenthesis_after_inc_do_not_end_a_sentence():
    from usp_research.segment import split_sentences
    text = 'Pasted for the intro of ch. 3: the act. Acme Holdings, Inc. (the "Company") announced a contract. It ends.'
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Pasted for the intro of ch. 3: the act.", 'Acme Holdings, Inc. (the "Company") announced a contract.', "It ends."]


def test_alto_without_its_namespace_and_typst_without_headings_are_still_read():
    s = structured.read("<alto><Layout><Page><PrintSpace><TextBlock>" + _line("Aid resumed on Monday, March 5, 1962.")
                        + "</TextBlock></PrintSpace></Page></Layout></alto>")
    assert s.kind == "alto" and "Aid resumed on Monday" in s.text
    src = '#set document(date: datetime(year: 2031, month: 1, day: 2))\n#set page(paper: "a4")\n\nAid fell #footnote[n] today.\n'
    assert typst.is_typst(src) and typst.read(src).date == "2031-01-02"
    assert not typst.is_typst("# Heading\n\n#hashtag and #another\n")
    deep = "#set page(a: 1)\n#set text(b: 2)\n= T\n" + "#box[" * 3000 + "x" + "]" * 3000 + "\n"
    assert "x" in typst.read(deep).text  # (nested too deep to render: kept as written, no crash)
