"""Rules of the twenty-ninth round (GUIDELINES 8.27), each on texts written for the tests: a
Telegram export's text parts, a Reddit thread's stamps and readers' replies, a web annotation's
highlighted passage, a LaTeX slide deck, a WebVTT transcript, an mbox thread, an e-book's XHTML
chapter, a PDF's two columns, dated headings between rules, a diary's dated headings under short
notes, a note's tag line and ISO-named wiki links, a journal's review history and keywords, a
page's footnotes under a rule, a WordPress draft's date, and JSON-escaped gold contexts."""
import json

from usp_research import captions, columns, decode, evaluate, latex, mbox, structured
from usp_research.timex import tag

from test_round23 import _doc  # a file cleaned as the pipeline cleans it


def _found(d):
    return {d.text[t.start:t.end]: (t.value_start, t.value_end)
            for t in tag(d.text, d.published or None, anchors=[(s, v) for s, v, _ in d.anchors])}


TELEGRAM = json.dumps({"name": "Pak-US Watch", "type": "public_channel", "messages": [
    {"id": 1, "type": "message", "date": "2022-04-11T10:15:02", "from": "Pak-US Watch",
     "text": ["The Assembly elected Shehbaz Sharif prime minister today. ", {"type": "link", "text": "https://x.org/a"}],
     "text_entities": [{"type": "link", "text": "https://x.org/a"}]},
    {"id": 2, "type": "service", "date": "2022-04-11T10:20:00", "actor": "Pak-US Watch", "action": "pin_message"},
    {"id": 3, "type": "message", "date": "2022-09-08T11:02:19", "from": "Pak-US Watch", "forwarded_from": "Dawn News English",
     "text": [{"type": "bold", "text": "BREAKING:"}, " The State Department approved a $450 million sale on Wednesday."]},
]}, indent=1)


def test_a_telegram_export_reads_its_text_parts_not_its_senders(tmp_path):
    s = structured.read(TELEGRAM)
    assert [d for d, _, _ in s.entries] == ["2022-04-11", "2022-09-08"]
    assert "The Assembly elected Shehbaz Sharif prime minister today." in s.text
    assert "BREAKING: The State Department approved" in s.text
    assert "https://x.org" not in s.text and "Pak-US Watch" not in s.text and "Dawn News English" not in s.text
    found = _found(_doc(tmp_path, "telegram.json.txt", TELEGRAM))
    assert found["today"] == ("2022-04-11", "2022-04-11") and found["Wednesday"] == ("2022-09-07", "2022-09-07")


REDDIT = json.dumps([
    {"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {
        "author": "op_user", "title": "Is this a reset?", "created_utc": 1704812345.0,
        "selftext": "Pakistan joined SEATO in September 1954. Last month the army chief visited Washington."}}]}},
    {"kind": "Listing", "data": {"children": [
        {"kind": "t1", "data": {"author": "someone_else", "parent_id": "t3_x", "created_utc": 1704813900.0,
                                "body": "Small correction: the tests were in May 1998, not 1999.",
                                "replies": {"kind": "Listing", "data": {"children": [
                                    {"kind": "t1", "data": {"author": "op_user", "parent_id": "t1_y", "created_utc": 1704900000.0,
                                                            "body": "Fair point. I will pull the numbers tomorrow."}}]}}}},
        {"kind": "t1", "data": {"author": "[deleted]", "parent_id": "t3_x", "created_utc": 1704813999.0, "body": "[deleted]"}},
    ]}}])


def test_a_reddit_thread_reads_the_post_and_the_posters_replies_dated_by_created_utc(tmp_path):
    s = structured.read(REDDIT)
    assert [d for d, _, _ in s.entries] == ["2024-01-09", "2024-01-10"]
    assert "Pakistan joined SEATO in September 1954." in s.text and "I will pull the numbers tomorrow." in s.text
    assert "Small correction" not in s.text  # another user's comment: a reader comment (GUIDELINES 8.1)
    found = _found(_doc(tmp_path, "reddit.json.txt", REDDIT))
    assert found["Last month"] == ("2023-12", "2023-12") and found["tomorrow"] == ("2024-01-11", "2024-01-11")
    assert structured._stamp_day("created_utc", True) == "" and structured._stamp_day("score", 1704812345) == ""


HYPOTHESIS = json.dumps({"export_date": "2024-06-03T17:25:40Z", "annotations": [
    {"created": "2023-06-05T10:14:22+00:00", "text": "The embargo hurt Pakistan more.", "tags": ["1965"],
     "target": [{"source": "https://x.org/a", "selector": [
         {"type": "TextPositionSelector", "start": 1, "end": 9},
         {"type": "TextQuoteSelector", "exact": "Congress froze $700 million in aid in December 2011.", "prefix": "a ", "suffix": "b"}]}]},
    {"created": "2023-06-06T09:00:00+00:00", "text": "Salala had happened the month before.",
     "target": [{"source": "https://x.org/b", "selector": [
         {"type": "TextQuoteSelector", "exact": "The freeze followed in December 2011.", "prefix": "", "suffix": ""}]}]},
]})


def test_a_web_annotation_reads_its_highlighted_passage_before_the_readers_note(tmp_path):
    s = structured.read(HYPOTHESIS)
    assert s.text.index("Congress froze $700 million") < s.text.index("The embargo hurt Pakistan more.")
    assert "1965" not in s.text and "x.org" not in s.text
    found = _found(_doc(tmp_path, "hypothesis.json.txt", HYPOTHESIS))
    assert found["the month before"] == ("2011-11", "2011-11")  # the note's antecedent is the passage it annotates


BEAMER = r"""\documentclass{beamer}
\usetheme{Madrid}
\title{Allies of Convenience, 1947--2023}
\date{12 October 2023}
\begin{document}
\section{Cold War}
\begin{frame}{Cold War foundations}
  \begin{itemize}
    \item Pakistan joined SEATO in September 1954.\footnote{See Kux (2001), and the package of 1986.}
  \end{itemize}
  {\footnotesize Source: CRS, \emph{Aid to Pakistan, FY2002--FY2020}, 12 March 2019.}
  \note{Stress the U-2 flight of 1 May 1960.}
\end{frame}
\end{document}
"""


def test_a_latex_slide_deck_is_dated_by_its_date_and_shows_no_notes_sections_or_source_notes(tmp_path):
    tex = latex.read(BEAMER)
    assert tex.date == "2023-10-12"
    assert "\\section{Cold War}" not in tex.text and "Kux" not in tex.text and "12 March 2019" not in tex.text
    assert "\\item Pakistan joined SEATO in September 1954." in tex.text and "1 May 1960" in tex.text
    assert "1947--2023" in tex.text  # the title is shown
    assert "\\begin{frame}\nCold War foundations\n" in tex.text  # a slide's title: its heading, on its own line
    assert latex.read(BEAMER.replace("{beamer}", "{article}").replace("\\begin{frame}", "")).text.count("\\section{Cold War}") == 1
    d = _doc(tmp_path, "deck.tex.txt", BEAMER)
    assert d.published == "2023-10-12" and "1986" not in _found(d)
    assert latex.read("\\section{A}\n\\label{a}\nText.\\footnote{open {brace\n\\begin{x}\n").text.endswith("\\footnote{open {brace\n\\begin{x}\n")


VTT = """WEBVTT
Kind: captions

NOTE
Recorded 14 March 2024. Posted 2 April 2024.

STYLE
::cue(v) { color: red; }

1
00:00:04.000 --> 00:00:07.500
<v Moderator>Welcome to today's discussion.</v>

2
00:00:07.500 --> 00:00:12.250 align:start
<v Moderator>Shehbaz Sharif was sworn in on March 4,</v>

3
00:00:12.250 --> 00:00:16.000
<v Moderator>and Zardari was elected president on <i>Saturday</i>.</v>

00:00:16.000 --> 00:00:20.000
<v Ayesha Malik>Aid was suspended in January 2018 &amp; never restored.</v>
"""


def test_a_webvtt_file_reads_as_its_speakers_words_dated_by_its_recording(tmp_path):
    assert captions.is_webvtt(VTT) and not captions.is_webvtt("WEBVTT is a format.\n")
    c = captions.read(VTT)
    assert c.date == "2024-03-14"
    assert c.text.split("\n\n")[0] == ("Moderator: Welcome to today's discussion. Shehbaz Sharif was sworn in on March 4, "
                                       "and Zardari was elected president on Saturday.")
    assert "Ayesha Malik: Aid was suspended in January 2018 & never restored." in c.text
    assert "-->" not in c.text and "STYLE" not in c.text and "Recorded" not in c.text
    assert captions.read(VTT.replace("Recorded 14 March 2024. ", "")).date == "2024-04-02"  # else the posting date
    found = _found(_doc(tmp_path, "panel.vtt.txt", VTT))
    assert found["today"] == ("2024-03-14", "2024-03-14") and found["Saturday"] == ("2024-03-09", "2024-03-09")


MBOX = """From n.haider@example.org Tue Mar  5 09:12:44 2024
Return-Path: <n.haider@example.org>
From: Nadia Haider <n.haider@example.org>
Date: Tue, 5 Mar 2024 09:12:44 +0500
Subject: [L] Teaching the 1959 agreement
Content-Type: text/plain; charset="utf-8"

Dear colleagues,

Sixty-five years ago today Pakistan signed the agreement in Ankara. I would welcome sources.

Best,
Nadia

From j.mercer@example.edu Thu Mar  7 16:40:02 2024
Return-Path: <j.mercer@example.edu>
From: James Mercer <j.mercer@example.edu>
Date: Thu, 7 Mar 2024 11:40:02 -0500
Subject: Re: [L] Teaching the 1959 agreement
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

On Tue, 5 Mar 2024 at 09:12, Nadia Haider wrote:
> I would welcome sources.

The cut-off was announced on 8 September 1965; I exported the rows yesterday, Nadia=E2=80=99s
table is fine.
"""


def test_an_mbox_thread_reads_as_its_bodies_each_dated_by_its_date_header(tmp_path):
    assert mbox.is_mbox(MBOX) and not mbox.is_mbox("From the desk of the editor, Tue Mar  5 2024\n")
    box = mbox.read(MBOX)
    assert [d for d, _, _ in box.entries] == ["2024-03-05", "2024-03-07"]
    assert "Return-Path" not in box.text and "Subject:" not in box.text and "From j.mercer" not in box.text
    assert "Nadia’s" in box.text  # the quoted-printable body decoded
    found = _found(_doc(tmp_path, "thread.mbox.txt", MBOX))
    assert found["yesterday"] == ("2024-03-06", "2024-03-06")
    assert found["Sixty-five years ago today"] == ("1959-03-05", "1959-03-05")


XHTML = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>Alliance and Estrangement</title></head>
<body><section epub:type="chapter">
<h1>Chapter 4</h1>
<p>Pakistan signed the Mutual Defense Assistance Agreement with the United States on 19 May 1954, and joined
SEATO in September of that year.<a epub:type="noteref" href="#fn1">1</a></p>
<p>When war broke out in September 1965, the United States suspended military aid to both India and Pakistan.</p>
<span epub:type="pagebreak" id="p45" title="45"/>
<p>The arms embargo was not fully lifted until 1975, long after the war had ended.</p>
<aside epub:type="footnote" id="fn1"><p>1 Kux, Disenchanted Allies (Washington, 2001), 62.</p></aside>
</section></body></html>
"""


def test_an_ebook_xhtml_chapter_saved_as_text_reads_as_a_page_without_its_notes(tmp_path):
    raw = tmp_path / "chapter.xhtml.txt"
    raw.write_text(XHTML, encoding="utf-8")
    r = decode.read(raw)
    assert r.fmt == "html" and "on 19 May 1954" in r.text and "until 1975" in r.text
    assert "<?xml" not in r.text and "Kux" not in r.text


LEFT = ["1  Introduction", "When Pakistan's leadership agreed to support", "Operation Enduring Freedom in",
        "mid-September 2001, few officials in either", "capital expected the arrangement to last two",
        "decades.1 Yet it proved remarkably durable. In", "its first phase, from 2002 to 2007, Washington",
        "paid roughly $5.7 billion in reimbursements.", "", "2  The peak years", "Reimbursements rose sharply after the",
        "Kerry-Lugar-Berman Act was signed in", "October 2009, and assist-", "ance peaked in FY2010."]
RIGHT = ["The logic was simple: Islamabad provided", "access, logistics and troops on its western",
         "border, and the Pentagon paid the bills.", "", "What follows traces the rise and collapse of",
         "this arrangement through its three phases,", "from 2001 to the suspension of security",
         "assistance in January 2018, and after it.", "", "3  After the suspension", "On 4 January 2018 the State",
         "Department suspended security assistance,", "days after the President's tweet.", ""]
TWO_COLUMNS = ("   JOURNAL OF SOUTH ASIAN STUDIES, Vol. 12, No. 3 (2023)\n\n"
               + "\n".join(f"{a:<52}{b}".rstrip() for a, b in zip(LEFT, RIGHT))
               + "\n\n   ____________________\n   1 Interview, Rawalpindi, 12 October 2022.\n")


def test_a_pdfs_two_columns_are_read_left_column_first_with_paragraphs_joined(tmp_path):
    assert columns.gutter(TWO_COLUMNS.split("\n")) == 52
    text = columns.unfold(TWO_COLUMNS)
    assert text.index("paid roughly $5.7 billion") < text.index("The logic was simple")
    assert ("When Pakistan's leadership agreed to support Operation Enduring Freedom in mid-September 2001, "
            "few officials in either capital expected") in text
    assert "October 2009, and assistance peaked in FY2010." in text  # a word broken at the line end rejoined
    assert "\n3  After the suspension\n" in text  # a short line ends its paragraph: a heading
    assert columns.unfold("A plain text.\nWith  two  spaces  here and there.\n") is None
    d = _doc(tmp_path, "article.txt", TWO_COLUMNS)
    assert "12 October 2022" not in d.text  # the footnote under the rule is a note (GUIDELINES 8.1)
    assert _found(d)["January 2018"] == ("2018-01", "2018-01")


FATF = """FATF OUTCOMES, 2018-2020
Compiled 3 November 2022 | Document PAD/FATF/07

Background: the FATF and Washington have watched Pakistan's controls on terrorist financing since 9/11 and the war that followed it, and the grey list has been the main instrument of that pressure in the years since then.

----------------------------------------
Paris, 29 June 2018
----------------------------------------

The FATF today placed Pakistan on its list of jurisdictions under increased monitoring, after a long review of its controls, and Pakistan made a high-level political commitment to work with the FATF on an action plan.

----------------------------------------
Paris, 21 February 2020
----------------------------------------

Since June 2018 Pakistan has made progress across its action plan, but all of its deadlines have expired, and the FATF today urged it to finish the plan quickly.
"""


def test_a_place_and_date_set_between_rules_heads_the_entry_below_it(tmp_path):
    d = _doc(tmp_path, "fatf.txt", FATF)
    assert d.published == "2022-11-03"  # "Compiled ...": a publication stamp
    found = [(d.text[t.start:t.end], t.value_start, t.value_end)
             for t in tag(d.text, d.published, anchors=[(s, v) for s, v, _ in d.anchors])]
    assert ("today", "2018-06-29", "2018-06-29") in found and ("today", "2020-02-21", "2020-02-21") in found
    assert ("Since June 2018", "2018-06", "2020-02-21") in found


OBSIDIAN = """# 2024-03-05

tags: #daily #csf

Spent the morning on [[Coalition Support Fund|CSF]] numbers for the paper.

- [x] Re-read the [[Trump tweet 2018-01-01]] thread

# 2024-03-07

tags: #daily #fatf

Call with [[Farah Qureshi|Farah]] this afternoon about the article on the 2018 suspension.

Earlier rounds are in [[1954 Mutual Defense Assistance Agreement]] and the later notes.

> The United States has given Pakistan more than 33 billion dollars in aid over the last 15 years.
> — @realDonaldTrump, 1 January 2018

From the column in *The Friday Times*, 2 March 2024:

> The two capitals have been talking past each other for the last two years.

- [ ] Link this note to [[FATF outcomes]]

Recently the embassy has been talking about trade, not aid, and the call this afternoon said the same.

# 2024-03-11

Reading notes: the Act was signed into law in October 2009 and authorised $7.5 billion over five years.
"""


def test_daily_notes_headed_by_dates_under_short_lines_date_their_entries(tmp_path):
    d = _doc(tmp_path, "vault.md", OBSIDIAN)
    assert "tags:" not in d.text  # a note's tag field is metadata
    found = _found(d)
    assert found["this afternoon"] == ("2024-03-07", "2024-03-07")
    assert "2018-01-01" not in found  # an ISO-named note's link is an identifier
    assert found["1954"] == ("1954", "1954")  # a link named in words reads as prose
    # a block quote's dated source line, under or over it, dates the quotation and is not tagged
    assert found["over the last 15 years"] == ("2003", "2018-01-01") and found["the last two years"] == ("2022", "2024-03-02")
    assert "1 January 2018" not in found and "2 March 2024" not in found
    assert found["Recently"][1] == "2024-03-07"  # the note's own date resumes after the quotations and the task


ARTICLE = """Reimbursement Diplomacy: Coalition Support Funds and the Bargain

Received 14 March 2023; Accepted 21 August 2023; Published online 2 October 2023

KEYWORDS  Coalition Support Funds; Pakistan; burden-sharing; War on Terror

The suspension of security assistance in January 2018 ended the bargain that had held since 2002, and
no comparable instrument has replaced it in the years since then, as the sections below show in detail.
"""


def test_a_journals_review_history_dates_the_article_and_its_keywords_are_a_field_list(tmp_path):
    d = _doc(tmp_path, "jarticle.txt", ARTICLE)
    assert d.published == "2023-10-02"
    assert "Received" not in d.text and "War on Terror" not in d.text
    assert _found(d)["January 2018"] == ("2018-01", "2018-01")


WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Blog</title>
<item><title>One</title><pubDate>Sun, 01 Jan 2023 09:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>Five years ago today the tweet went out.</p>]]></content:encoded></item>
<item><title>Two (draft)</title><pubDate>Mon, 30 Nov -0001 00:00:00 +0000</pubDate><wp:post_date>2023-11-13 10:00:00</wp:post_date>
<content:encoded><![CDATA[<p>Last month a delegation toured Sindh.</p>]]></content:encoded></item>
</channel></rss>
"""


def test_a_wordpress_drafts_placeholder_date_gives_way_to_its_post_date():
    s = structured.read(WXR)
    assert [d for d, _, _ in s.entries] == ["2023-01-01", "2023-11-13"]


def test_a_gold_context_copied_with_json_escapes_is_found_in_the_decoded_text():
    variants = evaluate._variants('Khan called it a \\"foreign conspiracy\\".')
    assert 'Khan called it a "foreign conspiracy".' in variants


# the fresh-eyed review's findings, each on the input that showed it


def test_review_an_mbox_body_keeps_its_characters_and_an_html_only_message_is_read():
    head = "From a@x.org Tue Mar  5 09:12:44 2024\nFrom: A <a@x.org>\nDate: Tue, 5 Mar 2024 09:12:44 +0500\nSubject: x\n"
    body = "The Kerry–Lugar–Berman Act’s aid of 2009 — “a lifeline”.\n"
    for ctype in ("", "Content-Type: text/plain; charset=iso-8859-1\n", "Content-Transfer-Encoding: 8bit\n"):
        assert mbox.read(head + ctype + "\n" + body).text == body
    html_only = head + "Content-Type: text/html; charset=utf-8\n\n<p>Aid resumed in <b>2002</b>.</p><p>Then 2011.</p>\n"
    assert mbox.read(html_only).text == "Aid resumed in 2002.\n\nThen 2011.\n"


def test_review_aligned_chronologies_are_not_two_columns_and_long_lines_cost_little():
    chronology = "CHRONOLOGY\n\n" + "\n".join(f"{d:<22}{e}" for d, e in [
        ("12 March 2001", "Bush administration lifts some sanctions on Pakistan after long talks"),
        ("22 September 2001", "Sanctions waived by the President of the United States for good")] * 6)
    assert columns.unfold(chronology) is None
    register = "TRADE REGISTER\n\n" + "\n".join(
        f"{'':<25}{n:<9}{w:<25}{'FGA aircraft':<19}{1954:<10}{'1956-1958':<13}{n:<11}{c}" for n, w, c in [
            ("120", "F-86F Sabre", "Aid; ex-US Air Force; first squadron formed at Mauripur near Karachi"),
            ("26", "B-57B Canberra", "Aid; ex-US Air Force; flown by the bomber wing at Peshawar for years")] * 6)
    assert columns.unfold(register) is None  # a fixed-width table with prose comments: several wide gaps a row
    import time
    started = time.perf_counter()
    assert columns.unfold("Aid was resumed after the attacks.  " * 6000) is None
    assert time.perf_counter() - started < 1.0


def test_review_a_thread_whose_replies_are_all_by_readers_keeps_its_post_and_null_parents_are_no_replies():
    post = {"kind": "t3", "data": {"author": "op", "title": "Is this a reset?", "created_utc": 1704812345.0,
                                   "selftext": "Pakistan joined SEATO in September 1954, and the alliance frayed."}}
    reply = {"kind": "t1", "data": {"author": "u1", "parent_id": "t3_x", "created_utc": 1704813900.0,
                                    "body": "Small correction: the tests were in May 1998."}}
    s = structured.read(json.dumps([{"kind": "Listing", "data": {"children": [post]}},
                                    {"kind": "Listing", "data": {"children": [reply, reply]}}]))
    assert [d for d, _, _ in s.entries] == ["2024-01-09"] and "SEATO" in s.text and "correction" not in s.text
    articles = [{"author": a, "parent_id": None, "date": f"2024-0{i}-01", "text": f"Story number {i} about aid."}
                for i, a in enumerate("abc", 1)]
    assert len(structured.read(json.dumps(articles)).entries) == 3
    story = {"author": "desk", "date": "2024-03-01", "text": "The aid package was announced today in Islamabad.",
             "comments": [{"author": "reader1", "date": "2024-03-02", "text": "I doubt this will happen at all."},
                          {"author": "reader2", "date": "2024-03-02", "text": "Nor do I, frankly speaking."}]}
    other = {"author": "desk", "date": "2024-03-05", "text": "A second story from the desk on the same day."}
    s = structured.read(json.dumps([story, other]))
    assert "I doubt" not in s.text and "second story" in s.text
    s = structured.read(json.dumps([{"date": "2024-03-01", "text": ["Pakistan joined SEATO in 1954.", "Aid resumed in 2002."]},
                                    {"date": "2024-03-02", "text": "Second one here."}]))
    assert "Pakistan joined SEATO in 1954.\n\nAid resumed in 2002." in s.text


def test_review_set_for_is_future_only_right_before_its_time_and_a_bare_dated_link_is_that_day():
    from usp_research.timex import load_periods
    periods = load_periods()

    def values(text, dct):
        return {t.text: t.value_start for t in tag(text, dct, periods)}
    assert values("Islamabad was set for a clash with Washington; in January the aid was frozen.", "2018-03-01")["January"] == "2018-01"
    assert values("With the election set for February 8, nobody expects change.", "2024-01-09")["February 8"] == "2024-02-08"
    assert values("Met the ambassador on [[2024-03-12]] about the F-16 parts.", "2024-03-14")["2024-03-12"] == "2024-03-12"


def test_review_latex_keeps_small_type_prose_and_dates_only_by_the_preambles_date():
    tex = latex.read("\\documentclass{article}\n\\date{Draft of 14 March 2024}\n\\begin{document}\n\\section{A}\n"
                     "{\\small Note that CSF payments were reimbursements, paid in 2011.}\n{\\footnotesize Source: CRS, 2019.}\n"
                     "\\begin{verbatim}\n\\date{1 January 1999}\n\\end{verbatim}\n\\end{document}\n")
    assert tex.date == "2024-03-14" and "Note that CSF payments" in tex.text and "Source: CRS" not in tex.text


def test_review_webvtt_recording_dates_with_abbreviations_or_line_breaks_and_rolled_up_captions():
    assert captions.read("WEBVTT\n\nNOTE Recorded Jan. 5, 2024 in Washington D.C. Posted 2 April 2024\n\n"
                         "00:00:01.000 --> 00:00:02.000\nHello.\n").date == "2024-01-05"
    assert captions.read("WEBVTT\n\nNOTE\nRecorded on\n14 March 2024\nPosted 2 April 2024\n\n"
                         "00:00:01.000 --> 00:00:02.000\nHello.\n").date == "2024-03-14"
    rolled = ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nso today we're talking\n\n"
              "00:00:03.000 --> 00:00:05.000\nso today we're talking\nabout the 1954 agreement\n\n"
              "00:00:05.000 --> 00:00:07.000\n<v Ayesha>about the 1954 agreement\nand what followed</v>\n\n"
              "00:00:07.000 --> 00:00:09.000\n- Thank you, Ayesha.\n")
    assert captions.read(rolled).text == ("so today we're talking about the 1954 agreement\n\n"
                                          "Ayesha: and what followed\n\n- Thank you, Ayesha.\n")


def test_review_an_xhtml_file_without_its_xml_declaration_reads_as_a_page_too(tmp_path):
    raw = tmp_path / "chapter2.xhtml.txt"
    raw.write_text(XHTML.split("\n", 1)[1], encoding="utf-8")
    assert decode.read(raw).fmt == "html"


def test_review_dated_entries_under_a_rule_are_not_footnotes(tmp_path):
    diary = ("A diary of the year, kept at the embassy in Islamabad by a junior officer who wrote most evenings.\n\n"
             "____________________\n2 May 2011 - Bin Laden was killed in Abbottabad by US special forces tonight.\n\n"
             "____________________\n26 November 2011 - A NATO strike at Salala killed 24 Pakistani soldiers.\n")
    d = _doc(tmp_path, "diary.txt", diary)
    assert "Bin Laden was killed" in d.text and "Salala killed 24" in d.text


def test_a_contracted_will_is_a_modal_like_will():
    from test_round23 import _events
    assert _events("Good catch. I'll pull the FY2023 numbers tomorrow and update the post.", "2024-01-10") == []
    assert _events("Good catch. I pulled the FY2023 numbers in March 2024 and updated the post.", "2024-06-10") != []


def test_review_items_listed_under_children_by_different_authors_are_not_reader_replies():
    listing = {"data": {"children": [
        {"author": a, "date": f"2024-0{i}-01", "text": f"Story number {i} about the aid package."}
        for i, a in enumerate("abc", 1)]}}
    assert len(structured.read(json.dumps(listing)).entries) == 3
