"""The library's one object: a negotiation knowledge graph, wherever it lives.

>>> from kg import KnowledgeGraph
>>> graph = KnowledgeGraph.build(["seeds/"])               # or KnowledgeGraph.open("output/graph.ttl")
>>> rows = graph.query("statements", party="russia")       # named queries, .rq files or SPARQL text
>>> rows.to_pandas()                                       # with pandas installed

A graph lives in a Turtle, N-Quads or TriG file, in an on-disk Oxigraph store (a folder), or on a SPARQL
server (its ``http(s)://`` base URL). Every backend binds parameters the same way (as RDF terms; on a server
through ``VALUES`` blocks the RDF library writes), gives rows of the same shape (plain Python values) and
stops a query after the same timeout. The ``kg`` command is a thin layer over this class.
"""

from __future__ import annotations

import html
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.backends.table import Table
from kg.errors import GraphError, UsageError

FORMATS = {
    ".ttl": "turtle",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".graphml": "graphml",
}
"""Export formats by file suffix."""


class Rows(Sequence[dict[str, object]]):
    """A query's answer: each row a dict of column to plain Python value (IRIs and strings as ``str``, numbers,
    booleans and ``datetime.date``; ``None`` where a column is unbound).

    The first rows are read when the query is run (so a bad query or an unknown name fails there); the rest
    are read when first needed: :meth:`tables` hands them over in consecutive tables as the engine finds
    them, for writing a large answer as it comes, while indexing, ``len`` or iterating reads them all."""

    def __init__(self, parts: Iterator[Table]) -> None:
        self._parts: list[Table] = [next(parts)]
        self._pending: Iterator[Table] | None = parts
        self._table: Table | None = None

    @property
    def columns(self) -> list[str]:
        return list(self._parts[0].header)

    def tables(self) -> Iterator[Table]:
        """The rows in consecutive tables (the first holds the header and the first rows), each as soon as the
        engine has found it; a server's answer comes as one table."""
        yield from list(self._parts)
        while self._pending is not None:
            part = next(self._pending, None)
            if part is None:
                self._pending = None
                break
            self._parts.append(part)
            yield part

    @property
    def table(self) -> Table:
        """The whole answer as one table."""
        if self._table is None:
            parts = list(self.tables())
            rows = [row for part in parts for row in part.rows]
            values = [row for part in parts for row in (part.values or [])]
            self._table = Table(parts[0].header, rows, values if parts[0].values is not None else None)
        return self._table

    def _row(self, index: int) -> dict[str, object]:
        table = self.table
        values = table.values[index] if table.values is not None else table.rows[index]
        return dict(zip(table.header, values, strict=True))

    def __len__(self) -> int:
        return len(self.table.rows)

    def __getitem__(self, index: int) -> dict[str, object]:  # type: ignore[override]
        return self._row(range(len(self))[index])

    def __iter__(self) -> Iterator[dict[str, object]]:
        return (self._row(i) for i in range(len(self)))

    def to_pandas(self) -> Any:
        """The rows as a pandas DataFrame (pandas is not a dependency: install it to use this)."""
        try:
            import pandas as pd
        except ImportError:
            raise UsageError("to_pandas needs pandas: pip install pandas") from None
        return pd.DataFrame(list(self), columns=self.columns)

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>" for row in self.table.rows[:50]
        )
        more = f"<p>{len(self) - 50} more rows</p>" if len(self) > 50 else ""
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


@dataclass(frozen=True)
class Validation:
    """The outcome of checking a graph against the SHACL shapes."""

    conforms: bool
    report: str

    def __bool__(self) -> bool:
        return self.conforms


class NothingBuiltError(GraphError):
    """No article of a build could be used; ``summary`` says what was skipped and why."""

    def __init__(self, summary: Any) -> None:
        super().__init__("no article could be read; nothing written")
        self.summary = summary


class KnowledgeGraph:
    """A negotiation knowledge graph in a file, a store or on a SPARQL server."""

    def __init__(self, location: str | Path, kind: str, *, timeout: float = 60.0, sparql: str | None = None) -> None:
        self.location = location
        self.kind = kind
        self.timeout = timeout
        self.sparql = sparql
        self.summary: Any = None
        """What the build that made this graph did (``KnowledgeGraph.build``), else None."""
        self._graph: Any = None

    def __repr__(self) -> str:
        return f"KnowledgeGraph({self.kind}: {self.location})"

    # ---- where a graph lives -------------------------------------------------------------------------------
    @classmethod
    def open(cls, where: str | Path, *, timeout: float = 60.0, sparql: str | None = None) -> KnowledgeGraph:
        """A graph file (``.ttl``, ``.nq``, ``.trig``), a store folder, or a SPARQL server by its base URL
        (Oxigraph's; ``sparql`` names the query URL of a server that does not answer at ``BASE/query``)."""
        text = str(where)
        if text.startswith(("http://", "https://")):
            return cls(text, "endpoint", timeout=timeout, sparql=sparql)
        path = Path(where)
        if path.is_dir():
            return cls(path, "store", timeout=timeout)
        if not path.exists():
            raise GraphError(f"{path}: no such graph file or store")
        return cls(path, "file", timeout=timeout)  # read as Turtle unless it ends in .nq or .trig

    @classmethod
    def build(
        cls,
        paths: Iterable[str | Path],
        *,
        store: str | Path | None = None,
        out: str | Path | None = None,
        jobs: int = 1,
        progress: bool = False,
        strict_ids: bool = False,
        people: str | Path | None = None,
        **limits: int,
    ) -> KnowledgeGraph:
        """Extract a graph from articles (files, folders or URLs). With ``store``, into that store (incremental:
        unchanged articles are kept; ``out`` also gets the exports); otherwise into ``out`` (a temporary folder
        when not given), which then holds graph.ttl, graph.nq, the pages and GraphML. ``strict_ids`` refuses two
        inputs that claim one id; ``max_article_bytes`` and ``max_sentence`` bound what is read. The build's
        summary (counts, skipped inputs, notes) is the graph's ``summary``. ``people`` names a CSV table of people
        and the sides they speak for (columns ``name,side,office,since,until,wikidata``), consulted before the
        bundled office holders when an article gives someone no side.

        Raises NothingBuiltError, which carries the summary, when no article could be used."""
        from kg.office_holders import use_people
        from kg.people_table import read_people
        from kg.run.build import build, build_store

        use_people(read_people(Path(people)) if people is not None else ())

        inputs = _inputs(paths)
        if store is not None:
            summary = build_store(
                inputs,
                Path(store),
                Path(out) if out else None,
                jobs=jobs,
                progress=progress,
                strict_ids=strict_ids,
                **limits,
            )
            graph = cls(Path(store), "store")
        else:
            folder = Path(out) if out is not None else Path(tempfile.mkdtemp(prefix="kg-"))
            summary = build(inputs, folder, jobs=jobs, progress=progress, strict_ids=strict_ids, **limits)
            graph = cls(folder / "graph.ttl", "file")
        if summary.articles == 0:
            raise NothingBuiltError(summary)
        graph.summary = summary
        return graph

    # ---- reading ---------------------------------------------------------------------------------------------
    def query(
        self,
        query: str,
        *,
        limit: int | None = None,
        offset: int | None = None,
        unsorted: bool = False,
        **params: str | Path,
    ) -> Rows:
        """Run a named query (``kg query --help`` lists them), a ``.rq`` file or SPARQL text, with parameters
        bound as RDF terms (``party="russia"``, ``from_="2025-01-01"``: a trailing underscore keeps a Python
        keyword usable). Names match aliases and short forms on files and stores. ``limit``/``offset`` page
        the rows; ``unsorted`` skips the query's closing sort, so the first rows of a huge answer come at once
        (read them with :meth:`Rows.tables`)."""
        bound = {name.rstrip("_"): str(value) for name, value in params.items()}
        if self.kind == "endpoint":
            from kg.backends.remote import Endpoint
            from kg.backends.remote import query as remote_query

            endpoint = Endpoint.at(str(self.location), self.sparql)
            answer = remote_query(
                endpoint, query, bound, limit=limit, offset=offset, unsorted=unsorted, timeout=self.timeout
            )
            return Rows(iter([answer]))
        from kg.backends.query import stream_file

        return Rows(
            stream_file(
                Path(self.location),
                query,
                timeout=self.timeout,
                params=bound,
                store=Path(self.location) if self.kind == "store" else None,
                limit=limit,
                offset=offset,
                unsorted=unsorted,
            )
        )

    def rdf(self) -> Any:
        """The whole graph as an rdflib Graph (the union of the article graphs), read once for this object (the
        store's changes through :meth:`add` and :meth:`remove` read it again)."""
        if self._graph is None:
            self._graph = self._read()
        return self._graph

    def _read(self) -> Any:
        from rdflib import Graph

        if self.kind == "endpoint":
            raise UsageError("a server's graph is read through queries; export it from the server")
        if self.kind == "store":
            from kg.backends.store import open_store, union_graph

            return union_graph(open_store(Path(self.location), read_only=True))
        from kg.backends.query import is_dataset

        path = Path(self.location)
        if not path.is_file():
            raise GraphError(f"{path}: no such graph file")
        try:
            if is_dataset(path):
                from rdflib import Dataset

                dataset = Dataset()
                dataset.parse(path, format="nquads" if path.suffix.lower() == ".nq" else "trig")
                merged = Graph()
                for subject, predicate, obj, _ in dataset.quads((None, None, None, None)):
                    merged.add((subject, predicate, obj))  # every named graph's triples: the union
                return merged
            return Graph().parse(path, format="turtle")
        except Exception as exc:  # rdflib raises many parser exception types
            raise GraphError(f"{path}: not a valid graph file: {' '.join(str(exc).split())}") from None

    def validate(self) -> Validation:
        """Check the graph against the SHACL shapes."""
        from kg.rdf.validate import validate

        report = validate(self.rdf())
        return Validation(report.conforms, report.text)

    # ---- writing and showing -----------------------------------------------------------------------------
    def export(self, path: str | Path, format: str | None = None) -> Path:
        """Write the graph as Turtle, N-Quads, TriG, JSON-LD (with the ontology's ``@context``) or GraphML, by
        ``format`` or the file's suffix."""
        from kg.files import atomic_write_text
        from kg.rdf.graph import to_jsonld, to_turtle

        target = Path(path)
        chosen = format or FORMATS.get(target.suffix.lower())
        if chosen not in set(FORMATS.values()):
            raise UsageError(f"{target}: give a format ({', '.join(sorted(set(FORMATS.values())))})")
        graph = self.rdf()
        if chosen == "turtle":
            atomic_write_text(target, to_turtle(graph))
        elif chosen == "json-ld":
            atomic_write_text(target, to_jsonld(graph))
        elif chosen == "graphml":
            from kg.views.network import graphml, project

            atomic_write_text(target, graphml(project(graph)))
        elif chosen == "nquads":
            atomic_write_text(target, self._nquads(graph))
        else:
            atomic_write_text(target, graph.serialize(format="trig"))
        return target

    def _nquads(self, graph: Any) -> str:
        """N-Quads, lines sorted: a store's or an N-Quads file's article graphs (as ``kg build`` writes graph.nq);
        a Turtle file's triples in the default graph (it records no article graphs)."""
        import pyoxigraph as ox

        if self.kind == "store":
            import io

            from kg.backends.store import STAGING, open_store

            store = open_store(Path(self.location), read_only=True)
            named = [g for g in store.named_graphs() if isinstance(g, ox.NamedNode) and STAGING not in g.value]
            out = io.BytesIO()
            ox.serialize(
                (q for g in named for q in store.quads_for_pattern(None, None, None, g)),
                out,
                format=ox.RdfFormat.N_QUADS,
            )
            dump = out.getvalue().decode("utf-8")
        elif Path(self.location).suffix.lower() == ".nq":
            dump = Path(self.location).read_text(encoding="utf-8")
        else:
            dump = graph.serialize(format="nt")
        return "".join(sorted(line + "\n" for line in dump.splitlines() if line.strip()))

    def network(self, *, focus: str | None = None, hops: int = 1, query: str | None = None) -> Any:
        """The graph as the network the page draws (networkx), or the part of it around ``focus`` (a person,
        party or meeting, within ``hops``) or made of the nodes a ``query`` returns."""
        from kg.views.network import focus as around
        from kg.views.network import project, restrict

        network = project(self.rdf())
        if query:
            found = {value for row in self.query(query) for value in row.values() if isinstance(value, str)}
            network = restrict(network, found)
        if focus:
            network = around(network, focus, hops)
        return network

    def view(
        self,
        path: str | Path | None = None,
        *,
        focus: str | None = None,
        hops: int = 1,
        limit: int = 2000,
        query: str | None = None,
    ) -> str:
        """The interactive network page (HTML), written to ``path`` when given."""
        from kg.views.network import view
        from kg.views.page import render_page, title_for

        shown = view(self.network(focus=focus, hops=hops, query=query), limit=limit)
        return _written(render_page(shown, title_for(query, focus, hops)), path)

    def timeline(self, path: str | Path | None = None) -> str:
        """The timeline page (HTML) of each negotiation, written to ``path`` when given."""
        from kg.views.timeline import render_timeline

        return _written(render_timeline(self.rdf()), path)

    def _repr_html_(self) -> str:
        """In Jupyter, the network inline (the page in a sandboxed frame of its own)."""
        page = self.view()
        return (
            f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:720px;border:0" '
            'sandbox="allow-scripts"></iframe>'
        )

    # ---- changing a store -----------------------------------------------------------------------------------
    def add(self, paths: Iterable[str | Path], *, jobs: int = 1, progress: bool = False) -> Any:
        """Add or update articles in a store (unchanged ones are skipped); the build's summary."""
        from kg.run.build import build_store

        self._needs_store("add")
        self._graph = None
        return build_store(_inputs(paths), Path(self.location), None, jobs=jobs, progress=progress)

    def remove(self, article: str) -> bool:
        """Take an article and everything only it supports out of a store; whether it was there."""
        from kg.backends.store import open_store, remove_article

        self._needs_store("remove")
        self._graph = None
        store = open_store(Path(self.location))
        removed = remove_article(store, article)
        store.flush()
        return removed

    def push(self, url: str, *, gsp: str | None = None) -> int:
        """Send the graph to a SPARQL server (one named graph per article); the number of graphs sent."""
        from kg.backends.remote import Endpoint, dataset_of, push

        if self.kind == "endpoint":
            raise UsageError("this graph already lives on a server")
        endpoint = Endpoint.at(url, gsp=gsp)
        if self.kind == "store":
            from kg.backends.store import open_store

            return push(endpoint, dataset_of(store=open_store(Path(self.location), read_only=True)))
        path = Path(self.location)
        if path.suffix.lower() == ".nq":
            return push(endpoint, dataset_of(nquads=path))
        with tempfile.TemporaryDirectory() as folder:
            nquads = self.export(Path(folder) / "graph.nq")
            return push(endpoint, dataset_of(nquads=nquads))

    def _needs_store(self, what: str) -> None:
        if self.kind != "store":
            raise UsageError(f"{what} changes an on-disk store; open one (KnowledgeGraph.open('kg-store'))")


def _written(page: str, path: str | Path | None) -> str:
    """A page, written to ``path`` (atomically) when one is given."""
    if path is not None:
        from kg.files import atomic_write_text

        atomic_write_text(Path(path), page)
    return page


def _inputs(paths: Iterable[str | Path]) -> list[str | Path]:
    from kg.ingest.read import is_url

    if isinstance(paths, (str, Path)):
        paths = [paths]
    return [p if isinstance(p, str) and is_url(p) else Path(p) for p in paths]
