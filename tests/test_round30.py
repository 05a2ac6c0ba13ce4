"""Rules of the thirtieth round (GUIDELINES 8.28), each on texts written for the tests: a Word
document's XML, an Excel 2003 workbook, a DocBook article, XML exports of records (a phone's SMS
backup, a Stack Exchange dump), a forum topic's BBCode, an ASS subtitle script, an R Markdown
source, an outline's list items and planning lines, meeting notes' dated headings, a notes
column in a Markdown table, a newspaper's folio line, denied and corrected happenings."""
from usp_research import bbcode, captions, corpus, evaluate, segment, structured, xmldocs
from usp_research.timex import tag

from test_round23 import _doc, _events


def _found(d):
    return {d.text[t.start:t.end]: (t.value_start, t.value_end)
            for t in tag(d.text, d.published or None, anchors=[(s, v) for s, v, _ in d.anchors])}


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOCX = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>
<w:p><w:r><w:t>To:</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>Director</w:t></w:r></w:p>
<w:p><w:r><w:t>Date:</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>9 February 2024</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Where things stand</w:t></w:r></w:p>
<w:p><w:r><w:t>Paki</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>stan</w:t></w:r><w:r><w:t xml:space="preserve">is voted yesterday. </w:t></w:r>
<w:ins w:author="A" w:date="2024-02-11T09:30:00Z"><w:r><w:t>Aid was $19.</w:t></w:r><w:r><w:t>6 billion.</w:t></w:r></w:ins>
<w:del w:author="A" w:date="2024-02-11T09:30:00Z"><w:r><w:delText>Aid was $18 billion.</w:delText></w:r></w:del>
<w:r><w:footnoteReference w:id="1"/></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>FY2010</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>4,504</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr><w:r><w:t>Table 1. Appropriations (CRS, March 2019)</w:t></w:r></w:p>
</w:body></w:document>
"""


def test_a_word_documents_xml_reads_its_runs_joined_without_deleted_text_tables_or_captions(tmp_path):
    s = structured.read(DOCX)
    assert "Pakistanis voted yesterday. Aid was $19.6 billion." in s.text
    assert "$18 billion" not in s.text and "4,504" not in s.text and "Table 1" not in s.text
    d = _doc(tmp_path, "memo.xml.txt", DOCX)
    assert d.published == "2024-02-09"  # the memo's own "Date:" line
    assert _found(d)["yesterday"] == ("2024-02-08", "2024-02-08")


SS = 'xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"'


def _row(*cells):
    return "<Row>" + "".join(f'<Cell><Data ss:Type="String">{c}</Data></Cell>' for c in cells) + "</Row>\n"


XLS = (f'<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook {SS}>\n'
       '<DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Created>2023-04-27T08:41:19Z</Created></DocumentProperties>\n'
       '<Worksheet ss:Name="Aid"><Table>\n' + _row("US aid to Pakistan (current US$ millions)")
       + _row("Fiscal year", "Security", "Economic", "Total", "Notes")
       + _row("FY2008", "517", "507", "2043", "Musharraf resigned on 18 August 2008, and CSF claims slowed for months.")
       + _row("FY2009", "989", "1366", "3040", "The Kerry-Lugar-Berman Act was signed into law on 15 October 2009.")
       + _row("FY2010", "1236", "1769", "4504", "Peak year: total appropriations came to about $4.5 billion.")
       + _row("FY2011", "1200", "1100", "3600", "")
       + _row("Source: CRS (12 March 2019). Exported from the desk tracker on 14 June 2023.")
       + '</Table></Worksheet>\n<Worksheet ss:Name="Events"><Table>\n' + _row("Date", "Event", "Notes")
       + '<Row><Cell><Data ss:Type="DateTime">2011-05-02T00:00:00.000</Data></Cell><Cell><Data ss:Type="String">Abbottabad raid</Data></Cell>'
         '<Cell><Data ss:Type="String">US special forces killed Osama bin Laden in Abbottabad on 2 May 2011.</Data>'
         '<Comment><ss:Data>Checked against the log on 3 May 2023.</ss:Data></Comment></Cell></Row>\n'
       + _row("2011-11-26", "Salala", "NATO aircraft killed 24 Pakistani soldiers on 26 November 2011.")
       + _row("2012-07-03", "Routes reopen", "The supply routes reopened on 3 July 2012 after an apology.")
       + _row("2018-01-01", "Tweet", "On New Year's Day 2018 Trump tweeted about aid over the last 15 years.")
       + "</Table></Worksheet>\n</Workbook>\n")


def test_an_excel_2003_workbook_reads_its_sheets_notes_and_its_export_stamp_not_comments():
    s = structured.read(XLS)
    assert s.kind == "xlsx_xml" and s.date == "2023-06-14"  # the export stamp under the sheet, not <Created>
    assert "Musharraf resigned on 18 August 2008" in s.text
    assert "US special forces killed Osama bin Laden" in s.text  # a three-column sheet is a sheet too
    assert "Checked against the log" not in s.text and "4504" not in s.text


DOCBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<article xmlns="http://docbook.org/ns/docbook" version="5.0">
  <info><title>Aid and Leverage, 1947–2023</title><author><personname>N. Hussain</personname></author>
    <pubdate>2023-11-02</pubdate>
    <revhistory><revision><date>2023-09-14</date><revremark>Draft of 14 September 2023.</revremark></revision></revhistory>
  </info>
  <section><title>Alliance</title>
    <para>Pakistan became an ally in 1954.<footnote><para>A 1965 estimate gave $630 million.</para></footnote> Two years later, aid rose.</para>
    <remark>Reviewer (12 October 2023): move this.</remark>
    <informaltable><tgroup cols="2"><tbody><row><entry>FY2010</entry><entry>4,504</entry></row></tbody></tgroup></informaltable>
  </section>
</article>
"""


def test_a_docbook_article_reads_titles_and_paragraphs_without_notes_remarks_or_history():
    s = structured.read(DOCBOOK)
    assert s.kind == "docbook" and s.date == "2023-11-02"
    assert "Pakistan became an ally in 1954. Two years later, aid rose." in s.text
    for gone in ("$630 million", "12 October 2023", "14 September 2023", "4,504", "Hussain"):
        assert gone not in s.text


SMS = """<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<!--File Created By SMS Backup & Restore v10.18.302 on 01/10/2023 20:14:52-->
<smses count="3">
  <sms protocol="0" address="+923004417729" date="1683727391000" type="1" subject="null" body="Imran Khan was arrested yesterday at the the Islamabad High Court.&#10;Need a US angle by Friday." readable_date="May 10, 2023 7:03:11 PM" contact_name="Desk" />
  <sms protocol="0" address="+923004417729" date="1683728445000" type="2" subject="null" body="OK" readable_date="May 10, 2023 7:20:45 PM" contact_name="Desk" />
  <sms protocol="0" address="+923004417729" date="1695190000000" type="1" subject="null" body="Fwd: Reuters, 19 Sep 2023:&#10;The US says it has given flood aid since August 2022." readable_date="Sep 20, 2023" contact_name="Desk" />
  <sms protocol="0" address="+923004417729" date="1695200000000" type="2" subject="null" body="Noted, we can talk on Monday. Hold the piece till Monday." readable_date="Sep 20, 2023" contact_name="Desk" />
  <sms protocol="0" address="+923004417729" date="1695300000000" type="1" subject="null" body="Fwd: Dawn, 21 Sep 2023:&#10;Washington pledged more aid last week." readable_date="Sep 21, 2023" contact_name="Desk" />
</smses>
"""


def test_a_phones_sms_backup_reads_message_bodies_dated_by_their_epoch_millisecond_stamps(tmp_path):
    s = structured.read(SMS)
    assert s.kind == "xml_records" and [d for d, _, _ in s.entries] == ["2023-05-10", "2023-09-20", "2023-09-20", "2023-09-21"]
    assert "contact_name" not in s.text and "Desk" not in s.text and "May 10, 2023" not in s.text
    found = _found(_doc(tmp_path, "sms.xml.txt", SMS))
    # the first message's paragraph was repaired ("the the"): its entry is found all the same
    assert found["yesterday"] == ("2023-05-09", "2023-05-09") and found["Friday"] == ("2023-05-12", "2023-05-12")
    assert found["since August 2022"] == ("2022-08", "2023-09-19")  # the forwarded item's own date line
    assert "19 Sep 2023" not in found and found["last week"] == ("2023-09-11", "2023-09-17")
    assert found["Monday"] == ("2023-09-25", "2023-09-25")  # "we can talk on Monday", "till Monday": the next one


SE = """<?xml version="1.0" encoding="utf-8"?>
<posts>
  <row Id="1" PostTypeId="1" CreationDate="2019-08-14T10:22:31.417" Body="&lt;p&gt;Imran Khan visited Washington last month.&lt;/p&gt;" Title="Why did US aid to Pakistan collapse after 2011?" Tags="&lt;pakistan&gt;" ContentLicense="CC BY-SA 4.0" />
  <row Id="2" PostTypeId="2" ParentId="1" CreationDate="2019-08-20T08:00:00.000" Body="&lt;p&gt;It fell after the &lt;a href=&quot;https://x.org&quot;&gt;CRS table&lt;/a&gt; shows FY2011 as the turn.&lt;/p&gt;" ContentLicense="CC BY-SA 4.0" />
</posts>
"""


def test_a_stack_exchange_dump_reads_each_posts_title_then_body_dated_by_its_creation_date(tmp_path):
    s = structured.read(SE)
    assert s.text.startswith("Why did US aid to Pakistan collapse after 2011?\n\nImran Khan visited Washington last month.")
    assert "CC BY-SA" not in s.text and "<pakistan>" not in s.text
    assert [d for d, _, _ in s.entries] == ["2019-08-14", "2019-08-20"]
    assert _found(_doc(tmp_path, "posts.xml.txt", SE))["last month"] == ("2019-07", "2019-07")


BB = """Pak Affairs Forum • View topic - [Solved] Did the US cut off all aid?
Board index ‹ Politics ‹ Foreign Relations
Page 1 of 1 [ 4 posts ]

[Solved] Did the US really cut off all aid to Pakistan in 2018?

Post by ahmed_k » Tue Mar 05, 2024 9:12 pm
My uncle says [b]all[/b] aid stopped in January 2018.
_________________
Ahmed | Lahore | Member since 2011

Post by rizwan_h » Tue Mar 05, 2024 10:40 pm
[quote="ahmed_k"]My uncle says all aid stopped in January 2018.[/quote]

On 4 January 2018 the [url=https://state.gov]State Department[/url] suspended [i]security[/i] assistance.

[list]
[*]Civilian aid went on
[/list]
Last edited by rizwan_h on Wed Mar 06, 2024 8:01 am, edited 1 time in total.

Post by farah.z » Wed Mar 06, 2024 7:15 am
It was announced on 5 January 2018, not the 4th.

Post by rizwan_h » Thu Mar 14, 2024 3:05 pm
The State Department said on Monday it would work with the new government.

Display posts from previous: All posts
Powered by phpBB® Forum Software © phpBB Limited
"""


def test_a_bbcode_forum_topic_reads_the_question_and_the_answering_authors_posts(tmp_path):
    assert bbcode.is_bbcode(BB)
    topic = bbcode.read(BB)
    assert topic.text.startswith("[Solved] Did the US really cut off all aid to Pakistan in 2018?")
    assert "My uncle says all aid stopped in January 2018." in topic.text
    assert "On 4 January 2018 the State Department suspended security assistance." in topic.text
    assert "Civilian aid went on" in topic.text
    for gone in ("5 January 2018", "Member since", "Last edited", "[quote", "phpBB", "Board index", "Page 1 of 1"):
        assert gone not in topic.text  # a reader's reply, a signature, stamps, a quoted copy, the board
    assert topic.text.count("My uncle says") == 1
    assert [d for d, _, _ in topic.entries] == ["2024-03-05", "2024-03-05", "2024-03-14"]
    assert _found(_doc(tmp_path, "topic.txt", BB))["Monday"] == ("2024-03-11", "2024-03-11")
    assert _events("[Solved] Did the US really cut off all aid to Pakistan in 2018?") == []  # a yes/no question


ASS = r"""[Script Info]
; Script generated by Aegisub 3.2.2
; Frayed Alliance (2021) - English subtitles, release date: 14 October 2021
Title: Frayed Alliance, 2011
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize
Style: Narrator,Arial,58

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:04.00,0:00:09.00,Caption,,0,0,0,,{\an8}FRAYED ALLIANCE
Dialogue: 0,0:00:12.10,0:00:16.40,Narrator,,0,0,0,,For most of the Cold War, Pakistan liked to call itself\NAmerica's most allied ally.
Dialogue: 0,0:01:48.00,0:01:52.00,Caption,,0,0,0,,{\an8}Islamabad, March 2011
Dialogue: 0,0:01:52.30,0:01:57.00,Interview,Farhan Qureshi,0,0,0,,Last month they told us he had immunity.
Dialogue: 0,0:02:20.00,0:02:26.10,Narrator,,0,0,0,,He was released on 16 March after the families\Naccepted {\i1}blood money{\i0}.
Comment: 0,0:02:20.00,0:02:26.10,Narrator,,0,0,0,,CHECK: released 16 March 2011 - confirm
Dialogue: 0,0:10:20.00,0:10:25.50,Caption,,0,0,0,,{\an8}Kabul, August 2021
Dialogue: 0,0:10:26.00,0:10:31.40,Narrator,,0,0,0,,The last American troops left on 30 August 2021.
"""


def test_an_ass_subtitle_script_reads_its_dialogue_and_a_place_and_date_card_heads_what_follows(tmp_path):
    assert captions.is_ass(ASS) and not captions.is_webvtt(ASS)
    c = captions.read_ass(ASS)
    assert c.date == "2021-10-14"  # the release date in the script's comments
    assert "call itself America's most allied ally." in c.text and "accepted blood money." in c.text
    assert "Farhan Qureshi: Last month they told us" in c.text
    assert "CHECK" not in c.text and "\\N" not in c.text and "{" not in c.text
    assert [d for d, _, _ in c.entries] == ["2011-03", "2021-08"]
    found = _found(_doc(tmp_path, "film.ass.txt", ASS))
    assert found["Last month"] == ("2011-02", "2011-02") and found["16 March"] == ("2011-03-16", "2011-03-16")
    # a gold context copied with the script's line break code is found in the text read
    assert evaluate.locate(_doc(tmp_path, "film2.ass.txt", ASS), r"call itself\NAmerica's most allied ally.") is not None


RMD = """---
title: "US aid to Pakistan: a first look"
date: "2024-03-18"
output: html_document
---

```{r setup, include=FALSE}
library(tidyverse)
```

## Background

US aid to Pakistan peaked in FY2010 at $4.5 billion.

```{r plot, fig.width=8}
annotate("text", x = 2012.4, label = "May 2011")
```

The dashed line marks May 2011, when the raid on Abbottabad killed Osama bin Laden.

## References

Congressional Research Service (2019). *Direct Overt U.S. Aid*. Washington, DC, 12 March 2019.
"""


def test_an_r_markdown_source_drops_its_chunks_in_braces_and_reads_its_body_as_markdown(tmp_path):
    d = _doc(tmp_path, "analysis.Rmd.txt", RMD)
    assert "US aid to Pakistan peaked in FY2010" in d.text and "The dashed line marks May 2011" in d.text
    assert "library(tidyverse)" not in d.text and "annotate(" not in d.text
    assert "## " not in d.text and "*Direct" not in d.text  # the body read as Markdown


LOGSEQ = """## Mar 5th, 2024
- Lecture notes
\t- Pakistan signed the agreement on 19 May 1954.
\t- TODO read [[Kux]] ch. 3 before next class
\t  SCHEDULED: <2024-03-12 Tue>

## Mar 7th, 2024
- Pakistan tested nuclear weapons on 28 May 1998.

## Mar 12th, 2024
- DONE read [[Kux]] ch. 3
- [[War on Terror]] aid, notes for the seminar #seminar
\t- Our group presented yesterday on CSF.
- [[Reading list]]
\t- [[Kux]] — Disenchanted Allies (2001)
"""


def test_an_outlines_short_items_do_not_end_a_dated_page_nor_planning_lines_or_cited_books_give_times(tmp_path):
    found = _found(_doc(tmp_path, "journal.md", LOGSEQ))
    assert found["yesterday"] == ("2024-03-11", "2024-03-11")  # under "Mar 12th", past the short item above it
    assert "2024-03-12" not in found and "2001" not in found


NOTION = """# Aid claims: research hub

Created: March 5, 2024 10:12 AM
Last edited time: April 18, 2024 4:47 PM
Owner: Mehreen Aslam

Scope: claims about US aid to Pakistan since 2001, checked against the CRS table.

## Claims log

| Claim | Source | Date seen | Amount | Status | Notes |
| --- | --- | --- | --- | --- | --- |
| “$33bn” | X post | March 6, 2024 | 33,000,000,000 | Checked | Repeats Trump’s tweet figure; the tweet itself went out on 1 January 2018. |
| “$100bn” | WhatsApp | March 11, 2024 | 100,000,000,000 | False | The claim is false; the CRS total for FY2002–FY2018 is $34.2 billion. |

## Meeting notes

### 12 March 2024 — weekly call

- Bilal finished the FY2010 cross-check on Friday.

### 2 April 2024 — call with Dr Rana

- Dr Rana said the agreement was signed on 19 May 1954.
"""


def test_a_notion_page_is_dated_by_its_creation_its_notes_column_is_prose_and_meeting_headings_date_notes(tmp_path):
    d = _doc(tmp_path, "hub.md", NOTION)
    assert d.published == "2024-03-05"  # created, not last edited
    assert "the tweet itself went out on 1 January 2018." in d.text and "33,000,000,000" not in d.text
    assert "March 6, 2024" not in d.text and "12 March 2024" not in d.text  # a date cell; a dated heading
    found = _found(d)
    assert found["since 2001"] == ("2001", "2024-03-05") and found["Friday"] == ("2024-03-08", "2024-03-08")


def test_a_newspapers_folio_line_dates_it_and_a_roman_volume_number_ends_no_sentence(tmp_path):
    folio = "Vol. XII, No. 287 KARACHI, THURSDAY, DECEMBER 10, 1959 Price Two Annas"
    assert segment.split_sentences(folio) == [(0, len(folio))]
    t = "No. I disagree."
    assert [t[s:e] for s, e in segment.split_sentences(t)] == ["No.", "I disagree."]
    page = ("THE KARACHI EVENING STAR\n\nVol. XII, No. 287 KARACHI, THURSDAY, DECEMBER 10, 1959 Price Two Annas\n\n"
            "EISENHOWER LEAVES FOR KABUL\n\nPresident Eisenhower left Karachi for Kabul yesterday morning after a three-day visit.\n")
    d = _doc(tmp_path, "paper.txt", page)
    assert d.published == "1959-12-10" and "DECEMBER 10" not in d.text
    assert _found(d)["yesterday morning"] == ("1959-12-09", "1959-12-09")


def test_a_denied_or_corrected_happening_gives_no_event_but_a_refusal_does():
    assert _events("No CSF was appropriated in FY2017 or FY2018.", "2024-03-03") == []
    assert _events("The US paid no CSF in 2018.", "2024-03-03") == []
    assert _events("One fix: the original agreement dates from 2005, not 2004.", "2024-03-03") == [("2005", "2005", "agreement")]
    assert _events("President Bush did not certify for fiscal year 1991, and aid was cut off.", "2024-03-03") != []
    assert _events("Pakistan received no more than $5 million in 2019.", "2024-03-03") != []
    assert _events("Not until 2001 did aid resume.", "2024-03-03") != []
    # a denial far from the time, in another clause, does not reach it
    assert _events("That suspension has never been formally lifted, yet in September 2022 the agency notified Congress "
                   "of a sale.", "2024-03-03") != []


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title><updated>2024-02-20T09:15:00Z</updated>
<entry><title>Khan in Washington</title><published>2019-07-24T08:30:00Z</published>
<content type="html">&lt;p&gt;Prime Minister Imran Khan met President Trump on Monday.&lt;/p&gt;</content></entry>
<entry><title>Update: Washington suspends security assistance</title><published>2018-01-05T10:00:00Z</published>
<content type="html">&lt;p&gt;Yesterday the State Department announced that it was suspending security assistance.&lt;/p&gt;</content></entry>
</feed>
"""


def test_a_feed_item_whose_title_cleaning_drops_is_still_dated_by_its_stamp(tmp_path):
    found = _found(_doc(tmp_path, "feed.xml.txt", ATOM))
    assert found["Monday"] == ("2019-07-22", "2019-07-22") and found["Yesterday"] == ("2018-01-04", "2018-01-04")


def test_merged_anchors_prefer_cleanings_start_at_a_shared_paragraph():
    got = corpus._merged_anchors([0, 10, 20], [(1, "2023-09-19", 5)], [(1, "2023-09-20", 0), (2, "", 0)])
    assert got == ((10, "2023-09-19", 5), (20, "", 0))


def test_xmldocs_leaves_other_vocabularies_to_the_other_readers():
    import lxml.etree
    assert xmldocs.read(lxml.etree.fromstring(b"<root><a>text</a></root>"), structured._read_csv) is None
    # (any other XML document is read as its visible text since the thirty-first round, GUIDELINES 8.29)
    other = structured.read("<?xml version='1.0'?><notes><note>one</note><note>two</note></notes>")
    assert (other.kind, other.text) == ("xml", "one\n\ntwo\n")


# the fresh-eyed review's findings, each now a test


def test_a_denial_reaches_only_the_time_right_after_its_verb():
    assert _events("The US suffered no casualties in the raid on 2 May 2011.", "2024-03-03") != []
    assert _events("Washington voiced no concern over the nuclear tests of May 1998.", "2024-03-03") != []
    assert _events("Kux never doubted that Pakistan joined SEATO in 1954.", "2024-03-03") != []
    assert _events("The money was never disbursed in 2012.", "2024-03-03") == []
    assert _events("Aid was never cut off in 2011.", "2024-03-03") == []
    assert _events("No comparable authorization has been enacted since 2014.", "2024-03-03") == []  # (its "since" is the time's)


def test_past_modals_past_waits_and_clauses_do_not_make_a_weekday_future():
    for text in ("The government should have responded on Monday.", "I can confirm that on Monday the ambassador met Khan.",
                 "Officials did not comment until Monday."):
        assert [(t.value_start) for t in tag(text, "2024-03-05")] == ["2024-03-04"], text
    assert [t.value_start for t in tag("Hold the piece till Monday.", "2024-03-05")] == ["2024-03-11"]


def test_a_chronology_line_with_a_dash_keeps_its_year_a_linked_authors_book_does_not():
    got = {t.text for t in tag("SEATO — Pakistan Joins the Pact (1954)\n\n[[Kux]] — Disenchanted Allies (2001)\n", "2024-03-05")}
    assert "1954" in got and "2001" not in got


def test_a_bbcode_topic_with_spaced_names_subject_lines_and_an_open_quote():
    topic = bbcode.read("Did the US cut off aid in 2018?\n\nPost by ahmed_k » Tue Mar 05, 2024 9:12 pm\n"
                        "Did the [b]US[/b] stop aid in 2018?\n\nRe: Did the US cut off aid in 2018?\n"
                        "Post by Sarah Jones » Wed Mar 06, 2024 10:00 am\n[quote=ahmed_k]Did the US stop aid\n\n"
                        "No. Only security aid stopped, on 4 January 2018.\n\nRe: Did the US cut off aid in 2018?\n"
                        "Post by troll99 » Thu Mar 07, 2024 10:00 am\nFake news [spoiler]lol[/spoiler]\n")
    assert "No. Only security aid stopped, on 4 January 2018." in topic.text  # Sarah Jones answers
    assert "Re:" not in topic.text and "troll99" not in topic.text and "Fake news" not in topic.text
    assert [d for d, _, _ in topic.entries] == ["2024-03-05", "2024-03-06"]


def test_an_ass_script_saved_with_crlf_and_a_subtitle_style_that_is_no_card():
    crlf = ASS.replace("\n", "\r\n")
    assert captions.is_ass(crlf) and captions.read_ass(crlf).date == "2021-10-14"
    script = ASS + ("Dialogue: 0,0:11:00.00,0:11:02.00,Subtitle,,0,0,0,,Security aid was suspended\n"
                    "Dialogue: 0,0:11:02.00,0:11:04.00,Subtitle,,0,0,0,,on 4 January 2018, officials said.\n")
    assert "Security aid was suspended on 4 January 2018, officials said." in captions.read_ass(script).text
    # a WebVTT note's release of the transcript does not outrank its posting date
    vtt = "WEBVTT\n\nNOTE Posted 2 April 2024 by the embassy.\nTranscript released 9 April 2024.\n\n00:00.000 --> 00:02.000\nHello.\n"
    assert captions.read(vtt).date == "2024-04-02"


def test_a_word_text_box_is_read_once_and_hidden_runs_are_not_read():
    box = ('<w:p><w:r><w:t>Aid was suspended in January 2018.</w:t></w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
           '<mc:Choice Requires="wps"><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>Box line one.</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r></mc:Choice>'
           '<mc:Fallback><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>Box line one.</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></mc:Fallback>'
           '</mc:AlternateContent></w:p><w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDEN TEXT</w:t></w:r><w:r><w:t>Visible.</w:t></w:r></w:p>')
    s = structured.read(f'<?xml version="1.0"?><w:document {W}><w:body>{box}</w:body></w:document>')
    assert s.text == "Aid was suspended in January 2018.\n\nBox line one.\n\nVisible.\n"


def test_docbook_names_inside_a_paragraph_stay_and_a_merged_excel_cell_keeps_its_columns():
    s = structured.read('<article xmlns="http://docbook.org/ns/docbook" version="5.0"><para>The <orgname>Coalition Support '
                        'Fund</orgname> paid out on <date>4 January 2018</date>.</para></article>')
    assert s.text == "The Coalition Support Fund paid out on 4 January 2018.\n"
    merged = XLS.replace(_row("FY2011", "1200", "1100", "3600", ""),
                         '<Row><Cell><Data ss:Type="String">FY2011</Data></Cell><Cell ss:MergeAcross="2"><Data ss:Type="String">n/a</Data></Cell>'
                         '<Cell><Data ss:Type="String">Aid was withheld after the raid of 2 May 2011.</Data></Cell></Row>\n')
    assert "Aid was withheld after the raid of 2 May 2011." in structured.read(merged).text


def test_an_sms_backups_phone_numbers_are_not_text():
    s = structured.read(SMS.replace('address="+923004417729"', 'address="+92 300 441 7729" service_center="+92 300 0000 122"'))
    assert "+92" not in s.text


def test_an_excel_workbooks_sheets_are_separate_paragraphs():
    text = structured.read(XLS).text
    assert "Peak year: total appropriations came to about $4.5 billion.\n\nAbbottabad raid" in text


def test_a_bbcode_lists_items_are_lines_of_their_own():
    topic = bbcode.read(BB.replace("[*]Civilian aid went on\n", "[*]Civilian aid went on\n[*]Reimbursements were held up[/*]\n"))
    assert "Civilian aid went on\n\nReimbursements were held up\n" in topic.text


def test_an_ssa_scripts_own_field_order_is_followed():
    ssa = ASS.replace("Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
                      "Format: Marked, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text")
    ssa = ssa.replace("Dialogue: 0,", "Dialogue: Marked=0,")
    assert "Farhan Qureshi: Last month they told us he had immunity." in captions.read_ass(ssa).text
    short = ("[Script Info]\nTitle: x\n\n[Events]\nFormat: Start, End, Style, Name, Text\n"
             "Dialogue: 0:01:52.30,0:01:57.00,Interview,Farhan Qureshi,Last month, they said, he had immunity.\n")
    assert captions.read_ass(short).text == "Farhan Qureshi: Last month, they said, he had immunity.\n"


def test_several_forwarded_posts_each_date_their_own_item_and_none_the_page(tmp_path):
    d = _doc(tmp_path, "digest.txt", "Channel digest\n\n"
             "[Forwarded from Islamabad Policy Watch · originally posted 02.05.2023]\n"
             "The State Department said yesterday it would keep funding flood relief.\n\n"
             "[Forwarded from Dawn Updates · originally posted 09.05.2023]\n"
             "Imran Khan was arrested yesterday at the Islamabad High Court.\n")
    assert d.published == ""
    assert [v for _, v, _ in d.anchors] == ["2023-05-02", "2023-05-09"]
