"""Structured data saved as text (feeds, TEI, JSON responses, CSV sheets): read as a reader sees
it, each item dated by its own stamp; on texts written for the tests."""
import json

from usp_research import corpus, decode, structured
from usp_research.timex import tag

RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Forum &#187; Commentary</title>
  <link>https://example.org/</link>
  <lastBuildDate>Fri, 07 Jun 2024 14:20:05 +0000</lastBuildDate>
  <item>
    <title>After the Stand-By</title>
    <link>https://example.org/a/</link>
    <dc:creator><![CDATA[Sana Qureshi]]></dc:creator>
    <pubDate>Wed, 05 Jun 2024 09:00:00 +0000</pubDate>
    <description>&lt;p&gt;Officials said on Tuesday that Pakistan&#8217;s talks went well.&lt;/p&gt;&lt;p&gt;More talks follow.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Kerry-Lugar at Fifteen</title>
    <pubDate>Thu, 23 May 2024 10:30:00 +0000</pubDate>
    <description>&lt;p&gt;The act was signed last October and the the money slowed.&lt;/p&gt;</description>
  </item>
</channel></rss>
"""


def _doc(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return corpus.build_document(p, None, *corpus.load_codebooks())


def test_an_rss_feed_reads_as_its_items_each_dated_by_its_pubdate(tmp_path):
    s = structured.read(RSS)
    assert s.kind == "rss" and [e[0] for e in s.entries] == ["2024-06-05", "2024-05-23"]
    assert s.text.split("\n\n")[:3] == ["After the Stand-By", "Officials said on Tuesday that Pakistan’s talks went well.",
                                        "More talks follow."]
    assert "lastBuildDate" not in s.text and "Sana Qureshi" not in s.text and "https://" not in s.text
    doc = _doc(tmp_path, "feed.txt", RSS)
    assert doc.published == ""  # the channel's build date dates nothing
    assert [d for _, d, _ in doc.anchors] == ["2024-06-05", "2024-05-23"]
    found = {doc.text[t.start:t.end]: t.value_start for t in tag(doc.text, None, anchors=[(o, d) for o, d, _ in doc.anchors])}
    assert found["Tuesday"] == "2024-06-04" and found["last October"] == "2023-10"


def test_an_entry_whose_last_paragraph_was_repaired_still_ends_where_the_next_starts(tmp_path):
    twice = RSS.replace("</channel>", """<item><title>Third</title><pubDate>Mon, 20 May 2024 10:30:00 +0000</pubDate>
    <description>Nothing happened on Friday.</description></item></channel>""")
    doc = _doc(tmp_path, "feed.txt", twice)
    # the second item's "the the" is repaired, so its last paragraph is found by where the third starts
    assert [d for _, d, _ in doc.anchors] == ["2024-06-05", "2024-05-23", "2024-05-20"]


def test_an_atom_feed_uses_published_stamps():
    atom = ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
            '<entry><title>One</title><published>2019-07-03T21:05:33Z</published><summary>Aid rose.</summary></entry>'
            '<entry><title>Two</title><updated>2019-07-23T01:48:27Z</updated><content type="html">&lt;p&gt;Aid fell.&lt;/p&gt;</content></entry>'
            '</feed>')
    s = structured.read(atom)
    assert s.kind == "atom" and s.entries == (("2019-07-03", "One", "Aid rose."), ("2019-07-23", "Two", "Aid fell."))


def test_a_json_news_response_reads_its_articles_and_leaves_links_and_bylines_out(tmp_path):
    data = {"status": "ok", "totalResults": 2, "articles": [
        {"source": {"id": None, "name": "Dawn"}, "author": "Anwar Iqbal", "title": "Trump writes to PM Khan",
         "description": "The letter arrived on Monday.", "url": "https://x.example/2018/12/a",
         "urlToImage": "https://x.example/2018.jpg", "publishedAt": "2018-12-04T03:22:09Z",
         "content": "WASHINGTON: Talks resume next week… [+2143 chars]"},
        {"source": {"id": "ap", "name": "AP"}, "author": "AP", "title": "Khan at the White House",
         "description": "Trump on Monday offered to mediate.", "url": "https://y.example/", "publishedAt": "2019-07-23T01:48:27Z",
         "content": None}]}
    text = json.dumps(data, indent=2, ensure_ascii=False)
    s = structured.read(text)
    assert s.kind == "json" and [e[0] for e in s.entries] == ["2018-12-04", "2019-07-23"]
    assert "Anwar Iqbal" not in s.text and "https" not in s.text and "[+2143 chars]" not in s.text
    doc = _doc(tmp_path, "api.txt", text)
    found = [(doc.text[t.start:t.end], t.value_start) for t in tag(doc.text, None, anchors=[(o, d) for o, d, _ in doc.anchors])]
    assert found == [("Monday", "2018-12-03"), ("next week", "2018-12-10"), ("Monday", "2019-07-22")]


def test_a_tei_document_drops_its_header_and_notes_and_is_dated_by_its_dateline(tmp_path):
    tei = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>FRUS, 1964–1968</title></titleStmt>
<publicationStmt><date>2000</date></publicationStmt></fileDesc></teiHeader>
<text><body><div type="document"><head>274. Memorandum<note type="source">Drafted on December 16.</note></head>
<dateline><placeName>Washington</placeName>, <date when="1965-12-14T11:30:00-05:00">December 14, 1965</date></dateline>
<p>The President said talks would resume next month.<note n="2">They met January 4–10, 1966.</note> He then left.</p>
</div></body></text></TEI>"""
    s = structured.read(tei)
    assert s.kind == "tei" and s.date == "1965-12-14"
    assert s.text == "274. Memorandum\n\nThe President said talks would resume next month. He then left.\n"
    assert _doc(tmp_path, "frus.txt", tei).published == "1965-12-14"


def test_a_csv_sheet_keeps_its_headline_and_text_cells_only(tmp_path):
    sheet = ('Year,Month,Day,Display Date,Headline,Text,Media,Type\n'
             ',,,,"Allies, Estranged","From 1947 to today.",https://x.example/a.jpg,title\n'
             '1954,5,19,19 May 1954,The first alliance,"Signed on 19 May 1954, the ""pact"" opened the way.",,\n'
             '1998,5,28,28 May 1998,Nuclear tests,<p>Pakistan tested on 28 May 1998.</p>,,\n'
             '2001,9,22,22 September 2001,Sanctions waived,"Bush waived the sanctions on 22 September 2001.",,\n')
    s = structured.read(sheet)
    assert s.kind == "csv"
    assert s.text.split("\n\n")[:4] == ["Allies, Estranged", "From 1947 to today.", "The first alliance",
                                        'Signed on 19 May 1954, the "pact" opened the way.']
    assert "19 May 1954\n" not in s.text and "https" not in s.text and "title" not in s.text.split()


def test_prose_and_broken_data_are_left_to_the_plain_text_reader():
    assert structured.read("Pakistan, the United States, China, and India met in 2019, and talked.\nThen, again, they met.") is None
    assert structured.read('{"articles": [{"title": "x", "publishedAt": "2019-01-01"}') is None  # cut off: not JSON
    assert structured.read("<?xml version='1.0'?><rss><channel><item><title>A</title></channel>") is None  # not well-formed
    # one dated record is not a response of items: its text values, dated by it (GUIDELINES 8.24)
    one = '{"articles": [{"title": "Only one", "publishedAt": "2019-01-01"}]}'
    assert structured.read(one) == structured.Structured("Only one\n", "json", (), "2019-01-01")
    assert structured.read('{"id": 7, "url": "https://x.example/a"}') is None  # no text: read as written


def test_iso_day_reads_the_day_a_stamp_shows():
    assert structured.iso_day("2018-01-05T00:41:12Z") == "2018-01-05"  # not moved to Washington's 4 January
    assert structured.iso_day("Wed, 05 Jun 2024 09:00:00 +0000") == "2024-06-05"
    assert structured.iso_day("2018-02-30") == "" and structured.iso_day("soon") == ""


def test_decode_reads_a_feed_saved_as_txt_but_not_as_md(tmp_path):
    (tmp_path / "f.txt").write_text(RSS, encoding="utf-8")
    raw = decode.read(tmp_path / "f.txt")
    assert raw.html_meta == {"markup": "rss"} and len(raw.entries) == 2
    (tmp_path / "f.md").write_text(RSS, encoding="utf-8")
    assert decode.read(tmp_path / "f.md").entries == ()


def test_review_fixes_of_the_tei_reader():
    tei = """<?xml version="1.0"?>
<!DOCTYPE TEI>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body>
<div type="document"><dateline><date when="1965-12-14">December 14</date></dateline>
<p>The President said <quote>we will help Pakistan</quote> and left on Monday.<!-- check --></p>
<p>The aid included: <list><item>wheat</item><item>arms</item></list> and more.</p>
<p>He met the <choice><abbr>Amb.</abbr><expan>Ambassador</expan></choice> in March.</p></div>
<div type="document"><dateline><date when="1966-01-10"/></dateline><ab>They signed at Tashkent yesterday.</ab></div>
</body></text></TEI>"""
    s = structured.read(tei)
    assert s.text.split("\n\n") == ["The President said we will help Pakistan and left on Monday.",
                                    "The aid included: wheat arms and more.", "He met the Ambassador in March.",
                                    "They signed at Tashkent yesterday.\n"]
    # a volume of documents: each dated document is an entry of its own, none dates the whole
    assert s.date == "" and [e[0] for e in s.entries] == ["1965-12-14", "1966-01-10"]
    assert s.entries[1][1:] == ("They signed at Tashkent yesterday.", "They signed at Tashkent yesterday.")


def test_review_fixes_of_the_feed_reader():
    atom = ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
            '<entry><title>One</title><updated>2024-02-10T00:00:00Z</updated><published>2019-07-03T21:05:33Z</published>'
            '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Aid rose.</p><p>It fell on Monday.</p></div></content></entry>'
            '<entry><title>Two</title><published>2019-07-23T01:48:27Z</published><summary>Aid fell.</summary></entry></feed>')
    s = structured.read(atom)
    assert s.entries[0] == ("2019-07-03", "One", "It fell on Monday.")  # <published>, not the later <updated>
    assert "Aid rose.\n\nIt fell on Monday." in s.text
    rss = RSS.replace("<title>After the Stand-By</title>", '<title>After the Stand-By</title><media:content xmlns:media='
                      '"http://search.yahoo.com/mrss/" url="https://x/a.jpg"><media:credit>Photo: AFP</media:credit></media:content>'
                      '<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">&lt;p&gt;The full text.&lt;/p&gt;</content:encoded>')
    s = structured.read(rss)
    assert "Photo: AFP" not in s.text and "Officials said" not in s.text  # the full text, not its excerpt as well
    assert s.entries[0] == ("2024-06-05", "After the Stand-By", "The full text.")


def test_review_fixes_of_the_json_reader():
    art = {"title": "Aid talks resume", "description": "Talks resumed\fon Monday.", "publishedAt": "2019-07-03T00:00:00Z"}
    s = structured.read(json.dumps({"date": "2024-06-01", "status": "ok", "articles": [art, {**art, "publishedAt": "2019-07-04"}]}))
    assert s is not None and [e[0] for e in s.entries] == ["2019-07-03", "2019-07-04"]  # a form feed crashes nothing
    assert s.entries[0][2] == "Talks resumed on Monday."
    nyt = {"response": {"docs": [
        {"headline": {"main": "Pakistan aid frozen", "kicker": None}, "abstract": "The US froze aid on Thursday.",
         "print_section": "A", "section_name": "World", "news_desk": "Foreign", "uri": "nyt://article/1",
         "pub_date": "2018-01-05T01:00:00+0000"},
        {"headline": {"main": "Aid resumes"}, "abstract": "It resumed on Monday.", "pub_date": "2018-03-05T01:00:00+0000"}]}}
    s = structured.read(json.dumps(nyt))
    assert s.text.split("\n\n")[:2] == ["Pakistan aid frozen", "The US froze aid on Thursday."]
    assert "Foreign" not in s.text and "nyt://" not in s.text
    guardian = {"response": {"results": [{"webTitle": "Aid cut", "webPublicationDate": "2018-01-05T00:00:00Z",
                                          "fields": {"trailText": "Washington cut aid."}},
                                         {"webTitle": "Aid back", "webPublicationDate": "2018-03-05T00:00:00Z"}]}}
    assert [e[0] for e in structured.read(json.dumps(guardian)).entries] == ["2018-01-05", "2018-03-05"]
    assert structured.read("[" * 5000 + "]" * 5000) is None  # nested too deep: plain text, no crash
    assert structured.iso_day("Tue, 1 Jan 0000 00:00:00 +0000") == ""


def test_review_fix_declarations_before_the_root_cost_no_backtracking():
    import time
    t0 = time.perf_counter()
    assert structured.read('<?xml version="1.0"?>\n' * 40 + "<foo/>") is None
    assert decode._HTML_START.match("<!-- a -->" * 40 + "<body>") is None
    assert time.perf_counter() - t0 < 1


def test_review_fix_an_entry_is_left_out_when_neither_its_end_nor_the_next_start_is_found(tmp_path):
    dup = RSS.replace("<title>Kerry-Lugar at Fifteen</title>", "<title>After the Stand-By</title>").replace(
        "</channel>", """<item><title>Third</title><pubDate>Mon, 20 May 2024 10:30:00 +0000</pubDate>
    <description>Nothing happened the the day before.</description></item></channel>""")
    doc = _doc(tmp_path, "feed.txt", dup)
    # the last item ends with the text even though its last paragraph was repaired
    assert [d for _, d, _ in doc.anchors if d][-1] == "2024-05-20"


def test_second_review_fixes_of_the_structured_reader(tmp_path):
    assert structured.read(",,,,\n\n,,,\n") is None  # a blank sheet is no sheet
    latin = RSS.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace("After the Stand-By", "Pakistan’s café talks")
    assert structured.read(latin).entries[0][1] == "Pakistan’s café talks"  # already decoded: the declaration no longer applies
    assert structured.read(RSS.replace("Officials said", "Officials\fsaid")) is not None  # a form feed is a space
    cdata = RSS.replace("<description>&lt;p&gt;Officials said on Tuesday that Pakistan&#8217;s talks went well.&lt;/p&gt;&lt;p&gt;More talks follow.&lt;/p&gt;</description>",
                        "<description><![CDATA[Pakistan&#8217;s talks [&#8230;]]]></description>")
    assert structured.read(cdata).entries[0][2] == "Pakistan’s talks […]"
    guardian = {"response": {"results": [
        {"webTitle": "Aid cut", "webPublicationDate": "2018-01-05T00:00:00Z", "fields": {"trailText": "Washington cut aid on Thursday."}},
        {"webTitle": "Aid back", "webPublicationDate": "2018-03-05T00:00:00Z", "fields": {"bodyText": "It came back on Monday."}}]}}
    assert structured.read(json.dumps(guardian)).text.split("\n\n")[:2] == ["Aid cut", "Washington cut aid on Thursday."]
    top = {"status": "ok", "query": "pakistan us relations", "date": "2024-06-01", "articles": [
        {"title": "Aid talks", "description": "Talks on aid.", "publishedAt": "2019-07-03"},
        {"title": "More talks", "description": "More of them.", "publishedAt": "2019-07-04"}]}
    assert [e[0] for e in structured.read(json.dumps(top)).entries] == ["2019-07-03", "2019-07-04"]
    tei = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><front><titlePart>Talks at Tashkent</titlePart></front><body>
<div type="document"><dateline><date when="1965-09-06"/></dateline><p>War began today.</p></div>
<div type="document" subtype="editorial-note"><p>The next day he cabled.</p></div>
<div type="document"><dateline><date when="1966-01-10"/></dateline><sp><speaker>AYUB KHAN</speaker><p>We need arms.</p></sp>
<quote>Aid will continue through 1966.</quote><p><choice><!-- x --><abbr>Amb.</abbr></choice> Ahmed left.</p></div>
</body></text></TEI>"""
    s = structured.read(tei)
    assert s.text.split("\n\n") == ["Talks at Tashkent", "War began today.", "The next day he cabled.", "AYUB KHAN",
                                    "We need arms.", "Aid will continue through 1966.", "Amb. Ahmed left.\n"]
    # an undated editorial note between two documents belongs to neither
    assert s.entries == (("1965-09-06", "War began today.", "War began today."),
                         ("1966-01-10", "AYUB KHAN", "Amb. Ahmed left."))
