"""The whole path on every article in seeds/: Turtle, SHACL, determinism, the HTML page and GraphML."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal

from kg.rdf.namespaces import NEG
from kg.rdf.ontology import ONTOLOGY_FILE
from kg.rdf.validate import validate
from kg.run.build import build
from tests.conftest import SEEDS


def test_turtle_reparses_with_an_independent_parser(seed_build: Path) -> None:
    triples = list(ox.parse(path=str(seed_build / "graph.ttl"), format=ox.RdfFormat.TURTLE))
    assert len(triples) == len(Graph().parse(seed_build / "graph.ttl"))
    assert len(triples) > 1000


def test_graph_conforms_to_the_shapes(seed_build: Path) -> None:
    report = validate(Graph().parse(seed_build / "graph.ttl"))
    assert report.conforms, report.text


def test_shapes_reject_a_statement_without_speaker(seed_build: Path) -> None:
    graph = Graph().parse(seed_build / "graph.ttl")
    statement = next(graph.subjects(NEG.speaker, None))
    graph.remove((statement, NEG.speaker, None))
    graph.add((statement, NEG.stance, Literal("great")))
    report = validate(graph)
    assert not report.conforms
    assert "speaker" in report.text


def test_two_builds_are_byte_identical(seed_build: Path, tmp_path: Path) -> None:
    build([SEEDS], tmp_path, progress=False)
    for name in ("graph.ttl", "graph.html", "graph.graphml"):
        assert (tmp_path / name).read_bytes() == (seed_build / name).read_bytes(), name


@pytest.mark.parametrize("article", sorted(p.stem for p in SEEDS.glob("*.txt")))
def test_every_seed_article_yields_people_meetings_and_statements(seed_build: Path, article: str) -> None:
    graph = Graph().parse(seed_build / "graph.ttl")
    query = """
        PREFIX neg: <https://w3id.org/negotiation-kg/ontology#>
        PREFIX schema: <https://schema.org/>
        SELECT ?class (COUNT(DISTINCT ?fact) AS ?n) WHERE {
          ?fact a ?class ; neg:evidence/neg:sourceArticle/schema:identifier ?article .
        } GROUP BY ?class
    """
    counts = {
        str(r[0]).rsplit("#", 1)[-1]: int(r[1]) for r in graph.query(query, initBindings={"article": Literal(article)})
    }
    assert counts.get("Person", 0) >= 3, counts
    assert counts.get("Meeting", 0) >= 1, counts
    assert counts.get("Statement", 0) >= 3, counts


def test_page_loads_nothing_from_the_network(seed_build: Path) -> None:
    page = (seed_build / "graph.html").read_text(encoding="utf-8")
    assert not re.findall(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "vis.DataSet" in page and 'id="kg-legend"' in page


def test_graphml_holds_the_network(seed_build: Path) -> None:
    import networkx as nx

    network = nx.read_graphml(seed_build / "graph.graphml")
    kinds = {data["kind"] for _, data in network.nodes(data=True)}
    assert kinds == {"person", "party", "place", "meeting", "statement"}


def test_namespace_module_matches_the_ontology() -> None:
    ontology = Graph().parse(ONTOLOGY_FILE)
    declared = {str(s) for s in ontology.subjects() if str(s).startswith(str(NEG._NS))}
    in_code = {str(NEG._NS) + name for name in NEG.__annotations__}
    assert declared == in_code


def test_every_ontology_term_has_label_and_comment() -> None:
    from rdflib.namespace import RDFS

    ontology = Graph().parse(ONTOLOGY_FILE)
    for name in NEG.__annotations__:
        term = NEG[name]
        assert ontology.value(term, RDFS.label) is not None, name
        assert ontology.value(term, RDFS.comment) is not None, name


def test_readme_term_table_is_generated_from_the_ontology() -> None:
    from kg.rdf.ontology import term_table

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert term_table() in readme
