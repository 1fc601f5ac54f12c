"""The office-holder table: built from the world-leaders dataset's files, looked up by name and date."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from kg.extract import actors
from kg.model import Actor
from kg.office_holders import office_holder, sitting_holder
from tests.conftest import analyse

ROOT = Path(__file__).resolve().parent.parent


def test_a_term_counts_from_the_day_it_began() -> None:
    putin = office_holder("Vladimir Putin", "2020-06-01")
    assert putin is not None and putin.side == "Russia" and putin.wikidata == "Q7747"
    assert office_holder("Donald Trump", "2016-06-01") is None  # before his first term: the table does not say
    trump = office_holder("Donald Trump", "2018-06-01")
    assert trump is not None and trump.side == "United States"
    assert office_holder("Donald Trump", None) is None  # an undated article: no term can be checked


def test_the_same_name_on_both_sides_of_a_change_of_office() -> None:
    president = office_holder("Dmitry Medvedev", "2010-06-01")
    prime_minister = office_holder("Dmitri Medvedev", "2015-06-01")  # another transliteration
    assert president is not None and prime_minister is not None
    assert president.side == prime_minister.side == "Russia"
    assert "President" in president.offices and president.ended_by("2015-06-01")
    assert "Prime Minister" in prime_minister.offices and not prime_minister.ended_by("2015-06-01")
    # a former head of government still speaks for the state
    clinton = office_holder("Bill Clinton", "2025-01-01")
    assert clinton is not None and clinton.side == "United States" and clinton.ended_by("2025-01-01")


def test_foreign_ministers_and_longer_official_names_are_in_the_table() -> None:
    lavrov = office_holder("Sergei Lavrov", "2015-06-01")
    assert lavrov is not None and lavrov.side == "Russia" and lavrov.wikidata == "Q58217"
    santos = office_holder("Juan Manuel Santos", "2016-08-24")  # "Juan Manuel Santos Calderón" in the table
    assert santos is not None and santos.side == "Colombia"


def test_a_name_written_family_name_first_is_found_in_either_order() -> None:
    ishiba = office_holder("Ishiba Shigeru", "2024-11-25")  # "Shigeru Ishiba" in the table
    assert ishiba is not None and ishiba.side == "Japan" and ishiba.name == "Shigeru Ishiba"
    assert office_holder("Putin Vladimir", "2020-06-01") is not None
    assert office_holder("Ishiba Taro", "2024-11-25") is None  # another given name: another person


def test_a_name_several_states_share_or_a_different_person_is_no_match() -> None:
    assert office_holder("Charles III", "2024-01-01") is None  # king of several states
    assert office_holder("Vladimir Popov", "2024-01-01") is None
    assert office_holder("Clinton", "2024-01-01") is None  # a surname alone names only a leader in office


def test_of_several_states_a_name_holds_office_in_the_role_the_article_gives_or_the_one_governed_picks_one() -> None:
    macron = office_holder("Emmanuel Macron", "2024-01-01")  # President of France, Co-Prince of Andorra ex officio
    assert macron is not None and macron.side == "France"
    macron = office_holder("Emmanuel Macron", "2024-01-01", role="President")
    assert macron is not None and macron.side == "France"
    assert office_holder("Charles III", "2024-01-01", role="King") is None  # king of each of them


def test_of_offices_on_several_sides_the_one_held_on_the_article_s_day_picks_the_side() -> None:
    before = office_holder("Josep Borrell", "2019-07-01")  # Spain's minister, then the EU's
    after = office_holder("Josep Borrell", "2021-07-01")
    assert before is not None and before.side == "Spain"
    assert after is not None and after.side == "European Union"
    titled = office_holder("Josep Borrell", "2021-07-01", role="High Representative")  # the opening of the office
    assert titled is not None and titled.side == "European Union"


def test_a_formal_first_name_finds_the_one_holder_of_that_surname_in_office() -> None:
    biden = office_holder("Joseph R. Biden", "2023-11-15")  # "Joe Biden" in the table
    assert biden is not None and biden.side == "United States"
    assert office_holder("Jill Biden", "2023-11-15") is None  # another first name
    suffixed = office_holder("Joseph R. Biden Jr.", "2023-11-15")  # a generational suffix is no part of the match
    assert suffixed is not None and suffixed.side == "United States"


def test_the_long_form_of_a_ministry_s_title_is_its_short_office() -> None:
    for role in ("minister of Foreign Affairs", "Minister for Foreign Affairs"):
        lavrov = office_holder("Sergei Lavrov", None, role)  # undated: the role must be the holder's office
        assert lavrov is not None and lavrov.side == "Russia"
    assert office_holder("Sergei Lavrov", None, "minister of Defence") is None


def test_a_former_office_holder_is_described_as_former() -> None:
    doc, ctx = analyse("Bill Clinton said the talks were useful.", published=date(2020, 1, 16))
    [found] = [f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)]
    assert found.affiliation == "United States" and (found.role or "").startswith("former ")


def test_an_unqualified_office_holder_gets_side_and_wikidata_item() -> None:
    doc, ctx = analyse("President Vladimir Putin said the talks were useful.", published=date(2025, 3, 1))
    [found] = [f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)]
    assert (found.affiliation, found.wikidata) == ("Russia", "Q7747")
    doc, ctx = analyse("Vladimir Putin said the talks were useful.", published=None)
    [undated] = [f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)]
    assert undated.affiliation is None


def test_a_leader_in_office_named_by_surname_alone_is_a_person_of_their_state() -> None:
    doc, ctx = analyse("Putin and Erdogan met in Sochi on Monday.", published=date(2021, 9, 30))
    found = {f.fact.name: f.fact.affiliation for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)}
    assert found == {"Putin": "Russia", "Erdogan": "Turkey"}
    assert sitting_holder("Putin", "1990-01-01") is None  # not in office then
    # a month is not a prime minister of the same name, nor a word of a place or building
    doc, ctx = analyse("In May the talks moved to Wright-May Air Base.", published=date(2018, 6, 1))
    assert [f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)] == []


def test_a_leader_whose_name_opens_on_the_family_name_is_named_by_that_word() -> None:
    doc, ctx = analyse("Trump and Xi met at an air base in Busan on Thursday.", published=date(2025, 10, 30))
    found = {f.fact.name: f.fact.affiliation for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)}
    assert found == {"Trump": "United States", "Xi": "China"}
    # the surname naming the leader's government names no person: "a senior Trump administration official"
    doc, ctx = analyse("A senior Trump administration official praised the talks.", published=date(2025, 10, 30))
    assert [f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)] == []
    assert sitting_holder("Jinping", "2025-10-30") is None  # the given name is no surname
    assert sitting_holder("Wang", "2025-10-30") is not None  # "Wang Yi"


def test_a_surname_alone_of_one_who_holds_offices_of_two_states_at_once_names_the_state_they_govern() -> None:
    """The French president is also a co-prince of Andorra: "Macron" alone is France's, never Andorra's."""
    macron = sitting_holder("Macron", "2024-05-01")
    assert macron is not None and macron.side == "France"
    assert sitting_holder("Scholz", "2024-05-01") is not None
    assert sitting_holder("Charles", "2024-05-01") is None  # a king of several states governs none of them
    doc, ctx = analyse("Macron and Scholz met in Paris on Monday.", published=date(2024, 5, 1))
    found = {f.fact.name: f.fact.affiliation for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)}
    assert found.get("Macron") == "France"


def _git_history(folder: Path, path: str, versions: list[str]) -> None:
    """A git repository in which ``path`` was committed once with each text of ``versions``."""
    folder.mkdir(parents=True)
    git = ["git", "-C", str(folder), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    for index, text in enumerate(versions):
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        subprocess.run([*git, "add", path], check=True)
        day = {
            "GIT_COMMITTER_DATE": f"2022-01-0{index + 1}T12:00:00",
            "GIT_AUTHOR_DATE": f"2022-01-0{index + 1}T12:00:00",
        }
        subprocess.run([*git, "commit", "-q", "-m", f"v{index}"], check=True, env={**os.environ, **day})


def test_the_build_script_merges_lists_snapshots_and_current_holders(tmp_path: Path) -> None:
    lists = tmp_path / "leaders.md"
    lists.write_text(
        "-   Estonia (complete list) –\n\n:*Presidents (complete list) –\n\n"
        "::*Mari Tamm, President (1996–2001, 2006–present)\n\n::*Ants Kask, Acting President (2001)\n\n"
        "-   Ruritania\n\n::*Rudolf Rassendyll, King (1990–1999)\n",
        encoding="utf-8",
    )
    header = "countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year\n"
    _git_history(
        tmp_path / "leaders",
        "data/wikidata.csv",
        [
            header + "Q191,Estonia,Q1,President of Estonia,Q7,Mari Tamm,2006,\n",
            header + "Q211,Latvia,Q2,Prime Minister,Q8,Ivo Berzins,2019,2023\n",
        ],
    )
    current = tmp_path / "current" / "data" / "countries" / "latvia"
    current.mkdir(parents=True)
    holder = {"name_en": "Ivo Berzins", "wikidata_id": "Q8", "since": "2023-09-15"}
    document = {
        "country": {"name_en": "Latvia"},
        "snapshot_date": "2026-08-22",
        "positions": {"head_of_government": {"title_en": "Prime Minister", "current_holder": holder}},
    }
    (current / "current.json").write_text(json.dumps(document), encoding="utf-8")
    out = tmp_path / "holders.json"
    script = ROOT / "scripts" / "build_office_holders.py"
    arguments = ["--lists", str(lists), "--leaders-history", str(tmp_path / "leaders")]
    arguments += ["--current", str(tmp_path / "current"), "--out", str(out)]
    subprocess.run([sys.executable, str(script), *arguments], check=True, capture_output=True)
    table = json.loads(out.read_text(encoding="utf-8"))
    assert table["snapshot"] == "2026-08-22" and "CC BY-SA" in table["licence"] and len(table["sources"]) == 3
    rows = {(h["name"], h["offices"][0]): (h["since"], h["until"], h["wikidata"]) for h in table["holders"]}
    assert rows[("Mari Tamm", "President")] == ("1996-01-01", None, "Q7")  # two terms, still running; item shared
    assert rows[("Ants Kask", "Acting President")] == ("2001-01-01", "2001-12-31", None)
    assert rows[("Ivo Berzins", "Prime Minister")] == ("2019-01-01", None, "Q8")  # the current source carries it on
    assert not any(h["name"] == "Rudolf Rassendyll" for h in table["holders"])  # a state the gazetteer lacks


def test_a_users_people_table_gives_sides_first(tmp_path: Path) -> None:
    from kg.api import KnowledgeGraph
    from kg.office_holders import use_people
    from kg.people_table import read_people

    table = tmp_path / "people.csv"
    table.write_text(
        "name,side,office,since,until,wikidata\n"
        "Olek Marsh,estonia,Foreign Minister,2020-01-01,,Q999\n"
        "Vladimir Putin,Latvia,,,,\n",  # the user's table speaks before the bundled one
        encoding="utf-8",
    )
    article = tmp_path / "talks.txt"
    article.write_text(
        "Envoys Meet In Riga\n\nOlek Marsh and Vladimir Putin said on Monday that the talks in Riga were useful.\n",
        encoding="utf-8",
    )
    (tmp_path / "talks.meta.json").write_text('{"published": "2025-03-04"}', encoding="utf-8")
    try:
        graph = KnowledgeGraph.build([article], out=tmp_path / "out", people=table)
        sides = {r["name"]: r["affiliation"] for r in graph.query("actors")}
        assert sides == {"Olek Marsh": "Estonia", "Vladimir Putin": "Latvia"}
        use_people(read_people(table))
        found = office_holder("Olek Marsh", "2021-05-05")
        assert found is not None and found.wikidata == "Q999" and found.offices == ("Foreign Minister",)
        assert office_holder("Olek Marsh", "2019-05-05") is None  # before the day the table gives
    finally:
        use_people(())
    assert office_holder("Vladimir Putin", "2025-03-04").side == "Russia"  # type: ignore[union-attr]


def test_a_bad_people_table_is_one_line_naming_the_file(tmp_path: Path) -> None:
    from kg.cli import EXIT_FAILED
    from kg.errors import InputError
    from kg.people_table import read_people

    for text, problem in (
        ("name,office\nA B,x\n", "no 'side' column"),
        ("name,side,since\nA B,Estonia,May 2020\n", "line 2: since 'May 2020' is not a date"),
        ("name,side,colour\nA B,Estonia,red\n", "unknown column 'colour'"),
        ("name,side\n,Estonia\n", "line 2: a person needs a name and a side"),
    ):
        path = tmp_path / "people.csv"
        path.write_text(text, encoding="utf-8")
        try:
            read_people(path)
        except InputError as exc:
            assert problem in str(exc) and str(path) in str(exc) and "\n" not in str(exc)
        else:
            raise AssertionError(f"accepted {text!r}")
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(tmp_path / "none.txt"), "--people", str(tmp_path / "nope.csv")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == EXIT_FAILED and "nope.csv: no such people table" in done.stderr


def test_an_office_outweighs_a_side_read_from_the_clause_around_the_name() -> None:
    doc, ctx = analyse(
        "Norway was represented by Foreign Minister Ola Berg and Russia by Sergei Lavrov.", published=date(2017, 7, 5)
    )
    found = {f.fact.name: f.fact.affiliation for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)}
    assert found == {"Ola Berg": "Norway", "Sergei Lavrov": "Russia"}
    doc, ctx = analyse("Ola Berg, Norway's envoy, met Estonian officials.", published=date(2017, 7, 5))
    assert "Ola Berg" not in ctx.people.contextual_sides  # a side an apposition gives is not contextual


def test_the_build_script_names_offices_as_news_writes_them() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_office_holders", ROOT / "scripts" / "build_office_holders.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = script  # its dataclasses look their module up
    spec.loader.exec_module(script)
    from kg.gazetteer import load

    table = script.Table(load())
    assert table.title("Minister of Foreign Affairs of Latvia", "Latvia") == "Foreign Minister"
    assert table.title("Foreign Affairs Minister of Iran", "Iran") == "Foreign Minister"
    assert table.title("Prime minister of Estonia", "Estonia") == "Prime Minister"
    assert table.title("President of the French Republic", "France") == "President"
    assert table.title("President of the Confederation", "Switzerland") == "President of the Confederation"
    assert table.title("United States Secretary of State", "United States") == "United States Secretary of State"


def test_an_envoy_takes_the_side_the_table_gives_their_principal() -> None:
    doc, ctx = analyse("Donald Trump's envoy Mark Ellison met the delegation in Doha.", published=date(2025, 3, 1))
    found = {f.fact.name: f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)}
    assert found["Donald Trump"].affiliation == "United States"
    assert found["Mark Ellison"].affiliation == "United States"


def test_a_name_spelled_in_another_transliteration_finds_its_holder() -> None:
    exact = office_holder("Volodymyr Zelenskyy", "2025-08-07")
    other = office_holder("Vladimir Zelensky", "2025-08-07")
    assert exact is not None and other is not None
    assert other.side == exact.side == "Ukraine"
    assert office_holder("Vladimir Zelenko", "2025-08-07") is None
    assert office_holder("Anne Lund", "2026-02-18") is None  # not "Ann Linde": too far apart to be one name


def test_a_name_whose_j_another_transliteration_writes_as_y_finds_its_holder() -> None:
    found = office_holder("Binyamin Netanyahu", "2025-07-25")
    assert found is not None and found.side == "Israel"
    assert office_holder("Binyamin Netanya", "2025-07-25") is None  # a surname too far from any holder's


def test_a_former_office_holder_the_text_gives_another_office_does_not_take_the_old_state() -> None:
    doc, ctx = analyse(
        "Secretary-General Antonio Guterres hosted a dinner for the two leaders.", published=date(2025, 3, 17)
    )
    found = {f.fact.name: f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)}
    assert found["Antonio Guterres"].affiliation != "Portugal"
    doc, ctx = analyse("Antonio Guterres hosted a dinner for the two leaders.", published=date(2025, 3, 17))
    found = {f.fact.name: f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)}
    assert found["Antonio Guterres"].affiliation == "Portugal"  # no office given: the table's, as former


def test_a_person_the_table_knows_from_a_later_term_speaks_for_that_side_without_its_office() -> None:
    doc, ctx = analyse("Choe Son Hui, a senior diplomat, said the talks would go on.", published=date(2019, 2, 28))
    [actor] = [f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)]
    assert (actor.role, actor.affiliation) == ("senior diplomat", "North Korea")


def test_a_term_that_began_many_years_after_the_article_gives_no_side_then(tmp_path: Path) -> None:
    from kg.office_holders import use_people
    from kg.people_table import read_people

    table = tmp_path / "people.csv"
    table.write_text("name,side,office,since,until,wikidata\nIvo Marin Kell,Estonia,President,1992-01-01,,\n")
    sentence = "Foreign Minister Ivo Marin Kell said the talks would continue in Geneva."
    try:
        use_people(read_people(table))
        for published, side in ((date(1986, 10, 12), None), (date(1990, 10, 12), "Estonia")):
            doc, ctx = analyse(sentence, published=published)
            [actor] = [f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)]
            assert actor.affiliation == side, published  # a new state's office six years on is not his side then
    finally:
        use_people(())


def test_a_given_name_and_second_surname_is_not_a_holder_the_table_knows_by_the_first(tmp_path: Path) -> None:
    from kg.office_holders import use_people
    from kg.people_table import read_people

    table = tmp_path / "people.csv"
    table.write_text(
        "name,side,office,since,until,wikidata\n"
        "Tomas Vela,Chile,President,2020-01-01,,Q9991\n"
        "Tomas Vela Rios,Chile,President,2020-01-01,,Q9991\n",
        encoding="utf-8",
    )
    try:
        use_people(read_people(table))
        assert office_holder("Tomas Vela Rios", "2021-05-05").side == "Chile"  # type: ignore[union-attr]
        assert office_holder("Tomas Vela", "2021-05-05").side == "Chile"  # type: ignore[union-attr]
        assert office_holder("Tomas Rios", "2021-05-05") is None  # another man: Vela is the surname he goes by
    finally:
        use_people(())


def test_a_person_who_heads_a_delegation_is_a_person_whatever_the_model_tagged() -> None:
    from tests.conftest import actors_of

    found = actors_of(
        "Negotiations between the Colombian government and the FARC opened in Oslo. Former vice president "
        "Luis de la Torre led the government team. Iván Ortíz headed the FARC delegation."
    )
    assert found["Luis de la Torre"].affiliation == "Colombia"
    assert found["Iván Ortíz"].affiliation == "FARC"


def test_a_name_that_chains_a_lineage_is_one_person_only_with_the_same_own_name() -> None:
    from kg.holder_names import same_person

    assert not same_person("karim al hadi", "omar karim al fadel al hadi")  # Karim is Omar's father
    assert same_person("omar bin karim", "sheikh omar bin karim al hadi")
    assert same_person("luis vega", "ana luis vega")  # no lineage words: a given name may lead


def test_a_long_name_with_hyphened_lineage_words_is_kept_whole() -> None:
    from tests.conftest import actors_of

    found = actors_of("Omar Karim al-Fadel al-Hadi said the talks went well.")
    assert "Omar Karim al-Fadel al-Hadi" in found


def test_a_name_written_with_its_first_initial_is_the_full_name() -> None:
    from kg.holder_names import same_person

    assert same_person("s jaishankar", "subrahmanyam jaishankar")
    assert not same_person("s jaishankar", "subrahmanyam swaraj")
    assert not same_person("a jaishankar", "subrahmanyam jaishankar")


def test_without_a_publication_date_the_dateline_s_day_dates_the_office_holders() -> None:
    text = "Vladimir Putin said the talks were useful. The talks began on March 1, 2025."
    doc, ctx = analyse(text, published=None, dateline_date="March 1")
    [found] = [f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)]
    assert found.affiliation == "Russia"
    doc, ctx = analyse(text, published=None)  # no dateline: a year in the text is no date of the story
    [undated] = [f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)]
    assert undated.affiliation is None


def test_without_any_date_a_role_that_is_the_holder_s_office_gives_the_side() -> None:
    doc, ctx = analyse("President Salva Kiir said the talks were useful.", published=None)
    [found] = [f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)]
    assert found.affiliation == "South Sudan"
    assert office_holder("Salva Kiir", None, "Foreign Minister") is None  # an office the holder never held
    assert office_holder("Salva Kiir", None) is None  # no role, no date: no side


def test_a_title_set_off_before_a_name_the_parser_left_loose_outweighs_the_table(tmp_path: Path) -> None:
    from kg.office_holders import use_people
    from kg.people_table import read_people

    table = tmp_path / "people.csv"
    table.write_text("name,side,office,since,until,wikidata\nMahdi al-Mashat,Yemen,President,2018-04-25,,\n")
    sentence = (
        "Saudi Ambassador to Yemen Mohammed Al Jaber met the head of the Houthis' supreme political council, "
        "Mahdi al-Mashat, in the presence of the Omani mediators."
    )
    try:
        use_people(read_people(table))
        doc, ctx = analyse(sentence, published=date(2023, 4, 9))
        found = {f.fact.name: f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)}
        assert found["Mahdi al-Mashat"].affiliation == "Houthis"  # the plural possessive's "'" is no stop
    finally:
        use_people(())


def test_the_build_script_reads_each_state_s_cabinet_heads_and_foreign_ministers_only(tmp_path: Path) -> None:
    header = "position,person,personID,start,end,gender,DOB,DOD,image,enwiki\n"
    rows = (
        "Minister of Foreign Affairs,Tarmo Saar,Q11,2014-04-09,2016-05,male,,,,\n"
        "Minister for Europe and Foreign Affairs,Liis Kuusk,Q12,2016-05-13,,female,,,,\n"
        "Minister of State for Foreign Affairs,Peeter Mets,Q13,2016-01-01,,male,,,,\n"  # a junior minister
        "Deputy Prime Minister,Jaan Org,Q14,2016-01-01,,male,,,,\n"
        "Prime Minister,Mart Kivi,Q15,2011,2016,male,,,,\n"
        "Secretary of State,Kadri Puu,Q16,2012-02-01,2013-01-01,female,,,,\n"  # a secretary of state is no minister
    )
    _git_history(tmp_path / "every-politician-scrapers+estonia-cabinet", "html/holders21.csv", [header + rows])
    out = tmp_path / "holders.json"
    script = ROOT / "scripts" / "build_office_holders.py"
    arguments = ["--cabinets", str(tmp_path / "every-politician-scrapers+estonia-cabinet"), "--out", str(out)]
    subprocess.run([sys.executable, str(script), *arguments], check=True, capture_output=True)
    table = json.loads(out.read_text(encoding="utf-8"))
    assert "Wikidata" in table["sources"]["cabinets"]
    found = {h["name"]: (h["side"], h["offices"], h["since"], h["until"], h["wikidata"]) for h in table["holders"]}
    assert found == {
        "Tarmo Saar": ("Estonia", ["Foreign Minister"], "2014-04-09", "2016-05-31", "Q11"),  # to the month's end
        "Liis Kuusk": ("Estonia", ["Foreign Minister"], "2016-05-13", None, "Q12"),
        "Mart Kivi": ("Estonia", ["Prime Minister"], "2011-01-01", "2016-12-31", "Q15"),
    }


def test_foreign_ministers_of_years_past_name_their_state_by_surname_in_their_term_only() -> None:
    minister = sitting_holder("Mnatsakanyan", "2019-03-01")  # the table spells it Mnatsakanian
    assert minister is not None and minister.side == "Armenia"
    zarif = sitting_holder("Zarif", "2015-07-14")
    assert zarif is not None and (zarif.side, zarif.offices) == ("Iran", ("Foreign Minister",))
    assert sitting_holder("Zarif", "2023-01-01") is None  # his term ended in 2021


def test_a_word_more_often_a_given_name_than_a_surname_names_no_holder_alone() -> None:
    assert sitting_holder("Ahmed", "2025-06-01") is None  # the given name of dozens of the table's names
    wang = sitting_holder("Wang", "2025-06-01")  # a family name written first is a family name
    assert wang is not None and wang.side == "China"
    abbas = sitting_holder("Abbas", "2025-06-01")  # more often a surname in the table than a given name
    assert abbas is not None and abbas.side == "Palestine"
    salman = sitting_holder("Salman", "2018-09-17")  # a king the table names by that one name
    assert salman is not None and salman.side == "Saudi Arabia"


def test_a_list_of_names_the_tagger_takes_for_organisations_is_a_list_of_people_when_the_table_knows_them() -> None:
    # the small model tags "Uhuru Kenyatta and" and "Olusegun Obasanjo" otherwise than as people in such a list
    doc, ctx = analyse(
        "Credit belongs to the AU panel - Olusegun Obasanjo, Uhuru Kenyatta and Luis Mora - and to Chile, which "
        "hosted the talks.",
        published=date(2023, 1, 20),
    )
    names = {p.name for p in ctx.people.persons}
    assert {"Olusegun Obasanjo", "Uhuru Kenyatta"} <= names
    assert not any("and" in n.split() for n in names)


def test_a_body_the_gazetteer_does_not_know_that_a_sitting_holder_heads_is_their_state_s() -> None:
    doc, ctx = analyse(
        "Wang Yi, director of the Office of the Central Foreign Affairs Commission, welcomed the deal.",
        published=date(2023, 3, 10),
    )
    found = {f.fact.name: f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)}
    assert found["Wang Yi"].affiliation == "China"


def test_two_leaders_surnames_a_hyphen_joins_are_both_named() -> None:
    doc, ctx = analyse("Trump-Putin summit in Alaska: live updates", published=date(2025, 8, 15))
    found = {f.fact.name: f.fact.affiliation for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)}
    assert found == {"Trump": "United States", "Putin": "Russia"}
    doc, ctx = analyse("In May the talks moved to Wright-May Air Base.", published=date(2018, 6, 1))
    assert [f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)] == []  # one name, no pair


def test_an_acronym_is_no_surname_of_an_office_holder() -> None:
    doc, ctx = analyse(
        "Leaders of Chile and Peru failed to find a solution at a meeting held in Quito on Thursday, news agency ABE "
        "informs.",
        published=date(2022, 8, 19),
    )
    people = [f.fact.name for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)]
    assert "ABE" not in people
