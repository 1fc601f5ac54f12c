"""The tour notebook runs from top to bottom on the library, as a reader would run it."""

from __future__ import annotations

from pathlib import Path

import nbclient
import nbformat

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_the_tour_runs_and_answers(tmp_path: Path) -> None:
    notebook = nbformat.read(DOCS / "tour.ipynb", as_version=4)
    nbclient.NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(DOCS)}}
    ).execute()
    outputs = {
        index: "".join(str(o.get("data", {}).get("text/plain", o.get("text", ""))) for o in cell.get("outputs", []))
        for index, cell in enumerate(notebook.cells)
        if cell.cell_type == "code"
    }
    assert not any(o.get("output_type") == "error" for cell in notebook.cells for o in cell.get("outputs", []))
    text = "\n".join(outputs.values())
    assert "Vladimir Medinsky" in text and "Steve Witkoff" in text  # attendance at the Geneva round
    assert "neutral" in text and "graph.jsonld" in text
