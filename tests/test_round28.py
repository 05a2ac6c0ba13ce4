"""Rules of the twenty-eighth round (GUIDELINES 8.26), each on texts written for the tests: a Slack
export's epoch stamps and markup, a page saved as MHTML, an Evernote export, gemtext link lines,
a shared document's exported comments, an almanac's running head and key-fact lines, a claims
tracker's dated rows, and a declassified chronology's portion-marked entry labels."""
from usp_research import decode, structured
from usp_research.timex import tag

from test_round23 import _doc  # a file cleaned as the pipeline cleans it


def _found(d):
    return {d.text[t.start:t.end]: (t.value_start, t.value_end)
            for t in tag(d.text, d.published or None, anchors=[(s, v) for s, v, _ in d.anchors])}


SLACK = """[
  {"type": "message", "subtype": "channel_join", "ts": "1542693492.000100", "user": "U1", "text": "<@U1> has joined the channel"},
  {"type": "message", "user": "U2", "ts": "1542693871.000200", "user_profile": {"real_name": "Sana Mirza"},
   "text": "Trump tweeted <https:\\/\\/twitter.com\\/x\\/status\\/1|yesterday> that aid is over.\\n&gt; No Pakistani was involved in 9\\/11."},
  {"type": "message", "user": "U3", "ts": "1542780271.000300", "text": "<@U2> the Pentagon pulled it on September 1, 2018, so today it is gone."}
]"""


def test_a_slack_export_reads_as_its_messages_dated_by_their_epoch_stamps(tmp_path):
    s = structured.read(SLACK)
    assert [d for d, _, _ in s.entries] == ["2018-11-20", "2018-11-20", "2018-11-21"]
    assert "Trump tweeted yesterday that aid is over." in s.text and "No Pakistani was involved in 9/11." in s.text
    assert "&gt;" not in s.text and "https" not in s.text and "Sana Mirza" not in s.text
    assert "<@U2> the Pentagon" in s.text  # a mention stays as written
    found = _found(_doc(tmp_path, "slack.json.txt", SLACK))
    assert found["today"] == ("2018-11-21", "2018-11-21") and found["yesterday"] == ("2018-11-19", "2018-11-19")
    assert structured.iso_day("1542693871.000200") == "2018-11-20" and structured.iso_day("12345") == ""


MHTML = ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/2021/09/16/a\r\n"
         "Subject: After Kabul\r\nDate: Sat, 2 Oct 2021 06:42:17 -0000\r\nMIME-Version: 1.0\r\n"
         'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----B"\r\n\r\n\r\n------B\r\n'
         "Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
         "Content-Location: https://example.org/2021/09/16/a\r\n\r\n"
         '<html><head><meta charset=3D"utf-8"><title>After Kabul</title>'
         '<meta property=3D"article:published_time" content=3D"2021-09-16T06:00:00Z"></head><body><article>'
         "<h1>After Kabul</h1><p>Blinken told the committee on Monday that Washington would look at the role Pakistan=\r\n"
         " had played ove=\r\nr the past 20 years. Islamabad=E2=80=99s officials resent it.</p>"
         "<p>The Pressler Amendment ended the flow of aid in October 1990, and sanctions followed in May 1998.</p>"
         "</article></body></html>\r\n------B\r\nContent-Type: text/css\r\n\r\nbody{}\r\n------B--\r\n")


def test_a_page_saved_as_mhtml_reads_as_its_page_decoded(tmp_path):
    assert decode.saved_page_html("MIME-Version: 1.0\nSubject: x\n\nJust a letter.\n") is None  # no multipart page
    raw = tmp_path / "page.mhtml.txt"
    raw.write_bytes(MHTML.encode("utf-8"))
    r = decode.read(raw)
    assert r.fmt == "html" and r.html_meta.get("date") == "2021-09-16"
    assert "over the past 20 years. Islamabad’s officials" in r.text and "=E2" not in r.text
    d = _doc(tmp_path, "page2.mhtml.txt", MHTML)
    assert _found(d)["over the past 20 years"] == ("2001", "2021-09-16")


ENEX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20190204T101500Z" application="Evernote" version="10.0">
<note><title>Dawn: US suspends aid</title><content><![CDATA[<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd"><en-note><div>The United States on Thursday suspended
security assistance.</div><div>Own note: the biggest cut since October 1990.</div></en-note>]]></content>
<created>20180105T101500Z</created><tag>aid</tag></note>
<note><title>Lecture 3</title><content><![CDATA[<en-note><div>Relations were established on 20 October 1947.</div>
<div>Next week we read Kux.</div></en-note>]]></content><created>20180312T090000Z</created></note>
</en-export>"""


def test_an_evernote_export_reads_as_its_notes_each_dated_by_its_created_stamp(tmp_path):
    s = structured.read(ENEX)
    assert s.kind == "enex" and [d for d, _, _ in s.entries] == ["2018-01-05", "2018-03-12"]
    assert s.text.split("\n\n")[0] == "Dawn: US suspends aid" and "20190204" not in s.text
    found = _found(_doc(tmp_path, "notes.enex.txt", ENEX))
    assert found["Thursday"] == ("2018-01-04", "2018-01-04") and found["Next week"][0] == "2018-03-19"


def test_gemtext_links_and_a_shared_documents_comments_are_furniture(tmp_path):
    d = _doc(tmp_path, "capsule.gmi.txt", "# Election week\n\nOn Friday the State Department spoke.\n\n"
             "=> gemini://x.space/gemlog/2024-01-20-f16.gmi 2024-01-20 What the F-16 case was for\n"
             "=> gemini://x.space/gemlog/2023-05-12-may9.gmi 2023-05-12 May 9 and after\n")
    assert "F-16 case" not in d.text and "May 9" not in d.text and "On Friday" in d.text
    d = _doc(tmp_path, "paper.txt", "Aid came to $34.2 billion over those years.[a]\n\n"
             "[a]Sana: CRS total is $34.183bn for FY2002–18. (11 Apr 2025)\n\n[b]Omar: add the July 2023 SBA? (12 Apr 2025)\n")
    assert "Sana" not in d.text and "Omar" not in d.text and "over those years.[a]" in d.text


def test_an_almanacs_running_head_dates_it_and_its_key_fact_lines_are_table_matter(tmp_path):
    text = ("THE GLOBAL ALMANAC 2012                                      NATIONS OF THE WORLD\n"
            "--------------------------------------------------------------------------------\n\n"
            "Pakistan\n\n"
            "Government: Type: Federal republic. Head of state: Pres. Asif Ali Zardari; b July 26, 1955; in office: "
            "Sept. 9, 2008.\n\n"
            "Finance: Monetary unit: Rupee (Sept. 2011: 87.35 = $1 U.S.). Reserves: $17.1 bil (June 2011).\n\n"
            "History: Kashmir has been disputed with India since 1947: wars were fought over it in 1947-48 and 1965, "
            "and in 2011 relations with the US reached their lowest point after the raid on Abbottabad.\n")
    d = _doc(tmp_path, "almanac.txt", text)
    assert d.published == "2012" and "Zardari" not in d.text and "Reserves" not in d.text
    assert _found(d)["since 1947"] == ("1947", "2012")  # prose with a label stays


def test_a_claims_trackers_rows_are_dated_by_their_date_column_and_its_notes_by_its_update_line(tmp_path):
    text = ("# Aid Claims Watch\n# last updated: 2025-06-30\n"
            "claim_id\tdate_seen\toutlet\tclaim_text\tstatus\tnotes\n"
            "A-1\t2023-10-11\tX\tOver 70% of US aid to Pakistan since 2002 has been military.\tFALSE\tLast year the figure was lower.\n"
            "A-2\t2024-05-02\tY\tPakistan received over $1 billion a year in US military aid since 2018.\tFALSE\tNo.\n"
            "A-3\t2024-10-01\tZ\tPakistan got a $7 billion IMF loan last month.\tTRUE\tYes.\n")
    d = _doc(tmp_path, "tracker.tsv.txt", text)
    found = _found(d)
    assert d.published == "2025-06-30"
    assert found["since 2002"] == ("2002", "2023-10-11") and found["last month"] == ("2024-09", "2024-09")
    assert found["Last year"] == ("2024", "2024")  # a note speaks from the tracker's date


def test_a_portion_marked_chronology_label_dates_the_day_after_it():
    t = "(C) June 6-9, 1989 -- Prime Minister Bhutto visits Washington. On June 7 she addresses a joint meeting of Congress."
    assert [(x.text, x.value_start) for x in tag(t, "1990-11-19")] == [("June 6-9, 1989", "1989-06-06"), ("June 7", "1989-06-07")]


def test_an_annual_reports_year_less_dates_fall_in_the_year_it_reports_on():
    t = ("2023 Country Reports on Human Rights Practices: Pakistan\n\nOn January 30, a suicide bomber killed 80 persons. "
         "In March, the two governments held a dialogue.")
    assert [(x.text, x.value_start) for x in tag(t, "2024-04-22")] == [
        ("2023", "2023"), ("January 30", "2023-01-30"), ("March", "2023-03")]
    # a title naming another year, or a text published two years on, keeps the nearest past occurrence
    assert tag("Pakistan: news\n\nOn January 30, a bomber struck.", "2024-04-22")[0].value_start == "2024-01-30"
    assert tag("2021 Report on Pakistan\n\nOn January 30, a bomber struck.", "2024-04-22")[1].value_start == "2024-01-30"


def test_the_review_findings_stay_fixed(tmp_path):
    # chronology date labels, a transcript's speakers and a glossary are not key facts
    for para in ("Jan. 1: Trump tweets that Pakistan gave nothing. Jan. 4: The US suspends security aid. Jan. 5: Pakistan reviews ties.",
                 "CHAIRMAN: The committee will come to order. SEN. SMITH: Thank you. AMBASSADOR: Pakistan has been a partner since 2001.",
                 "CSF: Coalition Support Funds. FMF: Foreign Military Financing. ESF: Economic Support Fund."):
        assert para in _doc(tmp_path, "p.txt", "Notes\n\nThe freeze came in 2018.\n\n" + para + "\n\nThe end.\n").text
    # "=>" as an arrow and a bracketed first letter are prose
    d = _doc(tmp_path, "n.txt", "Notes\n\nThe affair began in January 2011.\n=> Aid was cut by $800 million in July 2011.\n\n"
             "[T]he Secretary shall certify before funds are released in fiscal year 2012.\n")
    assert "$800 million" in d.text and "[T]he Secretary" in d.text
    # an HTML e-mail sent as multipart/related is no saved page
    mail = ("From: Press <p@x.gov>\nSubject: Aid\nDate: Tue, 5 Mar 2019 10:00:00 +0500\nMIME-Version: 1.0\n"
            'Content-Type: multipart/related; boundary="BB"\n\n--BB\nContent-Type: text/html; charset=utf-8\n\n'
            "<html><body><p>Yesterday the US announced $10 million.</p></body></html>\n--BB--\n")
    assert decode.saved_page_html(mail) is None
    # only a Slack stamp is read as epoch seconds; a WordPress "more" marker is no chat mention
    assert structured.iso_day("2024030612") == "" and structured.iso_day("0300123456") == ""
    s = structured.read('[' + ",".join('{"date": "2024-03-0%d", "content": "<p>The US pledged aid.</p><!--more--><p>More follows.</p>"}' % i
                                         for i in (1, 2, 3)) + ']')
    assert "more-->" not in s.text and "<!--" not in s.text
