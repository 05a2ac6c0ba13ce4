"""Rules of the twenty-seventh round (GUIDELINES 8.25), each on texts written for the tests: a Twitter
archive's tweets.js, AsciiDoc sources, a Freeplane mind map, a static site's front matter and
shortcodes, IRC logs, a printed page's running heads, a printer's imprint, an editor's note in a
dated letter, lower-case month names, weekdays set with "is" and weekdays used as kinds."""
from usp_research import asciidoc, frontmatter, structured
from usp_research import money as M
from usp_research.segment import split_sentences
from usp_research.timex import tag

from test_round23 import _doc, _events  # a file cleaned as the pipeline cleans it; event rows


def _found(d):
    return {d.text[t.start:t.end]: (t.value_start, t.value_end)
            for t in tag(d.text, d.published or None, anchors=[(s, v) for s, v, _ in d.anchors])}


def _tweet(stamp: str, text: str) -> str:
    return ('  {\n    "tweet" : {\n      "edit_info" : {"initial" : {"editableUntil" : "2019-01-01T00:00:00.000Z"}},\n'
            f'      "source" : "<a href=\\"https://mobile.twitter.com\\">Twitter Web App</a>",\n'
            '      "entities" : {"hashtags" : [{"text" : "Pakistan2018", "indices" : ["0", "5"]}]},\n'
            f'      "id_str" : "1", "created_at" : "{stamp}",\n      "full_text" : "{text}",\n      "lang" : "en"\n    }}\n  }}')


TWEETS = ("window.YTD.tweets.part0 = [\n" + _tweet("Fri Jan 05 03:02:10 +0000 2018", "State Dept said today it is suspending aid.")
          + ",\n" + _tweet("Tue Oct 15 13:00:07 +0000 2019", "Ten years ago today Obama signed the act.") + "\n];\n")


def test_a_twitter_archive_reads_as_its_tweets_each_dated_by_its_own_stamp(tmp_path):
    s = structured.read(TWEETS)
    assert s.kind == "json" and [d for d, _, _ in s.entries] == ["2018-01-05", "2019-10-15"]
    assert "editableUntil" not in s.text and "Twitter Web App" not in s.text and "Pakistan2018" not in s.text
    found = _found(_doc(tmp_path, "tweets.js.txt", TWEETS))
    assert found["today"] == ("2018-01-05", "2018-01-05")
    assert found["Ten years ago today"] == ("2009-10-15", "2009-10-15")
    assert structured.read("x = 1 + 2;\n") is None  # a script, not a data export


ADOC = """= Briefing Handbook, Chapter 4
Nadia Feldman <nf@example.org>
:revnumber: 3.2
:revdate: 2019-09-16
:toc: left

// Content review 2019-09-10; not rendered.

[abstract]
This chapter gives the history.

== A short history

NOTE: Aid has stopped and started since the mid-1950s.

Congress appropriated $28.5 billion.footnote:[CRS, _Aid to Pakistan, FY2002-FY2020_, 12 March 2019.]

.Appropriations, selected years
[cols="1,1",options="header"]
|===
|Fiscal year |Total
|FY2010 |4,504
|===

* Assistance has been suspended since January 2018.
"""


def test_an_asciidoc_source_reads_as_its_rendered_text_dated_by_its_revdate(tmp_path):
    assert asciidoc.is_asciidoc(ADOC) and not asciidoc.is_asciidoc("= Not much\n\nJust a line.\n")
    a = asciidoc.asciidoc_text(ADOC)
    assert a.date == "2019-09-16"
    assert a.text.rstrip("\n").split("\n\n") == [
        "Briefing Handbook, Chapter 4", "This chapter gives the history.", "A short history",
        "Aid has stopped and started since the mid-1950s.", "Congress appropriated $28.5 billion.",
        "Assistance has been suspended since January 2018."]
    found = _found(_doc(tmp_path, "handbook.adoc.txt", ADOC))
    assert found["since January 2018"] == ("2018-01", "2019-09-16")
    assert "FY2010" not in found and "12 March 2019" not in found and "2019-09-10" not in found
    # a revision line under the author dates it when no :revdate: does
    assert asciidoc.asciidoc_text("= T\nA. Author\nv1.0, 2020-02-03: first\n:toc:\n\n== S\n\nText.\n").date == "2020-02-03"


MINDMAP = """<map version="freeplane 1.9.13">
<!--To view this file, download Freeplane -->
<node TEXT="Pak-US relations" ID="ID_1" CREATED="1699999999999" MODIFIED="1700432118761">
<hook NAME="MapStyle"><properties fit_to_viewport="false"/></hook>
<node TEXT="1960s: the let-down" ID="ID_2" CREATED="1700000051204" MODIFIED="1700000102733">
<icon BUILTIN="flag"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/"><html><head></head><body>
<p>When war broke out in September 1965, Washington suspended aid.</p>
</body></html></richcontent>
</node>
</node>
</map>
"""


def test_a_mind_map_reads_as_its_node_texts_and_notes_undated():
    s = structured.read(MINDMAP)
    assert s.kind == "mindmap" and s.date == "" and s.entries == ()
    assert s.text.rstrip("\n").split("\n\n") == ["Pak-US relations", "1960s: the let-down",
                                                 "When war broke out in September 1965, Washington suspended aid."]
    assert structured.read('<map name="x"><area/></map>') is None  # an HTML image map, not a mind map


HUGO = """+++
title = "Thirty-Four Billion Dollars Later"
date = 2023-08-14T09:30:00+05:00
lastmod = 2024-01-09T18:12:00+05:00
tags = ["pakistan"]
+++

Last week a general quoted the number.

{{< tweet user="someone" id="947802588174577664" >}}

{{< figure src="/images/2023/08/f16.jpg" caption="F-16s in storage in Arizona, 1993." alt="jets" >}}
"""


def test_a_static_site_source_is_dated_by_its_front_matter_and_shows_only_shortcode_captions(tmp_path):
    p = frontmatter.read(HUGO)
    assert (p.title, p.date) == ("Thirty-Four Billion Dollars Later", "2023-08-14")
    assert "947802588174577664" not in p.text and "lastmod" not in p.text and "F-16s in storage in Arizona, 1993." in p.text
    assert p.text.split("\n")[1] == "Thirty-Four Billion Dollars Later"  # the title, on its own line
    assert frontmatter.read("---\ntitle: Aid\nauthor: X\n---\n\n# Aid\n\nText.\n").text.count("Aid") == 1
    assert p.text.count("\n", 0, p.text.index("Last week")) == HUGO.count("\n", 0, HUGO.index("Last week"))  # lines kept
    d = _doc(tmp_path, "post.md", HUGO)
    assert d.published == "2023-08-14" and d.title == "Thirty-Four Billion Dollars Later"
    assert _found(d)["Last week"][0] == "2023-08-07"
    assert frontmatter.read("A line\n---\nanother\n") is None  # a rule under text, no front matter
    assert frontmatter.read("---\nlayout: post\n---\nText.\n") is None  # one field: not enough to tell


IRC = """--- Log opened Tue Mar 05 20:58:41 2024
[2024-03-05 20:58] -!- hina_r [~hina@bridge] has joined #pols
[2024-03-05 21:02] <hina_r> the 1965 war starts in september and aid is cut off
[2024-03-05 21:03] <omer_k> exam is thursday 9am right?
--- Day changed Wed Mar 06 2024
[20:10] <bilal_92> then salala on 26 nov 2011, and abbottabad on may 2 before that
[20:11] <zainab_s> notes from yesterday are on the pad
--- Log closed Wed Mar 06 20:31:17 2024
"""


def test_an_irc_log_reads_as_its_messages_each_dated_by_its_stamp_or_the_day_line(tmp_path):
    d = _doc(tmp_path, "log.txt", IRC)
    assert "-!-" not in d.text and "Log opened" not in d.text and "<hina_r>" not in d.text
    assert d.text.startswith("the 1965 war starts in september")
    found = _found(d)
    assert found["september"] == ("1965-09", "1965-09")  # a lower-case month after a time preposition
    assert found["thursday"] == ("2024-03-07", "2024-03-07")  # "exam is thursday": the next one
    assert found["yesterday"] == ("2024-03-05", "2024-03-05")  # a clock-only stamp under "Day changed"
    assert found["26 nov 2011"] == ("2011-11-26", "2011-11-26")
    assert found["may 2"][0].endswith("-05-02")  # "on may 2": a month; "it may 5 times" is not
    assert not tag("it may 5 times, and march on", "2024-03-06")


def test_a_running_head_is_page_furniture_and_its_edition_year_dates_the_pages(tmp_path):
    text = ("18                    WHO'S WHO IN PAKISTAN-UNITED STATES AFFAIRS 2016\n\n"
            "ABBASI, Tariq; Chairman, Institute for Strategic Dialogue, since 2013; b. 4 March 1951.\n\n"
            "KHAN, Ayesha; Fellow, Potomac Council, since 2014; b. 2 Feb. 1956.\n\n"
            "                                          19\nMCALLISTER                    WHO'S WHO 2016\n\n"
            "McALLISTER, Robert; Senior Adviser, since 2015; b. 7 July 1955.\n")
    d = _doc(tmp_path, "whoswho.txt", text)
    assert d.published == "2016" and "WHO'S WHO" not in d.text
    assert _found(d)["since 2013"] == ("2013", "2016")
    # a chapter's span in a head is no edition year, nor is one head's year enough
    d = _doc(tmp_path, "book.txt", "THE LOST DECADE, 1990–2001          213\n\nAid has been cut since 1990.\n\n"
             "THE LOST DECADE, 1990–2001          215\n\nIt was restored in 2001.\n")
    assert d.published == "" and "LOST DECADE" not in d.text
    # a table's row in columns, or a line in mixed case, is not a running head
    for line in ("1954     MUTUAL DEFENSE ASSISTANCE", "The Cold War Years      47"):
        d = _doc(tmp_path, "t.txt", line + "\n\nThe aid began in 1954 and grew.\n")
        assert not any("running head" in e.reason for e in d.log) and d.published == ""


def test_a_printers_imprint_dates_a_pamphlet(tmp_path):
    text = ("A DECADE OF PARTNERSHIP\n\nTen years ago the first American technicians arrived in Pakistan.\n\n"
            "Printed by the Mercantile Press, Karachi. March 1962.\n")
    d = _doc(tmp_path, "pamphlet.txt", text)
    assert d.published == "1962-03" and _found(d)["Ten years ago"][0] == "1952"


def test_an_editors_note_in_a_dated_letter_takes_the_letters_year_for_a_later_month(tmp_path):
    text = ("Lyallpur\n12 August 1965\n\nDear folks,\n\nThis is my last letter. I fly home soon.\n\nWalter\n\n"
            "[Ed.: Walter flew home as planned. On 1 September Pakistan launched Operation Grand Slam.]\n\n"
            "Lahore\n2 September 1965\n\nDear folks,\n\nWe saw the news. In March we had rain.\n")
    found = _found(_doc(tmp_path, "letters.txt", text))
    assert found["1 September"] == ("1965-09-01", "1965-09-01")
    assert found["March"] == ("1965-03", "1965-03")  # outside a note, past tense still looks back


def test_weekdays_as_kinds_and_the_coming_year_are_not_times():
    texts = {t.text for t in tag("A general said it on a Sunday talk show. We met on a Sunday in May. "
                                 "Firms plan to invest over the coming year, and in the coming fiscal year.", "2023-08-14")}
    assert texts == {"Sunday", "May", "the coming fiscal year"}


def test_a_news_day_before_a_colon_is_not_the_period_of_the_amounts_said_after_it():
    text = ("Imran Khan hit back this morning: Pakistan lost over $123 bn in the war on terror, "
            "while US aid was a minuscule $20 bn. The Senate approved $400 million on Monday.")
    got = {m.text: (m.period_start, m.period_end)
           for m in M.extract_money(text, split_sentences(text), tag(text, "2018-11-19"), "2018-11-19")}
    assert got["$20 bn"] == ("", "")
    assert got["$400 million"] == ("2018", "2018")  # a news day with no colon still dates its own amount
    text = "Daley confirmed yesterday what we had heard: the administration is holding back about $800 million."
    got = M.extract_money(text, split_sentences(text), tag(text, "2011-07-11"), "2011-07-11")
    assert (got[0].period_start, got[0].period_end) == ("2011", "2011")  # a present state: the day's


def test_a_share_of_a_whole_over_years_gives_no_event():
    got = _events("By the CRS count, over 40% of everything appropriated between FY2002 and FY2018 was CSF. "
                  "CSF accounted for about 43 percent of all US assistance between FY2002 and FY2018. "
                  "Between FY2002 and FY2018 Congress appropriated $34 billion for Pakistan.")
    assert [(s, e) for s, e, _ in got] == [("2002", "2018")]


def test_the_review_findings_stay_fixed(tmp_path):
    # a numbered caps paragraph's first line is no running head; a chapter's subject year dates nothing
    d = _doc(tmp_path, "cable.txt", "CONFIDENTIAL\n\n1   THE AMBASSADOR CALLED ON PRESIDENT ZIA THIS MORNING\n"
             "TO DISCUSS THE AID PACKAGE.\n")
    assert "THE AMBASSADOR CALLED" in d.text
    d = _doc(tmp_path, "book.txt", "THE WAR OF 1971          213\n\nNixon tilted towards Pakistan.\n\n"
             "214          THE WAR OF 1971\n\nKissinger flew to Beijing last year.\n")
    assert d.published == ""
    # wikitext, reStructuredText and a chat's reaction lines are not AsciiDoc; "aid[1]" keeps its word
    assert not asciidoc.is_asciidoc("= Relations =\n\nBegan in [[1947]].\n\n== History ==\n\nText.\n\n== Aid ==\n")
    assert not asciidoc.is_asciidoc(":orphan:\n:tocdepth: 2\n:date: 2019-09-16\n\nTitle\n=====\n\nAid began in 1954.\n")
    assert not asciidoc.is_asciidoc(":eyes: 2\n:thumbsup: 3\n\nTariq  9:15 PM\n--------\nCLAIM: aid.\n")
    assert asciidoc.asciidoc_text("= P\n:revdate: 2019-09-16\n:toc:\n\nCongress cut aid[1] in 2011. See "
                                  "https://x.org[the report].\n").text.endswith("Congress cut aid[1] in 2011. See the report.\n")
    # prose between two rules is no front matter; "..." closes YAML; a shortcode's lines are kept
    assert frontmatter.read("---\nUpdate: State said $300 million would be withheld.\nPakistan summoned the envoy.\n---\n\nX.\n") is None
    p = frontmatter.read("---\ntitle: Aid\ndate: 2020-01-14\n...\n\nAid was suspended in January 2018.\n\n---\n\nLater.\n")
    assert p.date == "2020-01-14" and "Aid was suspended" in p.text and "Later." in p.text
    src = '---\ntitle: x\ndate: 2023-08-14\n---\n\n{{< figure\n  src="a.jpg"\n  caption="F-16s, 1993."\n>}}\n\nAid was cut.\n'
    assert frontmatter.read(src).text.split("\n").index("Aid was cut.") == src.split("\n").index("Aid was cut.")
    # a passive happening with a share is still a happening; a possessive weekday after "is" looks back
    assert _events("Between 2011 and 2013, a third of all US assistance was frozen by Washington.")
    assert [t.value_start for t in tag("The reason for the delay is Monday's attack.", "2024-03-06")] == ["2024-03-04"]
    assert not tag("The row could mar 5 years of progress.", "2024-03-06")


def test_irssi_lines_with_padded_nicks_and_actions_are_messages():
    from usp_research import repair
    lines = ["--- Day changed Wed Mar 06 2024", "20:10 < bilal_92> then salala on 26 nov 2011",
             "20:11 <@zainab_s> notes are on the pad", "20:13  * zainab_s thinks aid was cut in 2011"]
    assert repair.chat_messages(lines) == {1: ("then salala on 26 nov 2011", "2024-03-06"),
                                           2: ("notes are on the pad", "2024-03-06"),
                                           3: ("zainab_s thinks aid was cut in 2011", "2024-03-06")}
