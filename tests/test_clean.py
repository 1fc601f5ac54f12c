from __future__ import annotations

from datetime import date

import pytest

from kg.ingest.clean import clean
from tests.conftest import article_statements

ARTICLE = """Zelenskyy Says 'Progress' In Talks

ISTANBUL, May 16 -- Negotiators met in Istanbul on Friday.

SEE ALSO: Rubio Warns Of 'Hard' Concessions

Your browser doesn't support HTML5

The 9 Lives Of A Frontline Aid Worker

The talks ended after two hours.

With reporting by RFE/RL correspondent Alex Raufoglu in Washington"""


def test_furniture_is_removed_and_the_credit_kept_last() -> None:
    story = clean(ARTICLE)
    assert story.headline == "Zelenskyy Says 'Progress' In Talks"
    assert "SEE ALSO" not in story.text and "Rubio" not in story.text
    assert "HTML5" not in story.text and "Aid Worker" not in story.text
    assert story.text.endswith("With reporting by RFE/RL correspondent Alex Raufoglu in Washington")
    assert story.text.startswith("Negotiators met")


def test_dateline_is_read_and_offsets_map_back_to_the_source() -> None:
    story = clean(ARTICLE)
    assert (story.dateline_place, story.dateline_date) == ("Istanbul", "May 16")
    for word in ("Negotiators", "two hours", "Raufoglu"):
        at = story.text.index(word)
        source = story.to_source(at)
        assert ARTICLE[source : source + len(word)] == word


def test_a_published_or_updated_line_dates_the_article_and_leaves_the_story() -> None:
    from datetime import date

    from kg.extract.pipeline import extract_articles
    from kg.model import Article

    story = clean("Talks End\n\nPublished: July 7, 2025\n\nEstonian envoys met in Riga on Monday.\n")
    assert story.published == date(2025, 7, 7) and "Published" not in story.text
    assert clean("Talks End\n\nLast updated 1:05 a.m. Friday\n\nEnvoys met.\n").published is None  # no whole day
    [facts] = list(extract_articles([Article("a", "Talks End\n\nUpdated 3:45 PM EDT, 9 July 2025\n\nEnvoys met.\n")]))
    assert facts.article.published == date(2025, 7, 9)


def test_a_dateline_after_a_headline_in_sentence_case_is_read() -> None:
    story = clean(
        "Peru and Chile hold talks in Lima, agree to meet again\n\n"
        "LIMA, May 16. /AGENCY/. The presidents of Peru and Chile held talks on Friday.\n"
    )
    assert (story.dateline_place, story.dateline_date) == ("Lima", "May 16")
    assert story.text.startswith("Peru and Chile hold talks")
    story = clean("Peru and Chile held talks in Lima on Friday.\n\nLIMA, they said, was calm.\n")
    assert story.dateline_place is None


def test_a_numbered_section_heading_stays_in_the_story() -> None:
    story = clean(
        "Readout: Talks In Lima\n\nTwo days of talks in Lima ended.\n\n2. Peru-Chile Meeting, Friday, July 25\n\n"
        "The two ministers met.\n\nThe 9 Lives Of A Frontline Aid Worker\n"
    )
    assert "2. Peru-Chile Meeting, Friday, July 25" in story.text
    assert "Aid Worker" not in story.text


def test_a_dateline_may_give_the_country_after_its_city() -> None:
    story = clean("Border Talks Resume\n\nTARAZ, Kazakhstan, March 3 (Wire) - Envoys of two states met on Monday.\n")
    assert (story.dateline_place, story.dateline_region, story.dateline_date) == ("Taraz", "Kazakhstan", "March 3")
    assert story.text.startswith("Envoys of two")
    story = clean("KINGSTOWN, St. Vincent and the Grenadines (Wire) -- The leaders met at the airport.\n")
    assert (story.dateline_place, story.dateline_region) == ("Kingstown", "St. Vincent and the Grenadines")
    story = clean("GENEVA, June 16 (Wire) - The talks opened.\n")  # a month is the date, not a region
    assert (story.dateline_region, story.dateline_date) == (None, "June 16")


def test_a_city_the_gazetteer_lacks_takes_the_country_its_dateline_gives() -> None:
    from kg.extract.pipeline import extract_articles
    from kg.model import Article, Meeting

    text = "Border Talks Resume\n\nTARAZ, Kazakhstan, March 3 (Wire) - Kyrgyz and Uzbek envoys held talks on Monday.\n"
    [facts] = list(extract_articles([Article("a", text)]))
    [meeting] = [e.fact for e in facts.meetings if isinstance(e.fact, Meeting)]
    assert (meeting.location, meeting.country) == ("Taraz", "Kazakhstan")


def test_a_byline_that_names_nobody_is_no_part_of_the_story() -> None:
    story = clean("Border Talks Resume\n\nBy a staff correspondent\n\nTARAZ, Kazakhstan (Wire) - Envoys met.\n")
    assert "correspondent" not in story.text
    assert story.dateline_place == "Taraz"


def test_a_dateline_of_two_cities_gives_its_date_and_agency_but_no_place() -> None:
    story = clean("Talks set\n\nQUITO/LIMA, May 9 (Wire) - Chile and Peru will meet on Sunday.")
    assert (story.dateline_place, story.dateline_date, story.dateline_source) == (None, "May 9", "Wire")
    assert story.text[story.lead_start :].startswith("Chile and Peru")


def test_a_date_line_under_the_headline_and_byline_dates_the_article() -> None:
    from datetime import date

    story = clean(
        "Press release: Ministers meet in Quito\n\nBy Ana Lind\n\nDate: 10 May 2024\n\nOn 10 May, envoys met.\n"
    )
    assert story.published == date(2024, 5, 10) and "Date:" not in story.text
    # a date line deep in the story is no stamp; one at its foot is the page's ("Published: ..." under the text)
    deep = clean(
        "Talks\n\nEnvoys met.\n\nThey talked.\n\nThen they left.\n\nDate: 10 May 2024\n\nIt rained.\n\nIt cleared.\n"
    )
    assert deep.published is None
    foot = clean("Talks\n\nEnvoys met.\n\nThey talked.\n\nThen they left.\n\nPublished: 10 February 2023\n")
    assert foot.published == date(2023, 2, 10) and "Published" not in foot.text


def test_a_dateline_of_a_date_and_a_desk_without_a_place_is_a_dateline() -> None:
    story = clean("Key moments in the talks\n\nAug 8 (Andes Desk) - Chile and Peru signed a deal on Friday.\n\nMore.")
    assert (story.dateline_place, story.dateline_date, story.dateline_source) == (None, "Aug 8", "Andes Desk")
    assert "Andes Desk" not in story.text
    plain = clean("Headline\n\nAugusto Pena (pictured) - a farmer - spoke.\n\nMore.")
    assert plain.dateline_source is None and "Augusto Pena" in plain.text


def test_a_dateline_with_the_day_before_the_month() -> None:
    story = clean("Talks resume\n\nBRUSSELS, 5 June 2024 — Delegations of Chile and Peru met today.\n\nMore.")
    assert (story.dateline_place, story.dateline_date) == ("Brussels", "5 June 2024")
    assert story.text[story.lead_start :].startswith("Delegations of Chile")


def test_a_dateline_with_an_ordinal_day_before_the_month_dates_the_story() -> None:
    from datetime import date

    from kg.extract.dates import dateline_day

    story = clean("Leaders meet\n\nLIMA, 23rd May, 2024 (Wire) -- President Ana Soto received a guest today.\n")
    assert (story.dateline_place, story.dateline_date) == ("Lima", "23rd May 2024")
    assert dateline_day(story.dateline_date) == date(2024, 5, 23)


def test_a_live_blog_entry_time_leaves_the_entry_text() -> None:
    text = (
        "Live: border talks\n\n"
        "17:40 GMT - Delegations of Norland and Sudria held a first joint session in Valmora this afternoon.\n\n"
        "9.05am: The talks are facilitated by Estmark, an official said.\n\n"
        "10:15 a.m. EDT — The Norland team is led by Anna Berg.\n\n"
        "1995: The year the border was drawn was recalled by both sides during the session."
    )
    story = clean(text)
    assert "Delegations of Norland" in story.text and "GMT" not in story.text
    assert "\nThe talks are facilitated" in story.text and "9.05am" not in story.text
    assert "\nThe Norland team" in story.text
    assert "1995: The year" in story.text  # a year is no clock time
    start = story.text.index("The Norland team")
    source = story.to_source_span(start, start + len("The Norland team"))
    assert text[source[0] : source[1]] == "The Norland team"


def test_a_press_release_dateline_on_a_line_of_its_own_places_and_dates_the_story() -> None:
    story = clean(
        "Ministers meet on water rights\n\nLima, 4 March 2024\n\nToday the ministers of Chile and Peru met.\n"
    )
    assert (story.dateline_place, story.dateline_date) == ("Lima", "4 March 2024")
    assert "4 March" not in story.text and story.text[story.lead_start :].startswith("Today the ministers")
    plain = clean("Ministers meet\n\nLima, the capital, hosted them in 2024\n\nMore text follows here.\n")
    assert plain.dateline_place is None
    first = clean("Talks with the President of Peru\n\nMarch 4, 2024, Lima\n\nThe two presidents met in Lima.\n")
    assert (first.dateline_place, first.dateline_date) == ("Lima", "March 4 2024")  # the date written first
    assert first.text[first.lead_start :].startswith("The two presidents")
    country = clean("Minister meets delegations\n\nLima, Peru - March 18, 2025\n\nThe minister met them today.\n")
    assert (country.dateline_place, country.dateline_date) == ("Lima", "March 18 2025")  # its country and a dash
    dashed = clean("Water and peace\n\nLIMA -- Jan. 30, 2021\n\nWhen the ministers left on Friday, none signed.\n")
    assert (dashed.dateline_place, dashed.dateline_date) == ("Lima", "Jan. 30 2021")  # the dash alone
    assert dashed.text[dashed.lead_start :].startswith("When the ministers")


def test_a_wire_kicker_is_cut_from_a_headline_in_sentence_case() -> None:
    story = clean("ANALYSIS-In Lima, the mediators win a peace\n\nLIMA, May 3 (Wire) - Chile and Peru signed a deal.\n")
    assert story.text.startswith("In Lima, the mediators") and "ANALYSIS" not in story.text
    kept = clean("ANALYSTS in Lima see a peace\n\nChile and Peru signed a deal on Monday.\n")
    assert kept.text.startswith("ANALYSTS")


def test_a_headline_ending_in_a_quoted_word_is_a_headline_and_the_dateline_after_it_is_read() -> None:
    story = clean(
        'Peru, Chile fail to agree in Lima, mediator says talks "not dead"\n\n'
        "LIMA, Sept 14 — The presidents of Peru and Chile left the talks without a deal on Thursday.\n"
    )
    assert (story.dateline_place, story.dateline_date) == ("Lima", "Sept 14")
    story = clean('Peru and Chile met in Lima. "We agree."\n\nLIMA, they said, was calm.\n')
    assert story.dateline_place is None


def test_a_headline_ending_in_a_quoted_word_says_nothing() -> None:
    from datetime import date

    from kg.extract.pipeline import extract_articles
    from kg.model import Article, Statement

    text = (
        'Peru calls Lima talks "useful" as mediator says dialogue "not dead"\n\n'
        "Peru and Chile held a second round of talks in Lima on Thursday, which Foreign Minister Ana Soto called "
        "useful.\n"
    )
    [facts] = list(extract_articles([Article("a", text, published=date(2024, 2, 16))]))
    said = [e.fact.text for e in facts.statements if isinstance(e.fact, Statement)]
    assert not any("not dead" in t for t in said)


def test_a_dateline_crediting_an_agency_by_its_full_name_is_read() -> None:
    story = clean(
        "CARACAS, 8 October (Agencia Andina de Noticias) - The government and the rebels opened talks on Sunday.\n\n"
        "PYONGYANG, April 28 (Korean Central News Agency) -- Kim Jong Un met the visiting envoy."
    )
    assert (story.dateline_place, story.dateline_date, story.dateline_source) == (
        "Caracas",
        "8 October",
        "Agencia Andina de Noticias",
    )
    assert story.text.startswith("The government and the rebels")


def test_a_live_blog_entry_time_with_its_day_leaves_the_entry_text() -> None:
    text = (
        "Live: border talks\n\n"
        "Tuesday, 18:30 GMT -- A senior Sudrian official said the group would not disarm.\n\n"
        "Monday: The talks are facilitated by Estmark, an official said."
    )
    story = clean(text)
    assert "\nA senior Sudrian official" in story.text and "GMT" not in story.text
    assert "Monday: The talks" in story.text  # a day without a clock time is no entry's stamp


def test_a_pronoun_after_an_unnamed_speaker_of_a_live_blog_entry_is_not_the_named_one_before() -> None:
    said = article_statements(
        "Live: border talks\n\n"
        "Tuesday, 15:40 GMT -- Estmark's foreign ministry spokesman Lev Arno said the talks were going well.\n\n"
        'Tuesday, 18:30 GMT -- A senior Sudrian official said the group would not disarm. "Our weapons are a red '
        'line," he said.\n'
    )
    assert [s.speaker for s in said] == ["Lev Arno"]


@pytest.mark.parametrize(
    ("opening", "place", "region"),
    [
        ("NEW DELHI: ", "New Delhi", None),  # a colon after the city
        ("Islamabad, April 11 (APP): ", "Islamabad", None),
        ("ANKARA, Türkiye — ", "Ankara", "Türkiye"),  # a country with an accented letter
        ("BOGOTÁ, Colombia (AP) — ", "Bogotá", "Colombia"),
        ("Washington, DC – ", "Washington", "DC"),  # a city in title case with its state and a long dash
    ],
)
def test_datelines_of_many_outlets_are_read(opening: str, place: str, region: str | None) -> None:
    story = clean(f"Talks resume\n\n{opening}Negotiators from Norland and Sudria resumed their talks on Monday.")
    assert (story.dateline_place, story.dateline_region) == (place, region)
    assert story.text.rstrip().endswith("Negotiators from Norland and Sudria resumed their talks on Monday.")
    assert opening.strip() not in story.text


@pytest.mark.parametrize("opening", ["LIVE: ", "BREAKING: ", "Kim Jong Un, chairman of the party, said: "])
def test_a_kicker_or_a_sentence_with_a_colon_is_no_dateline(opening: str) -> None:
    assert clean(f"{opening}Negotiators from Norland and Sudria resumed their talks.").dateline_place is None


@pytest.mark.parametrize("line", ["July 9, 2024", "9 July 2024", "Tuesday, July 9, 2024", "2024-07-09"])
def test_a_line_that_is_only_a_date_under_the_headline_dates_the_article(line: str) -> None:
    story = clean(f"Visit of the Minister to Lima\n\n{line}\n\nThe Minister held talks in Lima today.")
    assert story.published == date(2024, 7, 9)
    assert story.text == "Visit of the Minister to Lima\n\nThe Minister held talks in Lima today."


def test_a_dateline_after_a_headline_that_asks_a_question_is_read() -> None:
    story = clean("Can a fourth summit revive the talks?\n\nSEOUL, South Korea (AP) — The two leaders met in June.")
    assert (story.dateline_place, story.dateline_region) == ("Seoul", "South Korea")
    assert "SEOUL" not in story.text


@pytest.mark.parametrize("byline", ["By Ana Ruiz | 12 March 2024", "By Ana Ruiz, March 12, 2024"])
def test_a_byline_with_a_date_above_the_story_dates_the_article(byline: str) -> None:
    story = clean(f"Border talks resume in Lima\n\n{byline}\n\nThe two delegations met in Lima on Monday.")
    assert story.published == date(2024, 3, 12)


def test_a_byline_date_at_the_foot_of_a_story_does_not_date_it() -> None:
    text = (
        "Border talks resume in Lima\n\nThe two delegations met in Lima on Monday.\n\nThey will meet again soon.\n\n"
        "The talks are the fourth this year.\n\nBy Ana Ruiz | 12 March 2024"
    )
    assert clean(text).published is None


def test_a_dateline_in_capitals_after_a_standfirst_and_a_byline_opens_the_story() -> None:
    text = (
        "Norland and Sudria reopen border talks\n\nNegotiators sat down on Monday in the Norland capital for a fourth "
        "round, with Lumeria acting as host.\n\nBy Ana Ruiz\n\nVERDAL -- Norland and Sudria began a new round of "
        "talks in Verdal on Monday."
    )
    story = clean(text)
    assert story.dateline_place == "Verdal"
    assert "VERDAL" not in story.text
    assert story.text[story.lead_start :].startswith("Norland and Sudria began")


def test_a_sentence_after_a_standfirst_that_opens_on_a_place_is_no_dateline() -> None:
    text = (
        "Norland and Sudria reopen border talks\n\nNegotiators sat down on Monday for a fourth round.\n\n"
        "Verdal, May 3 -- the date the talks began -- has become a symbol of the thaw."
    )
    assert clean(text).dateline_place is None


def test_the_section_labels_of_a_briefing_are_no_dateline() -> None:
    story = clean(
        "The Morning Brief\n\nGood morning. Here is what you need to know today.\n\nLIMA: Chilean and Peruvian "
        "envoys met again on Sunday.\n\nQUITO: Ecuador's cabinet meets on Monday.\n"
    )
    assert story.dateline_place is None
    assert "LIMA: Chilean" in story.text
    one = clean("The Morning Brief\n\nGood morning.\n\nLIMA: Chilean and Peruvian envoys met again on Sunday.\n")
    assert one.dateline_place == "Lima"  # a single one after a standfirst is the story's dateline


def test_a_header_line_of_fields_set_apart_by_bars_dates_the_story_and_is_dropped() -> None:
    story = clean("Talks end in Lima\n\nLive updates | Andes Monitor | Sept. 19, 2023\n\nThe delegations left Lima.\n")
    assert story.published == date(2023, 9, 19)
    assert "Monitor" not in story.text


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Mon 12 Jun 2023 17.30 BST", date(2023, 6, 12)),
        ("Tue 3 Oct 2023 09.15 EDT", date(2023, 10, 3)),
        ("2023-10-04 14:13:22", date(2023, 10, 4)),
        ("13:38, 04.10.2023", date(2023, 10, 4)),
    ],
)
def test_a_time_stamp_line_with_a_clock_time_dates_the_article(stamp: str, day: date) -> None:
    story = clean(
        f"Leaders to meet in Quito\n\nAna Lind in Quito\n{stamp}\n\nThe leaders of Chile and Peru will meet.\n"
    )
    assert story.published == day and not {"BST", "EDT", "2023"} & set(story.text.split())


@pytest.mark.parametrize(
    ("lead", "place", "source"),
    [("Quito (AFP) - ", "Quito", "AFP"), ("(CNN) — ", None, "CNN")],
)
def test_a_city_with_an_agency_or_a_broadcaster_s_credit_alone_opens_the_story(
    lead: str, place: str | None, source: str
) -> None:
    story = clean(f"Talks resume\n\n{lead}Chile and Peru met on Monday.\n")
    assert (story.dateline_place, story.dateline_source) == (place, source)
    assert story.text[story.lead_start :].startswith("Chile and Peru")


def test_a_name_with_a_description_in_brackets_and_a_dash_is_no_dateline() -> None:
    story = clean("Talks resume\n\nHamas (the Islamic Resistance Movement) - which rules Gaza - met on Monday.\n")
    assert story.dateline_place is None and story.dateline_source is None


def test_a_published_line_after_an_agency_s_name_dates_the_article() -> None:
    story = clean("Envoys meet\n\nWIRE Published 3 Mar, 2025 9:05am\n\nQUITO: Chile met Peru on Saturday.\n")
    assert story.published == date(2025, 3, 3) and "Published" not in story.text
    byline = clean("Envoys meet\n\nAna Lind Published July 03, 2025 | 11:39 PM\n\nQUITO: Chile met Peru on Saturday.\n")
    assert byline.published == date(2025, 7, 3) and "Published" not in byline.text
    said = clean("Envoys meet\n\nAna Lind Published a report on the talks, officials said.\n\nQUITO: Chile met Peru.\n")
    assert "Ana Lind Published a report" in said.text  # a name and "Published" with no day: a sentence of the story
    kept = clean("Envoys meet\n\nThe published report was long.\n\nQUITO: Chile met Peru on Saturday.\n")
    assert kept.published is None and "published report" in kept.text


def test_a_dateline_s_long_credit_in_brackets_after_a_place_in_capitals_is_a_dateline() -> None:
    story = clean(
        "Ministers meet\n\nQUITO (Andes News Service / Wire - 03rd July, 2023) Chile and Peru met on Monday.\n"
    )
    assert story.dateline_place == "Quito" and story.text[story.lead_start :].startswith("Chile and Peru")


def test_a_known_city_in_capitals_on_a_line_of_its_own_above_the_story_is_its_dateline() -> None:
    story = clean("QUITO\n\nForeign Minister Ana Vidal brought her counterparts together once again.")
    assert story.dateline_place == "Quito"
    assert story.text.startswith("Foreign Minister Ana Vidal")


def test_a_short_headline_or_kicker_in_capitals_is_no_dateline() -> None:
    for line in ("TALKS RESUME", "ANALYSIS"):
        story = clean(f"{line}\n\nForeign Minister Ana Vidal met her counterpart.")
        assert story.dateline_place is None
