"""Rules of the thirty-third round (GUIDELINES 8.31), each on texts written for the tests: a WARC
capture, a database dump, a Project Gutenberg e-book, an OpenAlex response, a MediaWiki parse
response, a Trello board, a canvas board's Markdown cards, an ELAN transcription, MARCXML records,
a Zoom transcript's title line; and the time rules the round added."""
import json

from usp_research import decode, gutenberg, sqldump, structured, warc
from usp_research.timex import tag

from test_round23 import _doc


def _tags(text, pub="2024-02-04"):
    return {text[t.start:t.end]: (t.value_start, t.value_end) for t in tag(text, pub)}


def _raw(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return decode.read(p)


def _found(d):
    return {d.text[t.start:t.end]: (t.value_start, t.value_end)
            for t in tag(d.text, d.published or None, anchors=[(s, v) for s, v, _ in d.anchors])}


PAGE = """<!DOCTYPE html><html><head><title>Aid talks resume | The Ledger</title>
<meta property="article:published_time" content="2024-03-12T09:00:00+05:00"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Aid talks resume</h1>
<p>ISLAMABAD: Pakistani and American officials resumed talks on development aid on Monday, officials said.</p>
<p>The talks had stalled after the floods of 2022, when Washington pledged more than $200 million in relief.</p>
</article><footer>Copyright 2024</footer></body></html>
"""

WARC = ("WARC/1.1\r\nWARC-Type: warcinfo\r\nWARC-Date: 2025-02-03T07:41:19Z\r\nContent-Type: application/warc-fields\r\n"
        "Content-Length: 40\r\n\r\nsoftware: Heritrix/3.4.0\r\nformat: WARC 1.1\r\n\r\n\r\n"
        "WARC/1.1\r\nWARC-Type: request\r\nWARC-Date: 2025-02-03T07:42:05Z\r\nContent-Length: 30\r\n\r\n"
        "GET /a HTTP/1.1\r\nHost: example.pk\r\n\r\n\r\n"
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Date: 2025-02-03T07:42:05Z\r\n"
        "Content-Type: application/http; msgtype=response\r\nContent-Length: 9\r\n\r\n"  # (a wrong length: not trusted)
        "HTTP/1.1 200 OK\r\nDate: Mon, 03 Feb 2025 07:42:05 GMT\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        + PAGE.replace("\n", "\r\n") +
        "\r\n\r\nWARC/1.1\r\nWARC-Type: metadata\r\nWARC-Date: 2025-02-03T07:42:05Z\r\nContent-Length: 20\r\n\r\n"
        "outlink: https://example.pk/b\r\n")


def test_a_warc_capture_reads_the_archived_page_dated_by_the_page_not_the_crawl(tmp_path):
    assert warc.is_warc(WARC) and not warc.is_warc("Notes on WARC/1.1 files\n\nWARC/1.1 is a format.")
    assert "resumed talks on development aid" in warc.page_html(WARC)
    d = _doc(tmp_path, "capture.warc.txt", WARC)
    assert "resumed talks on development aid on Monday" in d.text
    assert "Heritrix" not in d.text and "WARC-Date" not in d.text and "HTTP/1.1" not in d.text and "Home" not in d.text
    assert d.published == "2024-03-12"
    assert _found(d)["Monday"] == ("2024-03-11", "2024-03-11")
    assert warc.page_html(WARC.replace("text/html", "image/jpeg")) is None  # (no page archived: not read as one)


DUMP = r"""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: db    Database: news
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS `articles`;
CREATE TABLE `articles` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `headline` varchar(255) NOT NULL,
  `body` mediumtext NOT NULL,
  `author` varchar(120) DEFAULT NULL,
  `published_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_pub` (`published_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
LOCK TABLES `articles` WRITE;
INSERT INTO `articles` VALUES (1,'Talks resume in Islamabad','<p>Officials said on Monday that Pakistan\'s talks with the \"donors\" would resume.</p>\r\n<p>It''s the first round since 2022.</p>','A. Reporter','2024-01-04 08:00:00','2024-01-05 11:00:00'),(2,'Relief flights begin','<p>US helicopters began relief flights on Friday.</p>',NULL,'2024-02-19 07:45:00',NULL);
UNLOCK TABLES;
CREATE TABLE `tags` (
  `id` smallint NOT NULL,
  `name` varchar(120) NOT NULL,
  `created_at` datetime DEFAULT NULL
) ENGINE=InnoDB;
INSERT INTO `tags` VALUES (1,'US aid','2019-06-11 10:02:44');
-- Dump completed on 2024-03-05  2:00:14
"""


def test_a_database_dump_reads_each_rows_text_dated_by_its_publication_column(tmp_path):
    assert sqldump.is_dump(DUMP) and not sqldump.is_dump("-- a SQL tutorial\nSELECT * FROM articles;\n")
    rows = sqldump.tables(DUMP)
    assert [r["id"] for r in rows["articles"]] == ["1", "2"] and rows["articles"][1]["author"] is None
    assert "Pakistan's talks with the \"donors\"" in rows["articles"][0]["body"] and "It's the first" in rows["articles"][0]["body"]
    assert "\r\n" in rows["articles"][0]["body"]
    read = sqldump.read(DUMP)
    assert [e[0] for e in read.entries] == ["2024-01-04", "2024-02-19"]
    assert "Talks resume in Islamabad" in read.text and "<p>" not in read.text
    assert "Dump completed" not in read.text and "US aid" not in read.text and "CREATE TABLE" not in read.text
    found = _found(_doc(tmp_path, "dump.sql.txt", DUMP))
    assert found["Monday"] == ("2024-01-01", "2024-01-01") and found["Friday"] == ("2024-02-16", "2024-02-16")
    assert sqldump.read(DUMP.replace("'A. Reporter'", "'A. Reporter")) is None  # (an unterminated string: not rows)


BOOK = """The Project Gutenberg eBook of Partners in Security

This ebook is for the use of anyone anywhere in the United States.

Title: Partners in Security

Release date: March 4, 2021 [eBook #64712]
                Most recently updated: October 18, 2024

*** START OF THE PROJECT GUTENBERG EBOOK PARTNERS IN SECURITY ***


                          [Illustration: SEAL]

                                FOREWORD

Pakistan came into being on August 14, 1947, and the United States
established relations with the new state in October of that year.[1]


[1] See the _Department of State Bulletin_, August 24, 1947,
p. 395.

Economic cooperation began early in 1951.


Transcriber's Notes:

Obvious errors were corrected on June 2, 2020.

*** END OF THE PROJECT GUTENBERG EBOOK PARTNERS IN SECURITY ***

Updated editions will replace the previous one.
"""


def test_a_gutenberg_ebook_reads_the_book_without_the_projects_wrapper_or_its_footnotes(tmp_path):
    assert gutenberg.is_gutenberg(BOOK) and not gutenberg.is_gutenberg("Read it on Project Gutenberg.\n")
    book = gutenberg.read(BOOK)
    assert book.title == "Partners in Security"
    assert "Pakistan came into being" in book.text and "Economic cooperation began early in 1951." in book.text
    for gone in ("Release date", "October 18, 2024", "August 24, 1947", "Illustration", "June 2, 2020", "Updated editions"):
        assert gone not in book.text
    found = _found(_doc(tmp_path, "book.txt", BOOK))
    assert "March 4, 2021" not in found and found["early in 1951"] == ("1951-01", "1951-04")


def test_an_inverted_index_abstract_is_read_as_its_text_and_a_table_of_counts_is_not():
    works = {"results": [
        {"title": "Aid and alliance", "publication_date": "2019-03-12",
         "abstract_inverted_index": {"Aid": [0], "fell": [1], "after": [2], "2011": [3], "and": [4], "rose": [5, 7], "never": [6]}},
        {"title": "Floods and gratitude", "publication_date": "2023-08-15",
         "abstract_inverted_index": {"Relief": [0], "came": [1], "in": [2], "August": [3], "2010.": [4]}}]}
    read = structured.read(json.dumps(works))
    assert "Aid fell after 2011 and rose never rose" in read.text and "Relief came in August 2010." in read.text
    assert [e[0] for e in read.entries] == ["2019-03-12", "2023-08-15"]
    counts = {"Pakistan": [3, 3], "aid": [1, 1], "India": [2, 2]}  # (two words at one position: no text)
    assert structured._reassembled(counts) == counts
    assert structured._reassembled({"text": {"*": "<p>Hello there.</p>"}}) == {"text": "<p>Hello there.</p>"}


PARSE = {"parse": {"title": "Pakistan–United States relations", "pageid": 1, "revid": 2, "text": {"*": (
    '<div class="mw-parser-output"><h2>Decline</h2>'
    '<table class="infobox"><tr><th>Peak year</th><td>FY2010 (US$4.5 billion)</td></tr></table>'
    '<p>In January 2018 the Trump administration suspended most security assistance.<sup>[1]</sup></p></div>')},
    "categories": [{"*": "Articles containing potentially dated statements from June 2024"}]}}


def test_a_mediawiki_parse_response_reads_its_rendered_text_with_tables_as_table_rows(tmp_path):
    read = structured.read(json.dumps(PARSE))
    assert "In January 2018 the Trump administration suspended most security assistance." in read.text
    assert "| Peak year | FY2010 (US$4.5 billion) |" in read.text.split("\n\n")  # (a row: table matter, not prose)
    d = _doc(tmp_path, "parse.json.txt", json.dumps(PARSE))
    assert "FY2010" not in d.text and "In January 2018" in d.text


BOARD = {"name": "Fact-check board", "desc": "Check every figure against the CRS table for FY2002–FY2018.",
         "lists": [{"id": "l1", "name": "Done"}],
         "cards": [{"id": "c1", "name": "Op-ed: the military share", "desc": "**Source:** an op-ed\n\nOver 70% was military.",
                    "due": "2024-11-29T12:00:00.000Z", "idList": "l1"},
                   {"id": "c2", "name": "Archived card", "desc": "Gone since 2019.", "closed": True}],
         "actions": [{"type": "commentCard", "date": "2024-12-02T13:20:05.000Z",
                      "data": {"text": "Spoke to the author yesterday.", "card": {"id": "c1", "name": "Op-ed"}}},
                     {"type": "commentCard", "date": "2024-11-20T08:31:40.000Z",
                      "data": {"text": "Ran the numbers today.", "card": {"id": "c1", "name": "Op-ed"}}},
                     {"type": "createCard", "date": "2024-11-18T09:00:00.000Z", "data": {"card": {"id": "c1"}}}],
         "checklists": [{"id": "k1", "idCard": "c1", "name": "Steps", "checkItems": [{"name": "Ask which years she meant"}]}]}


def test_a_trello_board_reads_cards_and_their_comments_oldest_first_each_dated(tmp_path):
    read = structured.read(json.dumps(BOARD))
    paragraphs = read.text.strip().split("\n\n")
    assert paragraphs[0] == "Check every figure against the CRS table for FY2002–FY2018."
    assert paragraphs.index("Ran the numbers today.") < paragraphs.index("Spoke to the author yesterday.")
    assert "Ask which years she meant" in paragraphs and "Gone since 2019." not in read.text and "Done" not in paragraphs
    assert ("2024-11-18", "**Source:** an op-ed", "Ask which years she meant") in read.entries
    found = _found(_doc(tmp_path, "board.json.txt", json.dumps(BOARD)))
    assert found["yesterday"] == ("2024-12-01", "2024-12-01") and found["today"] == ("2024-11-20", "2024-11-20")


def test_a_canvas_cards_markdown_heading_and_bullets_are_lines_of_their_own():
    canvas = {"nodes": [{"id": "a", "type": "group", "label": "1950s–60s · alliance years"},
                        {"id": "b", "type": "text", "text": "## Joining the West\n- Agreement signed **19 May 1954**\n- Joined SEATO Sept 1954"}],
              "edges": [{"id": "e", "fromNode": "a", "toNode": "b", "label": "led to"}]}
    paragraphs = structured.read(json.dumps(canvas)).text.strip().split("\n\n")
    assert "Joining the West" in paragraphs and "- Agreement signed **19 May 1954**" in paragraphs
    assert structured._note_lines("One line,\nwrapped here.") == ["One line,\nwrapped here."]
    assert structured._note_lines("# Not a list\nJust a heading over prose.") == ["# Not a list\nJust a heading over prose."]


ELAN = """<?xml version="1.0" encoding="UTF-8"?>
<ANNOTATION_DOCUMENT AUTHOR="S. Kamran" DATE="2023-06-21T16:42:10+05:00" FORMAT="3.0" VERSION="3.0">
 <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds">
  <PROPERTY NAME="recording_date">2023-03-09</PROPERTY>
  <PROPERTY NAME="transcription">First pass 2023-04-02</PROPERTY>
 </HEADER>
 <TIME_ORDER>
  <TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="0"/><TIME_SLOT TIME_SLOT_ID="ts2" TIME_VALUE="4000"/>
  <TIME_SLOT TIME_SLOT_ID="ts3" TIME_VALUE="5000"/><TIME_SLOT TIME_SLOT_ID="ts4" TIME_VALUE="9000"/>
  <TIME_SLOT TIME_SLOT_ID="ts5" TIME_VALUE="10000"/><TIME_SLOT TIME_SLOT_ID="ts6" TIME_VALUE="12000"/>
 </TIME_ORDER>
 <TIER TIER_ID="Interviewer" PARTICIPANT="S. Kamran">
  <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts2"><ANNOTATION_VALUE>Where were you posted first?</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
  <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a2" TIME_SLOT_REF1="ts5" TIME_SLOT_REF2="ts6"><ANNOTATION_VALUE>And last year?</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
 </TIER>
 <TIER TIER_ID="Narrator" PARTICIPANT="K. Awan">
  <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a3" TIME_SLOT_REF1="ts3" TIME_SLOT_REF2="ts4"><ANNOTATION_VALUE>Tehran, in 1979, as the revolution began.</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
 </TIER>
 <TIER TIER_ID="Notes" PARENT_REF="Narrator">
  <ANNOTATION><REF_ANNOTATION ANNOTATION_ID="a4" ANNOTATION_REF="a3"><ANNOTATION_VALUE>[narrator means 1978]</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>
 </TIER>
</ANNOTATION_DOCUMENT>
"""


def test_an_elan_transcription_reads_the_turns_in_time_order_dated_by_the_recording(tmp_path):
    raw = _raw(tmp_path, "interview.eaf.txt", ELAN)
    assert raw.text.strip().split("\n\n") == ["Where were you posted first?", "Tehran, in 1979, as the revolution began.",
                                             "And last year?"]
    assert raw.html_meta["date"] == "2023-03-09" and "1978" not in raw.text
    assert _found(_doc(tmp_path, "interview.eaf.txt", ELAN))["last year"] == ("2022", "2022")


MARC = """<?xml version="1.0" encoding="UTF-8"?>
<collection xmlns="http://www.loc.gov/MARC21/slim">
 <record>
  <leader>01998cam a2200433 i 4500</leader>
  <controlfield tag="005">20211119084512.0</controlfield>
  <datafield tag="245" ind1="1" ind2="0"><subfield code="a">The United States and Pakistan, 1947-2000 :</subfield></datafield>
  <datafield tag="264" ind1=" " ind2="1"><subfield code="a">Washington :</subfield><subfield code="c">2019.</subfield></datafield>
  <datafield tag="500" ind1=" " ind2=" "><subfield code="a">Title from PDF title page (viewed May 22, 2019).</subfield></datafield>
  <datafield tag="500" ind1=" " ind2=" "><subfield code="a">"Updated March 12, 2019."</subfield></datafield>
  <datafield tag="520" ind1=" " ind2=" "><subfield code="a">Reviews relations after aid was suspended last year.</subfield></datafield>
  <datafield tag="650" ind1=" " ind2="0"><subfield code="a">Economic assistance</subfield><subfield code="y">21st century.</subfield></datafield>
 </record>
 <record>
  <datafield tag="260" ind1=" " ind2=" "><subfield code="c">c2011.</subfield></datafield>
  <datafield tag="500" ind1=" " ind2=" "><subfield code="a">"April 2020"--Cover.</subfield></datafield>
  <datafield tag="520" ind1=" " ind2=" "><subfield code="a">Documents the floods of that summer and the relief this year.</subfield></datafield>
 </record>
</collection>
"""


def test_marcxml_records_read_their_summaries_dated_by_imprint_and_a_date_note_of_that_year(tmp_path):
    raw = _raw(tmp_path, "records.xml.txt", MARC)
    assert raw.text.strip().split("\n\n") == ["Reviews relations after aid was suspended last year.",
                                             "Documents the floods of that summer and the relief this year."]
    assert [e[0] for e in raw.entries] == ["2019-03-12", "2011"]  # (a note of another year does not date the item)
    found = _found(_doc(tmp_path, "records.xml.txt", MARC))
    assert found["last year"] == ("2018", "2018") and found["this year"] == ("2011", "2011")


def test_a_meetings_title_line_dates_its_transcript(tmp_path):
    text = ("Aid After Kabul — Zoom webinar, Thu Oct 17 2024 10:00 AM Eastern Time (US and Canada) — Policy Forum\n\n"
            "[Host] 00:00:04\nGood morning, and welcome to today's webinar on aid to Pakistan after the withdrawal.\n\n"
            "[Guest] 00:01:10\nLast year our exports to the United States were about five billion dollars.\n")
    d = _doc(tmp_path, "webinar.txt", text)
    assert d.published == "2024-10-17"
    assert _found(d)["Last year"] == ("2023", "2023")


def test_a_day_written_as_an_ordinal_word_is_a_date():
    found = _tags("Musharraf took over on the twelfth of October 1999, and on the twenty-second of September 2001 "
                  "the sanctions were waived; the thirty-first of December 1999 passed quietly.")
    assert found["twelfth of October 1999"] == ("1999-10-12", "1999-10-12")
    assert found["twenty-second of September 2001"] == ("2001-09-22", "2001-09-22")
    assert found["thirty-first of December 1999"] == ("1999-12-31", "1999-12-31")
    assert "the twentieth century" in _tags("Ideas of the twentieth century and the first quarter of 2020.")
    assert _tags("a first of many")  == {}


def test_early_in_a_year_is_its_first_third_and_us_fiscal_years_before_1977_ran_july_to_june():
    assert _tags("Cooperation began early in 1951, and late in 2019 it ended.") == {
        "early in 1951": ("1951-01", "1951-04"), "late in 2019": ("2019-09", "2019-12")}
    found = _tags("American aid at the close of fiscal year 1959, the end of FY1976 and the end of FY2014.", "1959-08")
    assert found["the close of fiscal year 1959"] == ("1959-06", "1959-06")
    assert found["the end of FY1976"] == ("1976-06", "1976-06") and found["the end of FY2014"] == ("2014-09", "2014-09")
    uk = _tags("The UK government's spending in the first quarter of fiscal year 1975 fell.", "1980-01")
    assert uk["the first quarter of fiscal year 1975"] == ("1974-10", "1974-12")  # (no US text: not the US's July year)


def test_a_span_in_what_a_dated_statement_reports_counts_from_the_statement():
    text = ("On January 1, 2018, President Trump wrote on Twitter that the United States had given Pakistan "
            "more than 33 billion dollars in aid over the last 15 years.")
    assert _tags(text, "2024-01-04")["over the last 15 years"] == ("2003", "2018-01-01")
    plain = "On January 1, 2018, aid was cut. Over the last 15 years Pakistan received more than 33 billion dollars."
    assert _tags(plain, "2024-01-04")["Over the last 15 years"] == ("2009", "2024-01-04")  # (no statement: the publication)
    unsaid = "On January 1, 2018, aid that had been given over the last 15 years was cut."
    assert _tags(unsaid, "2024-01-04")["over the last 15 years"] == ("2009", "2024-01-04")


# --- the fresh-eyed review's findings, each on the input that showed it ---

def test_a_meeting_title_rule_needs_the_platform_and_leaves_a_sentence_about_a_meeting_alone(tmp_path):
    body = ("The provincial cabinet approved the relief package at its monthly meeting, Tuesday, March 5, 2024 after a "
            "long debate over how the money would be shared between the districts.\n\nOfficials said more aid would follow.\n")
    d = _doc(tmp_path, "story.txt", body)
    assert d.published == "" and "monthly meeting" in d.text
    zoom = "Budget Outlook 2025 - Zoom Meeting, 17 October 2024 10:00 AM Eastern Time (US and Canada)\n\n" + body
    assert _doc(tmp_path, "zoom.txt", zoom).published == "2024-10-17"


def test_gutenberg_notes_at_the_top_brackets_that_are_not_notes_and_wrapped_markers():
    top = BOOK.replace("                          [Illustration: SEAL]",
                       "Transcriber's Note: Italic text is shown as _underscores_.\n\n[A room in the palace.]")
    book = gutenberg.read(top)
    assert "Pakistan came into being" in book.text and "Italic text" not in book.text
    assert "[A room in the palace.]" in book.text
    wrapped = BOOK.replace("*** START OF THE PROJECT GUTENBERG EBOOK PARTNERS IN SECURITY ***",
                           "*** START OF THE PROJECT GUTENBERG EBOOK PARTNERS IN\nSECURITY ***")
    assert gutenberg.is_gutenberg(wrapped) and "Release date" not in gutenberg.read(wrapped).text


def test_a_trello_board_with_odd_values_and_an_archived_list_reads_without_a_traceback():
    board = json.loads(json.dumps(BOARD))
    board["lists"].append({"id": "l0", "name": "Old plans", "closed": True})
    board["cards"].append({"id": "c3", "name": "Abandoned plan", "desc": "Never done.", "idList": "l0"})
    board["actions"].append({"type": "commentCard", "date": None, "data": {"text": "Undated remark.", "card": {"id": "c1"}}})
    board["checklists"][0]["checkItems"].append({"name": 12})
    read = structured.read(json.dumps(board))
    assert "Undated remark." in read.text and "Never done." not in read.text and "Abandoned plan" not in read.text


def test_a_warc_capture_skips_a_redirect_dechunks_and_refuses_one_without_a_page(tmp_path):
    redirect = ("WARC/1.1\r\nWARC-Type: response\r\n\r\nHTTP/1.1 301 Moved Permanently\r\nContent-Type: text/html\r\n\r\n"
                "<html><body><h1>Moved Permanently</h1></body></html>\r\n\r\n")
    assert "resumed talks" in warc.page_html(redirect + WARC)
    chunked = ("WARC/1.1\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
               "Transfer-Encoding: chunked\r\n\r\n5\r\n<p>Ai\r\n9\r\nd talks.<\r\n3\r\n/p>\r\n0\r\n\r\n")
    assert warc.page_html(chunked) == "<p>Aid talks.</p>"
    miscounted = chunked.replace("\r\n5\r\n", "\r\n7\r\n")  # (a hand-edited capture: its size lines still go)
    assert warc.page_html(miscounted).strip() == "<p>Aid talks.</p>"
    try:
        _raw(tmp_path, "pdf.warc.txt", WARC.replace("text/html", "application/pdf"))
    except decode.InputError as exc:
        assert "no readable HTML page" in str(exc)
    else:
        raise AssertionError("a capture without a page was read as text")


def test_a_dump_reads_past_an_unreadable_statement_binary_values_postgres_strings_and_copy_blocks(tmp_path):
    binary = DUMP.replace("'A. Reporter','2024-01-04", "_binary 'A. Reporter','2024-01-04")
    assert [e[0] for e in sqldump.read(binary).entries] == ["2024-01-04", "2024-02-19"]
    broken = DUMP.replace("INSERT INTO `tags` VALUES (1,'US aid'", "INSERT INTO `tags` VALUES (1,'US aid' 'x'")
    assert len(sqldump.tables(broken)["articles"]) == 2 and "tags" not in sqldump.tables(broken)
    pg = ("--\n-- PostgreSQL database dump\n--\nSET standard_conforming_strings = on;\n"
          "CREATE TABLE public.articles (\n    id integer NOT NULL,\n    body text,\n    published_at timestamp\n);\n"
          "INSERT INTO public.articles VALUES (1, 'Files were saved under C:\\reports\\ by the district office.', '2019-03-03 10:00:00');\n"
          "INSERT INTO public.articles VALUES (2, E'Relief came on Sunday.\\nMore followed.', '2019-03-05 10:00:00');\n")
    rows = sqldump.tables(pg)["articles"]
    assert rows[0]["body"] == "Files were saved under C:\\reports\\ by the district office." and rows[1]["body"] == "Relief came on Sunday.\nMore followed."
    copy = ("--\n-- PostgreSQL database dump\n--\nCOPY public.articles (id, headline, body, published_at) FROM stdin;\n"
            "1\tFlood waters recede\tThe river fell by a metre on Sunday.\\nFamilies began to return.\t2019-03-03 10:00:00\n"
            "2\tSchools reopen\t\\N\t2019-03-05 09:00:00\n\\.\n")
    assert sqldump.is_dump(copy)
    rows = sqldump.tables(copy)["articles"]
    assert rows[0]["body"] == "The river fell by a metre on Sunday.\nFamilies began to return." and rows[1]["body"] is None
    try:
        _raw(tmp_path, "numbers.sql.txt", "-- MySQL dump 10.13\nINSERT INTO `t` VALUES (1,2),(3,4);\n")
    except decode.InputError as exc:
        assert "no row with text" in str(exc)
    else:
        raise AssertionError("a dump without text rows was read as its SQL")


def test_a_readme_with_capital_headings_is_no_screenplay_and_a_headings_hour_is_no_year():
    from usp_research import fountain
    readme = ("SETUP\nCopy the two files into your home folder and reload the shell.\n\n.bashrc\n\n.profile\n\n"
              "USAGE\nOpen a new terminal and type the command shown below.\n")
    assert not fountain.is_fountain(readme)
    script = ("Title: Night Watch\nDraft date: 12 May 2015\n\nINT. OPERATIONS ROOM - 1800\n\nA clock ticks.\n\n"
              "MAJOR KHAN\nWe wait for the convoy.\n\nEXT. COMPOUND - 2100\n\nDogs bark.\n\nMAJOR KHAN\nNot yet.\n")
    read = fountain.read(script)
    assert fountain.is_fountain(script) and read.entries == () and read.date == "2015-05-12"


def test_a_single_openalex_work_and_an_index_that_is_no_text():
    work = {"id": "W1", "title": "Floods and politics", "publication_date": "2012-05-01",
            "abstract_inverted_index": {"The": [0], "2010": [1], "floods": [2], "reshaped": [3], "politics.": [4]}}
    assert "The 2010 floods reshaped politics." in structured.read(json.dumps(work)).text
    ids = {"title": "Reading notes", "text": {"relief": [4], "rebuilding": [9], "health": [12]}}
    assert "relief rebuilding health" not in (structured.read(json.dumps(ids)) or structured.Structured("", "")).text


def test_a_table_cells_paragraphs_stay_in_their_row():
    html = "<p>Funds released:</p><table><tr><td><p>Sindh</p></td><td><p>Rs 5 billion</p></td></tr></table>"
    assert structured.html_paragraphs(html) == ["Funds released:", "| Sindh | Rs 5 billion |"]


def test_a_fraction_of_a_month_is_no_day_and_a_statement_span_needs_its_own_clause():
    assert _tags("Air traffic fell to a third of March 2019 levels.") == {"March 2019": ("2019-03", "2019-03")}
    assert _tags("Trump wrote on January 1, 2018 that Pakistan had been given 33 billion dollars over the last 15 "
                 "years.", "2024-01-04")["over the last 15 years"] == ("2003", "2018-01-01")
    assert _tags("On 5 March 1998, the minister said in an interview that aid had fallen over the past decade.",
                 "2024-01-04")["over the past decade"] == ("1988", "1998-03-05")
    other = ("The dam was completed on 2 June 1975, and engineers told the committee that silting had worsened over "
             "the last five years.")
    assert _tags(other, "2024-01-04")["over the last five years"] == ("2019", "2024-01-04")


def test_an_elan_turn_on_an_unaligned_slot_keeps_its_place_and_a_numeric_recording_date_is_read(tmp_path):
    eaf = (ELAN.replace('<TIME_SLOT TIME_SLOT_ID="ts3" TIME_VALUE="5000"/>', '<TIME_SLOT TIME_SLOT_ID="ts3"/>')
           .replace("<PROPERTY NAME=\"recording_date\">2023-03-09</PROPERTY>", "<PROPERTY NAME=\"Recording date\">14/03/2019</PROPERTY>"))
    raw = _raw(tmp_path, "unaligned.eaf.txt", eaf)
    assert raw.text.strip().split("\n\n")[:2] == ["Where were you posted first?", "Tehran, in 1979, as the revolution began."]
    assert raw.html_meta["date"] == "2019-03-14"
