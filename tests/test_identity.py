"""Cross-article identity: one node per person and per meeting, every source kept, disagreements recorded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from rdflib import Graph, URIRef

from kg.extract.pipeline import extract_articles
from kg.model import Article, Meeting
from kg.rdf import namespaces as ns
from kg.rdf.graph import build_graph
from kg.rdf.namespaces import NEG, OWL, WD
from kg.resolve.identity import resolve_people, same_meeting
from tests.conftest import actors_of


def test_people_spelt_differently_are_one() -> None:
    canonical = resolve_people(
        [
            ("a", "Volodymyr Zelenskyy"),
            ("b", "Volodymyr Zelenskyy"),
            ("c", "Volodymyr Zelensky"),
            ("c", "Aleksandr Fomin"),
            ("d", "Alexander Fomin"),
            ("d", "Zelensky"),
            ("a", "Sergei Lavrov"),
            ("b", "Sergei Ryabkov"),
        ]
    )
    assert canonical["Volodymyr Zelensky"] == "Volodymyr Zelenskyy"  # the spelling most articles use
    assert canonical["Zelensky"] == "Volodymyr Zelenskyy"
    assert canonical["Aleksandr Fomin"] == canonical["Alexander Fomin"]
    assert canonical["Sergei Lavrov"] != canonical["Sergei Ryabkov"]


def test_meetings_match_on_place_dates_and_sides() -> None:
    base = Meeting("x", "Geneva", start=date(2025, 5, 10), end=date(2025, 5, 11), parties=("United States", "China"))
    assert same_meeting(base, Meeting("y", "Geneva", start=date(2025, 5, 11), parties=("China",)))
    assert not same_meeting(base, Meeting("y", "Geneva", start=date(2025, 6, 20), parties=("China",)))
    assert not same_meeting(base, Meeting("y", "Bern", start=date(2025, 5, 10), parties=("China",)))
    assert not same_meeting(
        base, Meeting("y", "Geneva", start=date(2025, 5, 10), parties=("Russia", "Ukraine", "Turkey"))
    )


FIRST = (
    "Serbian and Kosovar negotiators met in Brussels on Monday for talks mediated by the European Union, "
    "officials said. Serbian President Aleksandar Vucic said the talks were constructive."
)
SECOND = (
    "Serbia and Kosovo held talks in Brussels on Tuesday under European Union mediation. "
    '"We made progress," said Serbian President Aleksandar Vučić.'
)


def _graph() -> Graph:
    articles = [
        Article("first", FIRST, published=date(2025, 3, 5)),  # Monday = March 3
        Article("second", SECOND, published=date(2025, 3, 6)),  # Tuesday = March 4
    ]
    return build_graph(extract_articles(articles))


def test_a_meeting_reported_twice_is_one_event_with_two_sources_and_its_disputed_date() -> None:
    graph = _graph()
    meetings = set(graph.subjects(predicate=None, object=NEG.Meeting))
    assert len(meetings) == 1
    [meeting] = meetings
    sources = {str(a).rsplit("/", 1)[-1] for a in graph.objects(meeting, NEG.reportedIn)}
    assert sources == {"first", "second"}
    reports = list(graph.objects(meeting, NEG.conflictingReport))
    values = {
        (str(graph.value(r, NEG.reportedValue)), str(graph.value(r, NEG.sourceArticle)).rsplit("/", 1)[-1])
        for r in reports
        if graph.value(r, NEG.reportedProperty) == ns.SDO.startDate
    }
    assert values == {("2025-03-03", "first"), ("2025-03-04", "second")}
    assert len(list(graph.objects(meeting, ns.SDO.startDate))) == 1  # one value, the disagreement kept aside


def test_one_person_node_across_spellings_with_both_articles_as_sources() -> None:
    graph = _graph()
    people = {str(graph.value(p, ns.SDO.name)) for p in graph.subjects(predicate=None, object=NEG.Person)}
    assert people == {"Aleksandar Vucic"} or people == {"Aleksandar Vučić"}
    [person] = graph.subjects(predicate=None, object=NEG.Person)
    speakers = {graph.value(s, NEG.reportedIn) for s in graph.subjects(NEG.speaker, person)}
    assert len(speakers) == 2


def test_states_and_international_organisations_link_to_wikidata() -> None:
    graph = _graph()
    same = {(s, o) for s, o in graph.subject_objects(OWL.sameAs)}
    targets = {o for _, o in same}
    assert WD["Q403"] in targets  # Serbia
    assert WD["Q458"] in targets  # European Union
    assert all(isinstance(o, URIRef) and str(o).startswith(str(WD)) for o in targets)


def test_unplaced_meetings_of_one_identity_in_two_articles_are_one_node_with_one_status() -> None:
    from kg.model import ArticleFacts, Extracted
    from kg.resolve.identity import resolve

    def article(name: str, status: str) -> ArticleFacts:
        meeting = Meeting("talks", None, start=date(2025, 5, 16), end=date(2025, 5, 16), status=status)  # type: ignore[arg-type]
        return ArticleFacts(Article(name, "text", published=date(2025, 5, 16)), meetings=(Extracted(meeting, ()),))

    resolution = resolve([article("a", "held"), article("b", "planned")])
    assert len(resolution.groups) == 1 and resolution.group_of == {("a", 0): 0, ("b", 0): 0}
    graph = build_graph([article("a", "held"), article("b", "planned")])
    assert len(set(graph.objects(None, NEG.status))) == 1


def test_a_surname_written_with_its_particles_is_the_alias_particles_and_all() -> None:
    actors = actors_of(
        "Commission President Kristin von der Haugland met Chilean officials in Lima. Von der Haugland called the "
        "agreement historic."
    )
    assert actors["Kristin von der Haugland"].aliases == ("Von der Haugland",)
    actors = actors_of("Foreign Minister Ana de la Vega met Peruvian officials in Lima. De la Vega called it historic.")
    assert actors["Ana de la Vega"].aliases == ("De la Vega",)


def test_undated_reports_of_one_meeting_naming_other_days_make_no_conflict_the_graph_cannot_write() -> None:
    from kg.resolve.identity import MeetingGroup

    told = Meeting("talks in Lima", location="Lima", country="Peru", parties=("Chile", "Peru"), day="tuesday")
    group = MeetingGroup(reports=[("a", told), ("b", replace(told, day="wednesday", status="planned"))])
    merged, conflicts = group.merged()
    assert merged.day == "tuesday"  # the earliest article's, as for any tie
    assert conflicts == [("status", "held", "a"), ("status", "planned", "b")]  # the day is no published property
