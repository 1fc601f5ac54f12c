from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from kg.errors import InputError
from kg.ingest.read import read_articles


def _items(*paths: Path) -> list:
    return list(read_articles(paths))


def test_text_file_takes_metadata_from_its_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\n\nBody text here.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2025-05-16", "publisher": "RFE/RL"}))
    [article] = _items(tmp_path)
    assert article.id == "a"
    assert article.published == date(2025, 5, 16)
    assert article.publisher == "RFE/RL"


def test_jsonl_yields_articles_and_names_each_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    good = {"id": "x1", "title": "T", "published": "2025-01-02", "text": "Talks were held in Geneva."}
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "x2"}) + "\n", encoding="utf-8")
    items = _items(path)
    articles = [i for i in items if not isinstance(i, InputError)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [a.id for a in articles] == ["x1"]
    assert articles[0].text.startswith("T\n\n")
    assert [e.path for e in errors] == [f"{path}:2", f"{path}:3"]
    assert "not valid JSON" in errors[0].problem and "'text'" in errors[1].problem


def test_bad_files_become_errors_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bad.txt").write_text("Headline\n\nBody.")
    (tmp_path / "bad.meta.json").write_text("{broken")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    items = _items(tmp_path / "empty.txt", tmp_path / "bad.txt", tmp_path / "notes.pdf", tmp_path / "missing.txt")
    messages = [str(i) for i in items]
    assert all(isinstance(i, InputError) for i in items)
    assert "empty.txt: file is empty" in messages[0]
    assert "bad.meta.json: sidecar is not valid JSON" in messages[1]
    assert "unsupported file type '.pdf'" in messages[2]
    assert "no such file or folder" in messages[3]


def test_windows_1252_text_is_decoded(tmp_path: Path) -> None:
    (tmp_path / "cp.txt").write_bytes("Headline\n\nThe minister said “caf\u00e9” talks went well.".encode("cp1252"))
    [article] = _items(tmp_path / "cp.txt")
    assert "café" in article.text


def test_html_page_gives_its_main_text_and_title(tmp_path: Path) -> None:
    body = " ".join(["Russian and Ukrainian negotiators met in Istanbul on Friday for talks chaired by Turkey."] * 3)
    page = (
        "<html><head><title>Talks In Istanbul</title><script>var tracking = 1;</script></head>"
        f"<body><nav>Home | World</nav><article><h1>Talks In Istanbul</h1><p>{body}</p>"
        f"<p>{body}</p></article><footer>Copyright</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    [article] = _items(tmp_path / "page.html")
    assert not isinstance(article, InputError), article
    assert article.title == "Talks In Istanbul"
    assert "negotiators met in Istanbul" in article.text
    assert "tracking" not in article.text and "Copyright" not in article.text
