"""The ``kg`` command: thin sub-commands over the library.

Results go to stdout; progress, summaries of what was skipped and errors go to stderr, one line each.
Exit status: 0 all good, 1 some articles skipped, 2 nothing done (bad usage, no usable input, an output that
cannot be written, a bad query or graph, a failed check), 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TextIO

from kg import arguments
from kg.errors import GraphError, InputError, KGError, NotFoundError, UsageError
from kg.ingest.clean import MAX_SENTENCE_CHARS
from kg.ingest.read import MAX_ARTICLE_BYTES

EXIT_OK = 0
EXIT_SKIPPED = 1
EXIT_FAILED = 2


MAX_MESSAGE = 300
"""Longest error message printed, in characters: a parser's message can quote a whole file."""


def _one_line(message: str) -> str:
    text = " ".join(message.split())
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"


def _error(message: str) -> None:
    print(f"kg: error: {_one_line(message)}", file=sys.stderr)


def _report_skipped(problems: list[InputError], debug: bool) -> None:
    for problem in problems:
        print(f"kg: skipped {_one_line(str(problem))}", file=sys.stderr)
        if debug and problem.detail:
            sys.stderr.write(problem.detail)


def cmd_build(args: argparse.Namespace) -> int:
    from kg.ingest.read import is_url

    args.paths = [p if is_url(p) else Path(p) for p in args.paths]
    limits = {
        "progress": not args.quiet,
        "max_article_bytes": args.max_article_size,
        "max_sentence": args.max_sentence_length,
    }
    if args.engine == "dask":
        from kg.run.build import build_shards

        if not args.scheduler or not args.shards:
            raise UsageError("--engine dask needs --scheduler ADDRESS and --shards DIR")
        from kg.office_holders import use_people
        from kg.people_table import read_people

        use_people(read_people(args.people) if args.people is not None else ())
        summary = build_shards(args.paths, args.shards, args.scheduler, **limits)  # type: ignore[arg-type]
    else:
        from kg.api import KnowledgeGraph, NothingBuiltError

        try:
            summary = KnowledgeGraph.build(
                args.paths,
                store=args.store,
                out=args.out if args.store is not None else (args.out or Path("output")),
                jobs=args.jobs,
                progress=not args.quiet,
                strict_ids=args.strict_ids,
                max_article_bytes=args.max_article_size,
                max_sentence=args.max_sentence_length,
                people=args.people,
            ).summary
        except NothingBuiltError as nothing:
            summary = nothing.summary
    for note in summary.notes:
        print(f"kg: note: {_one_line(note)}", file=sys.stderr)
    for warning in summary.warnings:
        print(f"kg: warning: {_one_line(str(warning))}", file=sys.stderr)
    _report_skipped(summary.skipped, args.debug)
    if summary.articles == 0:
        _error("no article could be read; nothing written")
        return EXIT_FAILED
    if args.engine == "dask":
        print(f"built {summary.line()}")
        print(
            f"wrote {len(summary.outputs)} shard(s) to {args.shards}; load them with: kg load {args.shards} --store DIR"
        )
        return EXIT_SKIPPED if summary.skipped else EXIT_OK
    if args.store is not None and not summary.added and not summary.replaced and not summary.skipped:
        print(f"store {args.store} is up to date: {summary.line()}")
        for path in summary.outputs:
            print(f"wrote {path}")
        return EXIT_OK
    print(f"built {summary.line()}")
    for path in summary.outputs:
        print(f"wrote {path}")
    if args.validate:
        args.graph = (args.out or Path("output")) / "graph.ttl"
        if not _conforms(args, sys.stderr):  # stdout carries the build's summary
            return EXIT_FAILED
    if summary.skipped:
        print(f"kg: {len(summary.skipped)} input(s) skipped, {summary.articles} article(s) built", file=sys.stderr)
        return EXIT_SKIPPED
    return EXIT_OK


def _conforms(args: argparse.Namespace, report_to: TextIO) -> bool:
    """Check the graph of ``--store`` or ``--graph`` against the SHACL shapes; False (with the report written to
    ``report_to``) when it does not conform."""
    from kg.api import KnowledgeGraph

    source = _where(args)
    report = KnowledgeGraph.open(source).validate()
    if report.conforms:
        print(f"{source}: conforms to the SHACL shapes")
        return True
    report_to.write(report.report)
    _error(f"{source} does not conform to the SHACL shapes")
    return False


def cmd_push(args: argparse.Namespace) -> int:
    from kg.api import KnowledgeGraph
    from kg.backends.remote import Endpoint, dataset_of, push

    endpoint = Endpoint.at(args.endpoint, args.sparql, args.gsp)
    if args.store is not None:
        sent = KnowledgeGraph.open(args.store).push(args.endpoint, gsp=args.gsp)
    else:
        sent = push(endpoint, dataset_of(nquads=args.quads))  # a missing file is named as the N-Quads it should be
    print(f"pushed {sent - 1} article graph(s) and the default graph to {endpoint.gsp}")
    return EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    from kg.api import KnowledgeGraph
    from kg.errors import QueryError

    params = {}
    for item in args.param or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"--param {item!r}: write NAME=VALUE")
        params[name.strip()] = value
    if args.allow_update or args.allow_service:  # changing a graph, or reaching other hosts: outside the library
        from kg.backends.query import query_file

        table = query_file(
            args.graph,
            args.query,
            allow_update=args.allow_update,
            timeout=args.timeout,
            params=params,
            store=args.store,
            allow_service=args.allow_service,
            limit=args.limit,
            offset=args.offset,
            unsorted=args.unsorted,
        )
        if table is None:
            print(f"updated {args.store or args.graph}")
            return EXIT_OK
    else:
        where = args.endpoint or args.store or args.graph
        if args.endpoint is None and args.store is None and not Path(args.graph).is_file():
            raise GraphError(f"{args.graph}: no such graph file")
        if args.store is not None and not Path(args.store).is_dir():
            raise GraphError(f"{args.store}: no such store")
        graph = KnowledgeGraph.open(where, timeout=args.timeout, sparql=args.sparql)
        from kg.backends.table import write_stream

        rows = graph.query(args.query, limit=args.limit, offset=args.offset, unsorted=args.unsorted, **params)
        write_stream(rows.tables(), args.format, sys.stdout)
        return EXIT_OK
    sys.stdout.write(table.render(args.format))
    return EXIT_OK


def cmd_viz(args: argparse.Namespace) -> int:
    from kg.api import KnowledgeGraph
    from kg.files import atomic_write_text
    from kg.views.network import view, write_graphml
    from kg.views.page import render_page, title_for

    graph = KnowledgeGraph.open(_where(args))
    network = graph.network(focus=args.focus, hops=args.hops, query=args.query)
    shown = view(network, limit=args.limit)
    atomic_write_text(args.out, render_page(shown, title_for(args.query, args.focus, args.hops)))
    print(f"wrote {args.out} ({shown.network.number_of_nodes()} nodes, {shown.network.number_of_edges()} edges)")
    for note in shown.left_out:
        print(f"kg: left out: {note}", file=sys.stderr)
    if args.timeline:
        graph.timeline(args.timeline)
        print(f"wrote {args.timeline}")
    if args.graphml:
        write_graphml(network, args.graphml)
        print(f"wrote {args.graphml}")
    return EXIT_OK


def _where(args: argparse.Namespace) -> Path:
    """The store or graph file a command reads, checked to be there."""
    if args.store is not None:
        if not Path(args.store).is_dir():
            raise GraphError(f"{args.store}: no such store")
        return Path(args.store)
    if not Path(args.graph).is_file():
        raise GraphError(f"{args.graph}: no such graph file")
    return Path(args.graph)


def cmd_validate(args: argparse.Namespace) -> int:
    return EXIT_OK if _conforms(args, sys.stdout) else EXIT_FAILED


def cmd_evaluate(args: argparse.Namespace) -> int:
    from kg.evaluation.evaluate import evaluate, read_split, render_explain, render_parts, render_table

    split = read_split(args.split) if args.split else None
    evaluation = evaluate(args.paths, progress=not args.quiet)
    for problem in evaluation.skipped:
        print(f"kg: skipped {' '.join(str(problem).split())}", file=sys.stderr)
    if not evaluation.reports:
        _error("no annotated article (STEM.txt beside STEM.gold.json) found")
        return EXIT_FAILED
    sys.stdout.write(render_table(evaluation))
    if split is not None:
        sys.stdout.write("\n" + render_parts(evaluation, split))
    if args.explain:
        sys.stdout.write("\n" + render_explain(evaluation))
    if args.json:
        import json

        from kg.files import atomic_write_text

        atomic_write_text(args.json, json.dumps(evaluation.as_dict(), indent=1, sort_keys=True) + "\n")
    return EXIT_SKIPPED if evaluation.skipped else EXIT_OK


def cmd_load(args: argparse.Namespace) -> int:
    from kg.rdf.shards import load_shards

    shards = sorted(args.shards.glob("*.nq")) if args.shards.is_dir() else []
    if not shards:
        _error(f"{args.shards}: no .nq shards to load")
        return EXIT_FAILED
    skipped: list[InputError] = []
    loaded = load_shards(shards, args.store, on_skip=skipped.append)
    _report_skipped(skipped, debug=False)
    print(f"loaded {loaded} shard(s) into {args.store}")
    if not loaded:
        _error(f"{args.shards}: no shard could be loaded")
        return EXIT_FAILED
    return EXIT_SKIPPED if skipped else EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    from kg.api import KnowledgeGraph

    if not Path(args.store).is_dir():
        raise GraphError(f"{args.store}: no such store")
    graph = KnowledgeGraph.open(args.store)
    missing = [a for a in args.articles if not graph.remove(a)]
    for article in args.articles:
        if article not in missing:
            print(f"removed {article}")
    for article in missing:
        _error(f"{args.store}: holds no article {article!r}")
    return EXIT_FAILED if missing and len(missing) == len(args.articles) else EXIT_SKIPPED if missing else EXIT_OK


def parser() -> argparse.ArgumentParser:
    from kg import __version__

    top = argparse.ArgumentParser(prog="kg", description="Negotiation knowledge graph from news articles.")
    top.add_argument("--version", action="version", version=f"kg {__version__}")
    commands = top.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="extract a graph from articles (.txt, .jsonl, .html; files or folders)")
    build.add_argument("paths", nargs="+", metavar="PATH|URL", help="article files, folders or http(s) pages")
    build.add_argument(
        "--out", type=Path, help="output folder (default: output; with --store, exports only when given)"
    )
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    build.add_argument(
        "--store", type=Path, metavar="DIR", help="keep the graph in an on-disk Oxigraph store, built incrementally"
    )
    build.add_argument(
        "--jobs",
        type=arguments.jobs,
        default=1,
        metavar="N",
        help="worker processes for extraction (1 to the core count)",
    )
    build.add_argument(
        "--strict-ids",
        action="store_true",
        help="stop before writing when two inputs claim one article id (default: keep both, the second renamed)",
    )
    build.add_argument(
        "--validate", action="store_true", help="check the graph built against the SHACL shapes (exit 2 if not)"
    )
    build.add_argument("--debug", action="store_true", help="show the traceback of an article extraction failed on")
    build.add_argument("--engine", choices=("local", "dask"), default="local", help="where extraction runs")
    build.add_argument("--scheduler", metavar="ADDRESS", help="the dask.distributed scheduler (with --engine dask)")
    build.add_argument("--shards", type=Path, metavar="DIR", help="where --engine dask writes N-Quads shards")
    build.add_argument(
        "--max-article-size",
        type=int,
        default=MAX_ARTICLE_BYTES,
        metavar="BYTES",
        help=f"skip articles larger than this (default {MAX_ARTICLE_BYTES})",
    )
    build.add_argument(
        "--max-sentence-length",
        type=int,
        default=MAX_SENTENCE_CHARS,
        metavar="CHARS",
        help=f"leave out paragraphs with a longer sentence (default {MAX_SENTENCE_CHARS})",
    )
    build.add_argument(
        "--people",
        type=Path,
        metavar="FILE.csv",
        help="your own table of people and their sides (columns name,side,office,since,until,wikidata), "
        "consulted before the bundled office holders",
    )
    build.set_defaults(func=cmd_build)

    query = commands.add_parser(
        "query",
        help="run a named query, a .rq file or SPARQL text",
        description="Run a named query, a .rq file or SPARQL text over a graph file, a store or a SPARQL server. "
        "Queries may use the prefixes neg:, schema:, prov:, xsd:, rdf:, rdfs:, owl: and skos: without declaring them.",
        epilog=arguments.named_query_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    query.add_argument("query", metavar="NAME|FILE.rq|SPARQL", help="a named query (listed below), a .rq file or text")
    query.add_argument("--graph", type=Path, default=Path("output/graph.ttl"), help="the Turtle file to query")
    query.add_argument(
        "--format", choices=("table", "csv", "json"), default="table", help="table (default), CSV or JSON on stdout"
    )
    query.add_argument("--store", type=Path, metavar="DIR", help="query an on-disk store (all its article graphs)")
    query.add_argument("--endpoint", metavar="URL", help="query a SPARQL server (Oxigraph: its base URL)")
    query.add_argument("--sparql", metavar="URL", help="the server's query URL, when not ENDPOINT/query")
    query.add_argument(
        "--allow-update", action="store_true", help="run SPARQL Update and write the changed graph back to --graph"
    )
    query.add_argument(
        "--allow-service",
        action="store_true",
        help="let SERVICE and LOAD reach other hosts (refused by default: a query only reads the local graph)",
    )
    query.add_argument(
        "--timeout", type=arguments.seconds, default=60.0, metavar="SECONDS", help="give up after this long"
    )
    query.add_argument("--limit", type=arguments.count, metavar="N", help="at most N rows (the engine stops there)")
    query.add_argument(
        "--offset", type=arguments.count, metavar="N", help="skip the first N rows (with --limit: page through)"
    )
    query.add_argument(
        "--unsorted",
        action="store_true",
        help="rows in the order the store finds them, not sorted: the first rows of a huge answer come at once",
    )
    query.add_argument(
        "--param",
        action="append",
        metavar="NAME=VALUE",
        help="bind a parameter (repeatable): names match aliases and short forms whatever the case or accents "
        "(party=us, speaker=zelensky); dates are YYYY-MM-DD; IRIs may be written as the table shows them",
    )
    query.set_defaults(func=cmd_query)

    viz = commands.add_parser("viz", help="draw a graph file as an interactive HTML network")
    viz.add_argument("--graph", type=Path, default=Path("output/graph.ttl"), help="the Turtle file to draw")
    viz.add_argument("--out", type=Path, default=Path("output/graph.html"), help="the HTML page to write")
    viz.add_argument("--graphml", type=Path, help="also write the network as GraphML (for Gephi)")
    viz.add_argument("--store", type=Path, metavar="DIR", help="draw from an on-disk store instead of --graph")
    viz.add_argument("--focus", metavar="NAME", help="a person, party or meeting and its surroundings")
    viz.add_argument("--hops", type=int, default=1, help="how far around --focus to draw (default 1)")
    viz.add_argument("--query", metavar="FILE.rq", help="draw the nodes a SPARQL SELECT or CONSTRUCT returns")
    viz.add_argument("--timeline", type=Path, metavar="FILE", help="also write a timeline page of each negotiation")
    viz.add_argument(
        "--limit", type=int, default=2000, help="past this many nodes, fold statements and keep the top nodes (0: none)"
    )
    viz.set_defaults(func=cmd_viz)

    validate = commands.add_parser("validate", help="check a graph file against the SHACL shapes")
    validate.add_argument("--graph", type=Path, default=Path("output/graph.ttl"), help="the Turtle file to check")
    validate.add_argument("--store", type=Path, metavar="DIR", help="check an on-disk store instead of --graph")
    validate.set_defaults(func=cmd_validate)

    push = commands.add_parser("push", help="load the graph into a SPARQL server, one named graph per article")
    push.add_argument("--endpoint", required=True, metavar="URL", help="the server's base URL (Oxigraph: BASE/store)")
    push.add_argument("--gsp", metavar="URL", help="the Graph Store Protocol URL, when not ENDPOINT/store")
    push.add_argument("--sparql", metavar="URL", help=argparse.SUPPRESS)
    push.add_argument("--quads", type=Path, default=Path("output/graph.nq"), help="N-Quads written by kg build")
    push.add_argument("--store", type=Path, metavar="DIR", help="push an on-disk store instead of --quads")
    push.set_defaults(func=cmd_push)

    load = commands.add_parser("load", help="bulk-load N-Quads shards (kg build --engine dask) into a store")
    load.add_argument("shards", type=Path, metavar="DIR", help="the folder kg build --engine dask wrote shards to")
    load.add_argument("--store", type=Path, required=True, metavar="DIR", help="the store to load them into")
    load.set_defaults(func=cmd_load)

    remove = commands.add_parser("remove", help="take articles out of an on-disk store")
    remove.add_argument("articles", nargs="+", metavar="ARTICLE", help="article identifiers (file stems)")
    remove.add_argument("--store", type=Path, required=True, metavar="DIR", help="the store to remove them from")
    remove.set_defaults(func=cmd_remove)

    evaluate = commands.add_parser("evaluate", help="score extraction against annotated articles (STEM.gold.json)")
    evaluate.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="folders or files of articles with STEM.gold.json beside"
    )
    evaluate.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    evaluate.add_argument("--explain", action="store_true", help="list every miss, extra and wrong attribute")
    evaluate.add_argument("--quiet", action="store_true", help="no progress bar")
    evaluate.add_argument(
        "--split",
        type=Path,
        metavar="FILE",
        help="a split file (tests/corpus/split.json): also print the figures of its development and validation parts",
    )
    evaluate.set_defaults(func=cmd_evaluate)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except NotFoundError as exc:  # a look-up that names nothing: an answer, not a failure to run
        _error(str(exc))
        return EXIT_SKIPPED
    except KGError as exc:
        _error(str(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:  # the reader of stdout went away (`kg query ... | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except OSError as exc:  # a full disk, a store another process holds, a file that vanished
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        _error(f"{where}{exc.strerror or exc}")
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
