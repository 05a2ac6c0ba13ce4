"""Rules of the thirty-second round (GUIDELINES 8.30), each on texts written for the tests: a
Factiva export, a ProQuest export, a NewsML-G2 item, a MediaWiki export, an XLIFF translation,
an OpenDocument content.xml, PowerPoint slide and notes parts saved in one file, TTML captions,
a Bluesky thread, a Hacker News item, Google Keep notes, a DokuWiki page; and the time, event
and money rules the round added."""
import json

from usp_research import dokuwiki, exports, structured
from usp_research.segment import split_sentences
from usp_research.timex import tag

from test_round23 import _doc, _events


def _found(d):
    return {d.text[t.start:t.end]: (t.value_start, t.value_end)
            for t in tag(d.text, d.published or None, anchors=[(s, v) for s, v, _ in d.anchors])}


def _tags(text, pub="2024-02-04"):
    return {text[t.start:t.end]: t.value_start for t in tag(text, pub)}


FACTIVA = """Factiva

Dow Jones Factiva | Documents 1-2 of 9 | Saved 4 May 2024

________________________________________________________________________________

HD  Aid talks resume in Islamabad
BY  A. Reporter
WC  120 words
PD  12 January 2024
SN  Reuters News
LP  ISLAMABAD, Jan 12 (Reuters) - U.S. and Pakistani officials resumed aid talks on Thursday, officials said.

    The talks had stalled last summer.

TD  A second round is expected in March.

CO  usgov : United States Government
AN  Document LBA0000020240112ek1c003xq

________________________________________________________________________________

HD  Envoy meets minister
PD  21 March 2024
SN  Dawn
LP  The US ambassador met the finance minister on Wednesday to discuss flood aid.

AN  Document DAWNEN0020240321ek3l0003t
"""


def test_a_factiva_export_reads_each_records_headline_and_text_dated_by_its_own_pd_field(tmp_path):
    db = exports.read(FACTIVA)
    assert exports.is_export(FACTIVA) and db.kind == "factiva"
    assert [e[0] for e in db.entries] == ["2024-01-12", "2024-03-21"]
    assert "Aid talks resume in Islamabad" in db.text and "The talks had stalled last summer." in db.text
    assert "Saved 4 May" not in db.text and "WC" not in db.text and "usgov" not in db.text and "Document LBA" not in db.text
    found = _found(_doc(tmp_path, "factiva.txt", FACTIVA))
    assert found["Thursday"] == ("2024-01-11", "2024-01-11")
    assert found["Wednesday"] == ("2024-03-20", "2024-03-20")


PROQUEST = """ProQuest document export
____________________________________________________________

Report Information from ProQuest
14 March 2024 10:27
____________________________________________________________

Document 1 of 2

Title: PRESIDENT ARRIVES IN KARACHI

Author: By A STAFF REPORTER

Abstract: The President arrives in Karachi on a good-will tour.

Full text: KARACHI, Pakistan, Dec. 7--The President flew into this port city today and was given a warm welcome.

He will fly on to Kabul on Wednesday.

Subject: Presidents; State visits

Publication date: Dec 8, 1959

Document URL: https://www.proquest.com/x

____________________________________________________________

Document 2 of 2

Title: PAKISTAN DENIES KNOWLEDGE OF FLIGHT

Full text: The Government of Pakistan said today that it had no knowledge of the flight.

Title: PAKISTAN DENIES KNOWLEDGE OF FLIGHT

Publication date: May 11, 1960
"""


def test_a_proquest_export_reads_title_abstract_and_full_text_and_dates_a_story_by_its_dateline():
    db = exports.read(PROQUEST)
    assert db.kind == "proquest"
    assert [e[0] for e in db.entries] == ["1959-12-07", "1960-05-11"]  # the dateline's day; no dateline: printed
    assert db.text.startswith("PRESIDENT ARRIVES IN KARACHI\n\nThe President arrives")
    assert "Full text:" not in db.text and "Subject" not in db.text and "14 March 2024" not in db.text
    assert db.text.count("PAKISTAN DENIES") == 1 and db.entries[1][2].startswith("The Government")  # (its title's repeat)


def test_an_old_papers_dateline_without_a_year_is_apparatus_not_a_time():
    text = "KARACHI, Pakistan, Dec. 7--The President flew into this port city today and was given a welcome."
    found = _tags(text, "1959-12-07")
    assert "Dec. 7" not in found and found["today"] == "1959-12-07"
    assert "Dec. 7" in _tags("The talks ended on Dec. 7 in Karachi.", "1959-12-20")


NEWSML = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x" version="1" standard="NewsML-G2">
  <rightsInfo><copyrightNotice>Copyright 2023 Agency.</copyrightNotice></rightsInfo>
  <itemMeta><versionCreated>2023-09-27T06:12:00Z</versionCreated><firstCreated>2023-09-27T05:40:00Z</firstCreated>
    <edNote>Refiles to add background.</edNote></itemMeta>
  <contentMeta>
    <subject qcode="medtop:1"><name>foreign aid</name></subject>
    <slugline>PAKISTAN-USA/AID</slugline>
    <headline>U.S. to rebuild schools in Pakistan</headline>
    <description role="drol:summary">Washington will fund schools destroyed in the 2022 floods, the embassy said on Wednesday.</description>
    <keyword>floods</keyword>
  </contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml">
    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>U.S. to rebuild schools</title></head>
    <body><p>The ambassador announced the grant in Karachi on Wednesday.</p></body></html>
  </inlineXML></contentSet>
</newsItem>
"""


def test_a_newsml_item_reads_headline_summary_and_body_dated_by_its_first_publication():
    s = structured.read(NEWSML)
    assert s.kind == "newsml" and s.date == "2023-09-27"
    assert s.text.split("\n\n")[:3] == ["U.S. to rebuild schools in Pakistan",
                                        "Washington will fund schools destroyed in the 2022 floods, the embassy said on Wednesday.",
                                        "The ambassador announced the grant in Karachi on Wednesday."]
    assert "foreign aid" not in s.text and "Refiles" not in s.text and "PAKISTAN-USA" not in s.text


MEDIAWIKI = """<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11">
  <siteinfo><sitename>Wikipedia</sitename><generator>MediaWiki 1.42</generator>
    <namespaces><namespace key="1">Talk</namespace></namespaces></siteinfo>
  <page>
    <title>United States aid to Pakistan</title>
    <revision>
      <id>1</id><timestamp>2024-01-19T11:03:52Z</timestamp>
      <contributor><username>Editor</username></contributor>
      <comment>/* 2018 onward */ copyedit</comment>
      <text xml:space="preserve">{{Short description|Aid}}
'''United States aid''' has flowed since the early 1950s to [[Pakistan]].&lt;ref&gt;{{cite web |date=5 July 2013}}&lt;/ref&gt;

== Cold War ==
The aid ended in October 1990 under the [[Pressler Amendment|Pressler amendment]].

[[Category:Foreign aid]]</text>
    </revision>
  </page>
</mediawiki>
"""


def test_a_mediawiki_export_reads_the_pages_rendered_text_dated_by_its_revision():
    s = structured.read(MEDIAWIKI)
    assert s.kind == "mediawiki" and s.date == "2024-01-19"
    assert "United States aid has flowed since the early 1950s to Pakistan." in s.text
    assert "under the Pressler amendment." in s.text and "Cold War" in s.text
    assert "Talk" not in s.text and "copyedit" not in s.text and "2013" not in s.text and "Category" not in s.text


XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="ur" target-language="en" datatype="plaintext" original="c.docx" date="2024-02-05T09:00:00Z">
    <header><note>Delivered 5 February 2024.</note></header>
    <body>
      <trans-unit id="1"><source xml:lang="ur">سرخی</source><target xml:lang="en">Washington and the ballot box</target>
        <note from="translator">Headline.</note></trans-unit>
      <trans-unit id="2"><source xml:lang="ur">اتوار، 4 فروری 2024</source><target xml:lang="en">Sunday, 4 February 2024</target></trans-unit>
      <trans-unit id="3"><source xml:lang="ur">متن</source><target xml:lang="en">Last month the ambassador called on the election commissioner.</target>
        <note from="translator">Literally: met.</note></trans-unit>
      <trans-unit id="4"><source xml:lang="en">An untranslated line stays as written.</source></trans-unit>
    </body>
  </file>
</xliff>
"""


def test_an_xliff_file_is_its_translations_without_sources_or_notes_and_not_dated_by_the_file(tmp_path):
    s = structured.read(XLIFF)
    assert s.kind == "xliff" and s.date == ""
    assert s.text.split("\n\n") == ["Washington and the ballot box", "Sunday, 4 February 2024",
                                    "Last month the ambassador called on the election commissioner.",
                                    "An untranslated line stays as written.\n"]
    d = _doc(tmp_path, "column.xlf.txt", XLIFF)
    assert d.published == "2024-02-04" and _found(d)["Last month"] == ("2024-01", "2024-01")


ODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<office:body><office:text>
<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>D</dc:creator>
<dc:date>2024-04-16T10:12:31</dc:date></office:change-info><text:p>Deleted: aid rose in FY2023.</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:p>Forum<text:tab/>Working Paper No. 14<text:tab/><text:date text:date-value="2024-04-18T00:00:00">18 April 2024</text:date></text:p>
<text:h text:outline-level="1">Summary</text:h>
<text:p>Pakistan was designated a major non-NATO ally<text:note text:id="n1" text:note-class="footnote"><text:note-citation>2</text:note-citation><text:note-body><text:p>By a determination of 16 June 2004.</text:p></text:note-body></text:note> in June 2004.<text:s/>It kept that status.</text:p>
</office:text></office:body></office:document-content>
"""


def test_an_odt_content_file_drops_tracked_deletions_and_note_bodies_and_is_dated_by_its_date_field():
    s = structured.read(ODT)
    assert s.date == "2024-04-18"
    assert "Deleted" not in s.text and "16 June 2004" not in s.text
    assert "Forum Working Paper No. 14 18 April 2024" in s.text
    assert "major non-NATO ally2 in June 2004. It kept that status." in s.text


def _slide(body, footer="Islamabad Conference · 12 October 2023"):
    ns = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld {ns}><p:cSld><p:spTree>'
            f'<p:sp><p:nvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:txBody>{body}</p:txBody></p:sp>'
            f'<p:sp><p:nvSpPr><p:nvPr><p:ph type="ftr"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>{footer}</a:t></a:r></a:p></p:txBody></p:sp>'
            '<p:sp><p:nvSpPr><p:nvPr><p:ph type="sldNum"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:fld type="slidenum"><a:t>1</a:t></a:fld></a:p></p:txBody></p:sp>'
            '</p:spTree></p:cSld></p:sld>\n')


def test_slide_and_notes_parts_saved_in_one_file_read_as_slides_runs_joined_dated_by_the_footer():
    notes = _slide('<a:p><a:r><a:t>The raid came on 2 May 2011, and relations never recovered.</a:t></a:r></a:p>', footer="")
    notes = notes.replace("<p:sld ", "<p:notes ").replace("</p:sld>", "</p:notes>")
    text = ("<!-- ppt/slides/slide1.xml -->\n"
            + _slide('<a:p><a:r><a:t>the War on </a:t></a:r><a:r><a:rPr b="1"/><a:t>Terror</a:t></a:r></a:p>')
            + "<!-- ppt/notesSlides/notesSlide1.xml -->\n" + notes)
    s = structured.read(text)
    assert s.kind == "pptx" and s.date == "2023-10-12"
    assert s.text.split("\n\n") == ["the War on Terror", "The raid came on 2 May 2011, and relations never recovered.\n"]


TTML = """<?xml version="1.0" encoding="UTF-8"?>
<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xmlns:tts="http://www.w3.org/ns/ttml#styling">
  <head><metadata><ttm:title>Uneasy Allies</ttm:title>
    <ttm:desc>Documentary. First broadcast on Sunday 2 May 2021 at 21:00.</ttm:desc>
    <ttm:copyright>© 2021 Films Ltd.</ttm:copyright></metadata>
    <styling><style xml:id="s1" tts:color="white"/></styling></head>
  <body><div>
    <p begin="00:00:01.000" end="00:00:04.000">NARRATOR: Ten years ago today, SEALs killed<br/>Osama bin Laden in Abbottabad.</p>
  </div></body>
</tt>
"""


def test_ttml_captions_are_dated_by_the_broadcast_their_description_names(tmp_path):
    s = structured.read(TTML)
    assert s.kind == "ttml" and s.date == "2021-05-02"
    assert "Ten years ago today, SEALs killed Osama bin Laden in Abbottabad." in s.text and "Films Ltd" not in s.text
    assert _found(_doc(tmp_path, "captions.xml.txt", TTML))["Ten years ago today"] == ("2011-05-02", "2011-05-02")


def _bsky(did, handle, text, stamp, replies=()):
    return {"$type": "app.bsky.feed.defs#threadViewPost",
            "post": {"uri": f"at://{did}/app.bsky.feed.post/x", "author": {"did": did, "handle": handle},
                     "record": {"$type": "app.bsky.feed.post", "createdAt": stamp, "text": text,
                                "embed": {"external": {"title": "A headline on 5 May 2011", "uri": "https://x.org"}}},
                     "indexedAt": stamp},
            "replies": list(replies)}


def test_a_bluesky_thread_is_its_authors_posts_each_dated_by_its_own_stamp_readers_replies_out():
    me, other = "did:plc:author", "did:plc:reader"
    own_reply = _bsky(me, "me.bsky.social", "Thanks! A thread on the Pressler years is coming next week.", "2024-03-06T09:15:27.804Z")
    reader = _bsky(other, "reader.bsky.social", "Great thread. Would love one on the 1990s next.", "2024-03-05T18:47:02.530Z", [own_reply])
    second = _bsky(me, "me.bsky.social", "Oct 1990: Bush declines to certify and aid stops.", "2024-03-05T14:24:07.137Z", [reader])
    thread = {"thread": _bsky(me, "me.bsky.social", "How much has the US given Pakistan? A thread.", "2024-03-05T14:22:10.000Z", [second])}
    s = structured.read(json.dumps(thread))
    assert "Great thread" not in s.text and "A headline" not in s.text
    assert [e[0] for e in s.entries] == ["2024-03-05", "2024-03-05", "2024-03-06"]


def test_a_hacker_news_item_keeps_the_submitters_comments_under_children_and_leaves_the_others_out():
    def item(i, author, text, stamp, children=(), **kw):
        return {"id": i, "created_at": stamp, "type": "comment", "author": author, "text": text,
                "parent_id": 1 if i != 1 else None, "children": list(children), **kw}
    thread = item(1, "sub", None, "2021-08-16T09:14:03.000Z", [
        item(2, "sub", "<p>Submitter here. Washington cut Pakistan off in October 1990.</p>", "2021-08-16T09:20:41.000Z",
             [item(3, "other", "<p>Not quite, it was 1991.</p>", "2021-08-16T10:00:00.000Z"),
              item(4, "other2", "<p>Source please.</p>", "2021-08-16T10:05:00.000Z")]),
        item(5, "sub", "<p>The Taliban entered Kabul yesterday.</p>", "2021-08-17T06:45:10.000Z")],
        title="What did twenty years of US aid to Pakistan buy?")
    thread["type"] = "story"
    s = structured.read(json.dumps(thread))
    assert "1991" not in s.text and "Source please" not in s.text
    assert "What did twenty years of US aid to Pakistan buy?" in s.text
    assert [e[0] for e in s.entries] == ["2021-08-16", "2021-08-16", "2021-08-17"]


def test_google_keep_notes_are_dated_by_their_creation_microseconds_binned_notes_out_bulleted_lines_apart():
    notes = [{"title": "Key dates", "isTrashed": False, "createdTimestampUsec": 1711647730000000,
              "userEditedTimestampUsec": 1712131200000000,
              "textContent": "Cold War phase\n• MDAA signed 19 May 1954 → Pak joins SEATO later that year\n• Aid cut in 1965"},
             {"title": "old – delete", "isTrashed": True, "createdTimestampUsec": 1700000000000000,
              "textContent": "Pressler sanctions in 1985, aid resumed in 1981."},
             {"title": "To do", "isTrashed": False, "createdTimestampUsec": 1712016000000000,
              "listContent": [{"text": "Read Kux chapter three", "isChecked": False}]}]
    s = structured.read(json.dumps(notes))
    assert "Pressler" not in s.text
    assert "Cold War phase\n\n• MDAA signed 19 May 1954 → Pak joins SEATO later that year\n\n• Aid cut in 1965" in s.text
    assert [e[0] for e in s.entries] == ["2024-03-28", "2024-04-02"]


DOKU = """~~NOTOC~~
~~META:date created = 2024-09-10~~

====== US aid to Pakistan: timeline ======

//Working page.// Back to [[projects:aid:start|project home]]

<note>Figures are CRS appropriations.</note>

===== The alliance years =====

  * **19 May 1954**: the agreement was signed in Karachi.((Kux, //Disenchanted Allies// (2001), ch. 3.))
  * **September 1965**: Washington suspended aid.

^ Fiscal year ^ Total ^
| FY2010 | 4,504 |

<code>
T-0101 | "$33 billion" | FY2003-FY2018
</code>

We expect the next update later this year.
"""


def test_a_dokuwiki_page_reads_as_rendered_notes_code_and_macros_out_dated_by_its_metadata(tmp_path):
    assert dokuwiki.is_dokuwiki(DOKU)
    page = dokuwiki.read(DOKU)
    assert page.date == "2024-09-10"
    assert "**19 May 1954**: the agreement was signed in Karachi." in page.text
    assert "Kux" not in page.text and "$33 billion" not in page.text and "NOTOC" not in page.text
    assert "Working page. Back to project home" in page.text and "Figures are CRS appropriations." in page.text
    d = _doc(tmp_path, "wiki.txt", DOKU)
    assert d.published == "2024-09-10" and _found(d)["later this year"][0].startswith("2024")


def test_a_day_number_ending_one_paragraph_is_no_day_of_the_month_opening_the_next():
    found = _tags("1/12\n\nDec 1978: Soviet troops roll into Afghanistan.")
    assert found == {"Dec 1978": "1978-12"}
    assert _tags("They met on 12\nDecember 2001 in Rome.")["12\nDecember 2001"] == "2001-12-12"  # a wrapped line


def test_a_years_with_phrase_and_a_heading_year_over_dated_items_date_their_months():
    found = _tags("Then came the terrible year of 2011, with the Abbottabad raid in May and the Salala attack in November.")
    assert found["May"] == "2011-05" and found["November"] == "2011-11"
    found = _tags("2011: the year everything broke\n\n27 January: Raymond Davis shoots two men\n\n2 May: US raid on Abbottabad")
    assert found["27 January"] == "2011-01-27" and found["2 May"] == "2011-05-02"
    assert _tags("Reports: the rules of 2011\n\n27 January is a holiday here. Nothing more.")["27 January"] == "2024-01-27"


def test_for_more_than_a_decade_afterwards_is_a_duration_not_a_time():
    assert "a decade afterwards" not in _tags("In 1954 they signed, and for more than a decade afterwards arms poured in.")
    assert _tags("In 1954 they signed; a decade afterwards it ended.")["a decade afterwards"] == "1964"


def test_everything_changed_names_no_happening_but_a_named_happening_stays():
    assert _events("Then, on 11 September 2001, everything changed.", "2021-05-02") == []
    assert _events("Then 9/11 flips everything.", "2024-03-05") == []
    assert _events("Then 9/11 happens and everything changes.", "2024-03-05") != []


def test_a_year_whose_happenings_a_with_phrase_lists_gives_rows_for_them_not_for_itself():
    got = _events("Then came the terrible year of 2011, with the Abbottabad raid in May and the Salala attack in November.",
                  "2024-02-04")
    assert {g[0] for g in got} == {"2011-05", "2011-11"}


def test_a_breakdown_of_what_is_left_of_a_total_is_linked_to_the_remainder():
    from usp_research import money, timex
    text = ("Between FY2002 and FY2018 Congress appropriated about $34 billion for Pakistan. Strip out CSF and the "
            "figure falls to roughly $19.6 billion, of which about $8.3 billion was security-related and $11.3 billion economic.")
    recs = money.extract_money(text, split_sentences(text), timex.tag(text, "2023-10-12"), published="2023-10-12")
    by = {r.text: r for r in recs}
    assert by["about $8.3 billion"].part_of == recs.index(by["roughly $19.6 billion"])
    assert (by["$11.3 billion"].period_start, by["$11.3 billion"].period_end) == ("2002", "2018")


# the fresh-eyed review's findings, each now a test


def test_an_empty_or_textless_part_does_not_turn_a_file_of_parts_into_raw_xml():
    empty = _slide("<a:p/>", footer="").replace("<p:sld ", "<p:notes ").replace("</p:sld>", "</p:notes>")
    rels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Target="x.xml"/></Relationships>\n')
    s = structured.read(_slide('<a:p><a:r><a:t>Coalition Support Funds peaked in 2007.</a:t></a:r></a:p>') + empty + rels)
    assert s is not None and s.text == "Coalition Support Funds peaked in 2007.\n"


def test_factiva_body_lines_that_open_with_an_acronym_stay_and_a_code_alone_on_its_line_is_a_field():
    db = exports.read(FACTIVA.replace("TD  A second round is expected in March.",
                                      "TD  A second round is expected in March.\nUS officials said the talks would go on."))
    assert "US officials said the talks would go on." in db.text
    alone = ("HD\nPakistan, US agree to resume talks\nWC\n412 words\nPD\n7 May 2024\nSN\nDawn\n"
             "LP\nISLAMABAD -- Pakistan and the United States agreed to resume talks.\nAN\nDocument DAWNEN0020240507ek570001\n")
    assert exports.is_export(alone)
    db = exports.read(alone)
    assert db.date == "2024-05-07" and "412 words" not in db.text and "Dawn" not in db.text
    # two records with no rule between them: the accession number ends the first
    two = FACTIVA.replace("_" * 80 + "\n\nHD  Envoy", "HD  Envoy")
    assert [e[0] for e in exports.read(two).entries] == ["2024-01-12", "2024-03-21"]


def test_a_run_of_dash_datelines_is_a_digests_content_and_a_proquest_footer_is_not_text():
    text = ("News briefs\n\nISLAMABAD, May 6 – Pakistan and the US signed a trade accord.\n\n"
            "WASHINGTON, May 8 – Congress approved $450 million in aid.\n\nKARACHI, May 9 – Protests followed the vote.")
    assert {"May 6", "May 8", "May 9"} <= set(_tags(text, "2024-05-10"))
    db = exports.read(PROQUEST.rstrip("\n") + "\n" + "_" * 60 + "\nContact ProQuest\nCopyright © 2024 ProQuest LLC.\n")
    assert "Contact ProQuest" not in db.text and db.entries[-1][0] == "1960-05-11"
    colon = PROQUEST.replace("KARACHI, Pakistan, Dec. 7--The President", "KARACHI, Dec. 7: The President")
    assert exports.read(colon).entries[0][0] == "1959-12-07"


def test_an_odt_note_mark_after_a_number_is_left_out_and_xliff_reads_sources_without_targets_codes_and_alternatives():
    odt = ODT.replace("in June 2004.<text:s/>", "in June 2004<text:note><text:note-citation>3</text:note-citation>"
                      "<text:note-body><text:p>A note.</text:p></text:note-body></text:note>.<text:s/>")
    assert "in June 2004. It kept" in structured.read(odt).text
    xl = ('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="ur" target-language="en" '
          'datatype="plaintext" original="x"><body>'
          '<trans-unit id="1"><source>s</source><target>They signed on <ph id="1">&lt;b&gt;</ph>19 May 1954<ph id="2">&lt;/b&gt;</ph>.</target>'
          '<alt-trans><target>A machine suggestion.</target></alt-trans></trans-unit>'
          '<trans-unit id="2"><source>The aid was suspended in January 2018.</source><target state="new"/></trans-unit>'
          '</body></file></xliff>')
    assert structured.read(xl).text == "They signed on 19 May 1954.\n\nThe aid was suspended in January 2018.\n"


def test_a_bluesky_threads_parent_posts_are_not_the_thread():
    focal = _bsky("did:plc:author", "me", "Thread: the 1954 agreement tied Pakistan to the US.", "2024-05-19T10:00:00Z",
                  [_bsky("did:plc:author", "me", "2/ SEATO followed in September 1954.", "2024-05-19T10:05:00Z")])
    focal["parent"] = _bsky("did:plc:reader", "reader", "Who can explain why Pakistan joined SEATO?", "2024-05-18T09:00:00Z")
    s = structured.read(json.dumps({"thread": focal}))
    assert "Who can explain" not in s.text and [e[0] for e in s.entries] == ["2024-05-19", "2024-05-19"]


def test_a_change_of_everything_by_a_named_happening_is_still_an_event_and_a_year_with_its_own_happening_keeps_it():
    assert _events("The 1971 war with India changed everything for Pakistan.") != []
    got = _events("Musharraf seized power in 1999, with Washington imposing new sanctions in November.", "2024-01-01")
    assert "1999" in {g[0] for g in got}


def test_an_including_group_inside_a_part_does_not_swallow_the_next_sibling():
    from usp_research import money, timex
    text = ("The package totals $7.5 billion, of which $5 billion is for development, including $1 billion for energy, "
            "and $2.5 billion is for security.")
    recs = money.extract_money(text, split_sentences(text), timex.tag(text, "2024-01-01"), published="2024-01-01")
    assert {r.text: r.part_of for r in recs}["$2.5 billion"] != 1


def test_dokuwiki_nowiki_passages_are_shown_as_written_and_interwiki_links_by_their_page():
    page = dokuwiki.read("====== Notes ======\n\n===== Key =====\n\n((a note))\n\nSee [[wp>Pakistan–United_States_relations]]."
                         "\n\n<nowiki>**Aid suspended** in January 2018</nowiki> is what it said; %%[[not a link]]%% stays.\n\n"
                         "A quote\\\\ second line, <del>deleted</del> and H<sub>2</sub>O.\n")
    assert "See Pakistan–United States relations." in page.text
    assert "**Aid suspended** in January 2018 is what it said; [[not a link]] stays." in page.text
    assert "A quote second line, deleted and H2O." in page.text


def test_a_wiki_exports_template_pages_a_nitf_head_and_a_slides_fallback_copy_are_not_text():
    tpl = MEDIAWIKI.replace("</mediawiki>", "<page><title>Template:Infobox law</title><ns>10</ns><revision><timestamp>"
                            "2024-01-01T00:00:00Z</timestamp><text>This template shows a law's particulars.</text></revision>"
                            "</page></mediawiki>")
    assert "This template" not in structured.read(tpl).text
    nitf = NEWSML.replace('<html xmlns="http://www.w3.org/1999/xhtml"><head><title>U.S. to rebuild schools</title></head>\n'
                          '    <body><p>The ambassador announced the grant in Karachi on Wednesday.</p></body></html>',
                          '<nitf><head><title>x</title></head><body><body.head><dateline>ISLAMABAD, Sept 27</dateline>'
                          '</body.head><body.content><p>The ambassador announced the grant on Wednesday.</p></body.content>'
                          '<body.end><tagline>Reporting by A. Reporter</tagline></body.end></body></nitf>')
    s = structured.read(nitf)
    assert "The ambassador announced the grant on Wednesday." in s.text and "Reporting by" not in s.text and "Sept 27" not in s.text
    shape = ('<p:sp><p:txBody><a:p><a:r><a:t>Coalition Support Funds peaked in 2007.</a:t></a:r></a:p></p:txBody></p:sp>')
    alt = (f'<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x">'
           f'{shape}</mc:Choice><mc:Fallback>{shape}</mc:Fallback></mc:AlternateContent>')
    slide = _slide("<a:p><a:r><a:t>Aid</a:t></a:r></a:p>").replace("</p:spTree>", alt + "</p:spTree>")
    assert structured.read(slide).text.count("peaked in 2007") == 1
