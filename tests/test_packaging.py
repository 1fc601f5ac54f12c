"""The package as a user installs it: a wheel that carries the ontology, shapes, queries, data and templates."""

from __future__ import annotations

import shutil
import site
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, timeout=600)


def test_an_installed_wheel_builds_validates_and_queries(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    # built from a copy without build outputs: a stale build/ folder of the checkout must not fill the wheel
    source = tmp_path / "source"
    leave_out = shutil.ignore_patterns(".venv", "build", "*.egg-info", "output", ".git", "__pycache__", "node_modules")
    shutil.copytree(ROOT, source, ignore=leave_out)
    built = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(source), cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    [wheel] = wheels.glob("negotiation_kg-*.whl")
    venv = tmp_path / "venv"
    assert _run(sys.executable, "-m", "venv", "--without-pip", str(venv), cwd=tmp_path).returncode == 0
    python = venv / "bin" / "python"
    installed = _run(
        sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel), cwd=tmp_path
    )
    assert installed.returncode == 0, installed.stderr
    # the dependencies come from this environment's site-packages (its .pth files, the checkout's among them,
    # are not read from there), so the kg that runs is the wheel's
    [purelib] = (venv / "lib").glob("python*/site-packages")
    (purelib / "deps.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    where = _run(str(python), "-c", "import kg; print(kg.__file__)", cwd=tmp_path)
    assert where.stdout.strip().startswith(str(venv)), where.stdout + where.stderr
    articles = tmp_path / "articles"
    articles.mkdir()
    for suffix in (".txt", ".meta.json"):
        shutil.copy(ROOT / "seeds" / f"seed{suffix}", articles / f"seed{suffix}")
    kg = str(venv / "bin" / "kg")
    version = _run(kg, "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("kg "), version.stderr
    build = _run(kg, "build", str(articles), "--out", "out", "--quiet", cwd=tmp_path)
    assert build.returncode == 0, build.stderr
    validate = _run(kg, "validate", "--graph", "out/graph.ttl", cwd=tmp_path)
    assert validate.returncode == 0 and "conforms" in validate.stdout, validate.stdout + validate.stderr
    query = _run(kg, "query", "attendance", "--graph", "out/graph.ttl", "--param", "party=russia", cwd=tmp_path)
    assert query.returncode == 0 and "Vladimir Medinsky" in query.stdout, query.stdout + query.stderr
    assert "named queries:" in _run(kg, "query", "--help", cwd=tmp_path).stdout


def test_the_graph_query_and_view_side_never_loads_the_language_model() -> None:
    """`kg query`, `kg push`, `kg load`, `kg remove` and the views start without spaCy or VADER."""
    modules = ", ".join(
        [
            "kg.rdf.graph",
            "kg.backends.store",
            "kg.rdf.shards",
            "kg.backends.remote",
            "kg.backends.query",
            "kg.backends.lookup",
            "kg.views.network",
            "kg.views.page",
            "kg.views.timeline",
            "kg.rdf.validate",
        ]
    )
    heavy = "('spacy', 'vaderSentiment', 'thinc')"
    code = f"import sys, {modules}; print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy}))"
    probe = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "[]"


def test_every_python_package_of_kg_is_listed_for_the_wheel() -> None:
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "kg").rglob("__init__.py")}
    assert found <= listed, sorted(found - listed)


def test_no_module_over_500_lines_and_no_function_over_complexity_25() -> None:
    long = [str(p.relative_to(ROOT)) for p in (ROOT / "kg").rglob("*.py") if len(p.read_text().splitlines()) > 500]
    assert long == []
    checked = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--select", "C901", "--quiet", "kg"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
