"""Decoding: UTF-8 with or without BOM is read; anything else is refused, naming the file."""
import codecs

import pytest

from usp_research import decode, latex
from usp_research.errors import InputError


def write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_utf8_and_bom_give_the_same_text(tmp_path):
    plain = decode.read(write(tmp_path, "a.txt", "Pakistan’s aid".encode()))
    bom = decode.read(write(tmp_path, "b.txt", codecs.BOM_UTF8 + "Pakistan’s aid".encode()))
    assert plain.text == bom.text == "Pakistan’s aid"
    assert (plain.had_bom, bom.had_bom) == (False, True)


@pytest.mark.parametrize("data, words", [
    ("Caf\u00e9 aid".encode("cp1252"), "not valid UTF-8"),
    (codecs.BOM_UTF16_LE + "aid".encode("utf-16-le"), "UTF-16"),
    (b"%PDF-1.4\x00\x01binary", "NUL bytes"),
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
])
def test_bad_input_is_refused_with_file_name(tmp_path, data, words):
    p = write(tmp_path, "bad.txt", data)
    with pytest.raises(InputError) as err:
        decode.read(p)
    assert str(p) in str(err.value) and words in str(err.value)


def test_unsupported_suffix(tmp_path):
    with pytest.raises(InputError, match="unsupported suffix"):
        decode.read(write(tmp_path, "a.pdf", b"x"))


def test_html_goes_through_the_extractor(fixture_corpus):
    raw = decode.read(fixture_corpus / "page.html")
    assert raw.fmt == "html"
    assert "tracking script" not in raw.text and "cookies" not in raw.text and "color: red" not in raw.text
    assert raw.text.splitlines()[1].startswith("The United States gave Pakistan large sums after 2001")
    assert raw.html_meta["author"] == "Jane Doe" and raw.html_meta["date"] == "2023-05-02"


def test_headings_and_lists_dropped_by_the_extractor_are_restored():
    from usp_research import decode
    para = "<p>" + "The United States and Pakistan announced a trade agreement on Wednesday. " * 3 + "</p>"
    html = ("<html><body><nav><ul><li>Home</li><li>Archive</li></ul></nav><table><tr><td>"
            f"<h2>Trade deal caps a busy July</h2><p>Dear reader,</p>{para}<h2>Key dates</h2>"
            "<ul><li>2025-07-30: US and Pakistan announce a trade deal</li></ul><p>Until next week,<br>The team</p>"
            "</td></tr></table></body></html>")
    extracted = "Dear reader,\n" + " ".join(["The United States and Pakistan announced a trade agreement on "
                                              "Wednesday."] * 3) + "\nUntil next week,\nThe team"
    out = decode.restore_blocks(html, extracted).split("\n")
    assert out[0] == "Dear reader,"  # nothing is put before the first extracted block
    assert out[-4:-2] == ["Key dates", "- 2025-07-30: US and Pakistan announce a trade deal"]
    assert "Home" not in out and "Archive" not in out


def test_a_fact_box_inside_the_article_is_kept_and_a_box_of_links_is_not():
    from usp_research import decode
    para = "<p>" + "The United States cleared a support package for the F-16 fleet this week. " * 3 + "</p>"
    html = ("<html><body><article>" + para + "<aside class='factbox'><h3>FACT BOX: the F-16s</h3><ul>"
            "<li>1981: US agrees to sell F-16s</li><li>January 1983: first jets arrive</li></ul></aside>"
            "<aside class='related'><h3>Related</h3><ul><li><a href='/a'>Aid cuts explained</a></li>"
            "<li><a href='/b'>Who gets US money</a></li></ul></aside>" + para.replace("this week", "on Monday")
            + "</article></body></html>")
    extracted = "\n".join([" ".join(["The United States cleared a support package for the F-16 fleet this week."] * 3),
                           " ".join(["The United States cleared a support package for the F-16 fleet on Monday."] * 3)])
    out = decode.restore_blocks(html, extracted).split("\n")
    assert out[1:4] == ["FACT BOX: the F-16s", "- 1981: US agrees to sell F-16s", "- January 1983: first jets arrive"]
    assert not any("Aid cuts" in x or x == "Related" for x in out)


def test_a_fact_box_closing_the_article_is_appended_but_related_and_about_boxes_are_not():
    from usp_research import decode
    para = "<p>" + "Reconsider travel to Pakistan due to terrorism and civil unrest in several provinces. " * 3 + "</p>"
    html = ("<html><body><main><div>" + para + "</div><aside class='advisory-history'><h3>Previous advisories</h3>"
            "<ul><li>October 5, 2022 – Level 3: Reconsider Travel. Reissued with updates.</li></ul></aside>"
            "<aside class='related'><h3>Related releases</h3><ul><li>US provides $30 million (August 30, 2022)</li></ul></aside>"
            "<aside class='box'><h3>Embassy messages</h3><ul><li><a href='/x'>Security alert (July 12, 2023)</a></li></ul>"
            "</aside></main></body></html>")
    extracted = " ".join(["Reconsider travel to Pakistan due to terrorism and civil unrest in several provinces."] * 3)
    out = decode.restore_blocks(html, extracted).split("\n")
    assert out[1:] == ["Previous advisories", "- October 5, 2022 – Level 3: Reconsider Travel. Reissued with updates."]


def _thread(answer_author: str, answer: str, post: str = "Why did aid go up in the 1980s?") -> str:
    return ("<html><body><main><article class='post'><h1>Question</h1><div class='post-body'><p>" + post + "</p></div>"
            "</article><section class='comments'><div class='comment' id='c1'><div class='comment-meta'>"
            f"<a href='/user/{answer_author}'>u/{answer_author}</a> <span class='stamp'>6 yr. ago</span></div>"
            f"<div class='comment-body'><p>{answer}</p></div>"
            "<div class='comment reply'><div class='comment-meta'><a href='/user/reader'>u/reader</a></div>"
            "<div class='comment-body'><p>Great answer. What happened in 1990?</p></div>"
            f"<div class='comment reply'><div class='comment-meta'><a href='/user/{answer_author}'>u/{answer_author}</a></div>"
            "<div class='comment-body'><p>It took until December 1998 to settle.</p></div></div></div></div>"
            "</section></main></body></html>")


def test_a_thread_whose_comment_outweighs_the_question_gets_the_answering_authors_comments():
    from usp_research import decode
    answer = "Start in April 1979, when the Carter administration suspended aid under Symington. " * 4
    html = _thread("archivist", answer)
    out = decode.add_thread_answer(html, "Question\nWhy did aid go up in the 1980s?").split("\n")
    assert out[2:] == [" ".join(answer.split()), "It took until December 1998 to settle."]  # not the reader's reply


def test_reader_comments_under_a_long_article_are_not_added():
    from usp_research import decode
    article = "The United States resumed military training for Pakistani officers this year. " * 8
    html = _thread("archivist", "A short reply about 1979.", post=article)
    assert decode.add_thread_answer(html, article) == article


def test_a_news_brief_with_a_long_reader_comment_is_not_a_thread():
    from usp_research import decode
    brief = "The United States resumed military training for Pakistani officers this year, officials said."
    html = _thread("reader", "This is outrageous and I have said so for years. " * 6, post=brief)
    assert decode.add_thread_answer(html, brief) == brief


def test_a_feed_items_dated_meta_line_is_put_back_before_the_item():
    from usp_research import decode
    item = ("<article class='item'><div class='meta'><span class='source'>{src}</span> · <time datetime='{iso}'>{day}</time>"
            " · 2 min read</div><p class='snippet'>{text}</p></article>")
    texts = ["The United States on Friday urged Pakistan to investigate claims of interference in the election.",
             "The United States will provide $30 million in humanitarian assistance to people hit by the floods."]
    html = ("<html><body><main><div class='toolbar'><time datetime='2024-02-10'>updated</time> and many more words "
            "of toolbar text here that go on for far too long to be any item's meta line at all</div>"
            + item.format(src="Dawn", iso="2024-02-09", day="9 Feb 2024", text=texts[0])
            + item.format(src="Arab News", iso="2022-08-30", day="30 Aug 2022", text=texts[1]) + "</main></body></html>")
    out = decode.restore_blocks(html, "\n".join(texts)).split("\n")
    assert out == ["Dawn · 9 Feb 2024 · 2 min read", texts[0], "Arab News · 30 Aug 2022 · 2 min read", texts[1]]


def test_a_lone_card_or_a_captions_time_is_not_an_items_meta_line():
    from usp_research import decode
    text = "The United States on Friday urged Pakistan to investigate claims of interference in the election."
    html = ("<html><body><main><article><p>" + text + "</p><figure><img src='x.jpg'><figcaption>Voters queue in Lahore. "
            "<time datetime='2024-02-08'>8 Feb 2024</time></figcaption></figure><div class='card'>US aid cut · "
            "<time datetime='2018-01-04'>4 Jan 2018</time> · 4 min read</div></article></main></body></html>")
    assert decode.restore_blocks(html, text) == text


def test_an_ask_me_anything_gets_the_hosts_replies_and_not_other_users_questions():
    html = ("<html><body><main><article class='post'><div class='post-meta'>Posted by <span class='op'>u/historian</span>"
            " · 3 yr. ago</div><h1>AMA: I'm a historian of the alliance. Ask me anything!</h1><div class='post-body'>"
            "<p>I teach diplomatic history in Lahore and will answer questions today.</p></div></article>"
            "<section class='comments'><div class='comment'><div class='comment-meta'>u/reader · 3 yr. ago</div>"
            "<p>What did the 1954 agreement give Pakistan?</p>"
            "<div class='comment'><div class='comment-meta'><span class='op'>u/historian</span> OP · 3 yr. ago</div>"
            "<p>The agreement signed in Karachi on May 19, 1954 committed the US to equip five divisions.</p>"
            "<p>Between 1954 and 1965 Washington provided something like $700 million in military grant aid.</p></div></div>"
            "</section></main></body></html>")
    text = "AMA: I'm a historian of the alliance. Ask me anything!\nI teach diplomatic history in Lahore and will answer questions today."
    out = decode.add_thread_answer(html, text).split("\n")
    assert out[2:] == ["The agreement signed in Karachi on May 19, 1954 committed the US to equip five divisions.",
                       "Between 1954 and 1965 Washington provided something like $700 million in military grant aid."]
    # a blog author's short thanks under the article is a comment, not the article
    blog = html.replace("class='op'", "class='author'").replace(
        "<p>Between 1954 and 1965 Washington provided something like $700 million in military grant aid.</p>", "").replace(
        "The agreement signed in Karachi on May 19, 1954 committed the US to equip five divisions.", "Thanks, will update next week.")
    assert decode.add_thread_answer(blog, text) == text


def test_raw_wiki_markup_in_a_text_file_is_read_as_the_rendered_page(tmp_path):
    src = ("{{Short description|Aid}}\n{{Infobox aid programme\n| began = 1951\n}}\n"
           "'''United States aid to Pakistan''' has flowed since the early 1950s, to [[Pakistan]] from the "
           "[[United States]].<ref>{{cite news |title=Aid |date=2 October 1990}}</ref>\n\n"
           "== History ==\nAfter the [[September 11 attacks|attacks of 11 September 2001]] aid rose.\n\n"
           "[[Category:Foreign aid to Pakistan]]\n")
    raw = decode.read(write(tmp_path, "a.txt", src.encode()))
    assert raw.text == ("United States aid to Pakistan has flowed since the early 1950s, to Pakistan from the United States.\n\n"
                        "History\nAfter the attacks of 11 September 2001 aid rose.\n")
    assert raw.html_meta == {"markup": "wikitext"}
    # formatting templates show their words; an image shows its caption (links in it read), not its options
    assert decode.wiki_text("authorized {{US$|7.5 billion}} on {{start date|2009|10|15}}, {{nowrap|$1.5 billion}} a year") == (
        "authorized US$7.5 billion on 15 October 2009, $1.5 billion a year\n")
    assert decode.wiki_text("[[File:X.jpg|thumb|Senators [[John Kerry|Kerry]] and [[Richard Lugar|Lugar]] in 2009]]") == (
        "Senators Kerry and Lugar in 2009\n")
    assert decode.wiki_text("[[File:Ayub.jpg|thumb|upright|220px|Ayub Khan with Kennedy in 1961]]") == "Ayub Khan with Kennedy in 1961\n"
    # a note with a few [[links]] but no templates or == headings == is left as written
    note = "See [[Kerry-Lugar-Berman Act]], [[Pressler Amendment]] and [[Coalition Support Fund]] for 2009."
    assert decode.read(write(tmp_path, "b.txt", note.encode())).text == note


def test_an_alerts_pages_time_lines_first_heading_and_update_box_are_put_back_but_an_author_box_is_not():
    from usp_research import decode
    texts = ["A US Air Force C-17 carrying tents landed at Karachi this evening, the first flight of an air bridge.",
             "UN Secretary-General Guterres arrived in Islamabad today for a two-day visit to the flood zone."]
    item = "<article class='alert'><time datetime='{iso}'>{day} · 21:15 PKT</time><h3>{head}</h3><p>{text}</p></article>"
    html = ("<html><body><main><h1>Breaking alerts</h1><aside class='update-note'><p>An alert published on Thursday "
            "misstated the value of the package.</p></aside><section>"
            + item.format(iso="2022-09-09", day="9 Sep 2022", head="First relief flight lands", text=texts[0])
            + item.format(iso="2022-09-08", day="8 Sep 2022", head="UN chief arrives", text=texts[1])
            + "</section><aside class='author-box'><p>Jane Doe worked at the State Department from 2010 to 2015.</p>"
            "</aside></main></body></html>")
    out = decode.restore_blocks(html, "\n".join(texts)).split("\n")
    assert out == ["An alert published on Thursday misstated the value of the package.",
                   "9 Sep 2022 · 21:15 PKT", "First relief flight lands", texts[0],
                   "8 Sep 2022 · 21:15 PKT", "UN chief arrives", texts[1]]


def test_a_petitions_dated_updates_after_its_text_are_put_back_and_a_list_of_story_cards_is_not():
    from usp_research import decode
    body = "We ask the committee to restore civilian aid to Pakistan, which has fallen every year since 2016."
    upd = ("<article class='update'><h3>Update | {day}</h3><p>{text}</p></article>")
    texts = ["On Monday two of our volunteers met staff of the House subcommittee that writes the bill.",
             "The spending bill that Congress passed on Saturday keeps funding for the Fulbright programme."]
    html = ("<html><body><main><section><p>" + body + "</p></section><section class='updates'><h2>Updates</h2>"
            + upd.format(day="December 2, 2023", text=texts[0]) + upd.format(day="March 25, 2024", text=texts[1])
            + "</section></main></body></html>")
    assert decode.restore_blocks(html, body).split("\n") == [body, "Update | December 2, 2023", texts[0],
                                                           "Update | March 25, 2024", texts[1]]
    related = html.replace("<h2>Updates</h2>", "<h2>Related stories</h2>")
    assert decode.restore_blocks(related, body) == body


def test_review_fix_story_cards_with_a_year_in_their_headlines_are_not_updates():
    from usp_research import decode
    body = "We ask the committee to restore civilian aid to Pakistan, which has fallen every year since 2016."
    card = "<article><h3>{head}</h3><p>{text}</p></article>"
    html = ("<html><body><main><section><p>" + body + "</p></section><section><h2>More from Dawn</h2>"
            + card.format(head="Pakistan budget 2024: what it means", text="A long explainer about the budget and its aims.")
            + card.format(head="Elections 2024 explained", text="Everything about the polls and the parties in them.")
            + "</section></main></body></html>")
    assert decode.restore_blocks(html, body) == body


def test_a_list_item_the_extractor_kept_with_other_spacing_is_not_put_back_twice():
    text = "Recent revisions\n17:40, 2 November 2023Saadia.R (talk) new subsection on the floods\nMore text here."
    html = ("<html><body><main><p>Recent revisions</p><ul><li><span>17:40, 2 November 2023</span> <a>Saadia.R</a> "
            "(talk) new subsection on the floods</li></ul><p>More text here.</p></main></body></html>")
    assert decode.restore_blocks(html, text) == text


def test_a_wiki_diff_reads_as_its_newer_revision():
    html = ("<html><body><main><h1>Pakistan: Difference between revisions</h1><p>The change below was made in 2023 by an editor "
            "of the page, who gave a reason for it on the talk page.</p><table class='diff'>"
            "<tr><td class='diff-lineno'>Line 188:</td><td class='diff-lineno'>Line 188:</td></tr>"
            "<tr><td class='diff-marker'></td><td class='diff-context'><div>== Aid ==</div></td>"
            "<td class='diff-marker'></td><td class='diff-context'><div>== Aid ==</div></td></tr>"
            "<tr><td class='diff-marker'>−</td><td class='diff-deletedline'><div>Old claim: aid since 1947 was $70 billion.</div></td>"
            "<td class='diff-empty'></td></tr>"
            "<tr><td class='diff-empty'></td><td class='diff-marker'>+</td><td class='diff-addedline'><div>The [[Enhanced "
            "Partnership with Pakistan Act of 2009|Kerry–Lugar–Berman Act]], signed in October 2009, tripled civilian aid."
            "<ref name=\"crs\"/></div></td></tr></table></main></body></html>")
    p_text, _ = decode.extract_html(html, "diff.html")
    assert "Old claim" not in p_text and "Line 188" not in p_text
    assert "The Kerry–Lugar–Berman Act, signed in October 2009, tripled civilian aid." in p_text
    assert p_text.count("Aid") == 1


def test_review_fix_a_heading_before_a_block_kept_with_other_spacing_is_still_put_back():
    html = ("<html><body><main><p>Intro paragraph of the story.</p><h2>The freeze</h2>"
            "<p>Congress froze <b>$800</b>million in aid.</p></main></body></html>")
    out = decode.restore_blocks(html, "Intro paragraph of the story.\nCongress froze $800 million in aid.")
    assert out == "Intro paragraph of the story.\nThe freeze\nCongress froze $800 million in aid."


def test_a_latex_source_is_recognised_by_its_commands_and_loses_only_its_comments():
    tex = "\\section{A}\n\\label{a}\n% a comment line\nText with 30\\% and a note % here\n\\begin{table}\n"
    assert latex.is_latex(tex)
    assert latex.strip_comments(tex) == "\\section{A}\n\\label{a}\nText with 30\\% and a note\n\\begin{table}\n"
    assert not latex.is_latex("Prose that mentions \\section{A} once, and 50% of the aid.\n")


def test_review_fixes_of_the_latex_reader():
    tex = ("\\section{A}\n\\label{a}\n\\begin{table}\nSee \\url{https://x.org/?q=aid%20data} for 30\\% of it. % cut\n"
           "\\begin{verbatim}\nrate = 50% # kept\n\\end{verbatim}\n")
    out = latex.strip_comments(tex)
    assert "q=aid%20data} for 30\\% of it.\n" in out and "cut" not in out and "rate = 50% # kept" in out
