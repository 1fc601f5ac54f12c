"""The dependency tree of a parsed document, read from tables made once per document.

spaCy answers ``Token.children``, ``.subtree`` and ``.ancestors`` by walking the parse anew on every call and making
a new ``Token`` object for each word it yields. The extractors ask these questions of the same words many times
over, so the tree is turned once into tuples of the document's own tokens (``tokens_of``) and read from there.
The answers, and their order, are spaCy's: children and subtrees in document order, ancestors from the nearest up.

The tables are made after the pipeline has finished with the parse; the pipeline's own repairs, which move heads,
read spaCy's properties.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def tokens_of(doc: Doc) -> tuple[Token, ...]:
    """A document's tokens, made once and kept with the document: iterating a document or a span makes a new
    ``Token`` object per word on every pass."""
    tokens = doc.user_data.get("kg_tokens")
    if tokens is None:
        tokens = doc.user_data["kg_tokens"] = tuple(doc)
    return tokens  # type: ignore[no-any-return]


_CHILDREN = "kg_children"
_LEFTS = "kg_lefts"
_SUBTREES = "kg_subtrees"
_ANCESTORS = "kg_ancestors"


def children_of(token: Token) -> tuple[Token, ...]:
    """A word's dependents, in document order (``Token.children``)."""
    table: tuple[tuple[Token, ...], ...] | None = token.doc.user_data.get(_CHILDREN)
    if table is None:
        table = _children_table(token.doc)
    return table[token.i]


def lefts_of(token: Token) -> tuple[Token, ...]:
    """A word's dependents before it, in document order (``Token.lefts``)."""
    table: tuple[tuple[Token, ...], ...] | None = token.doc.user_data.get(_LEFTS)
    if table is None:
        table = _lefts_table(token.doc)
    return table[token.i]


def rights_of(token: Token) -> tuple[Token, ...]:
    """A word's dependents after it, in document order (``Token.rights``)."""
    return children_of(token)[len(lefts_of(token)) :]


def subtree_of(token: Token) -> tuple[Token, ...]:
    """A word and all its dependents, near and far, in document order (``Token.subtree``)."""
    known = _kept(token.doc, _SUBTREES)
    found = known.get(token.i)
    return found if found is not None else _subtree(token, known)


def ancestors_of(token: Token) -> tuple[Token, ...]:
    """The words a word hangs from, its head first and the root of its sentence last (``Token.ancestors``)."""
    known = _kept(token.doc, _ANCESTORS)
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = _ancestors(token.i, tokens_of(token.doc), known)
    return found


def is_ancestor(word: Token, other: Token) -> bool:
    """Whether ``word`` stands above ``other`` in the tree (``Token.is_ancestor``)."""
    if word.doc is not other.doc:
        return False
    return any(a.i == word.i for a in ancestors_of(other))


def _kept(doc: Doc, key: str) -> dict[int, tuple[Token, ...]]:
    """The readings of a document's words kept under ``key``, by word index."""
    known: dict[int, tuple[Token, ...]] | None = doc.user_data.get(key)
    if known is None:
        known = doc.user_data[key] = {}
    return known


def _children_table(doc: Doc) -> tuple[tuple[Token, ...], ...]:
    tokens = tokens_of(doc)
    kids: list[list[Token]] = [[] for _ in tokens]
    for token in tokens:
        head = token.head.i
        if head != token.i:
            kids[head].append(token)
    table = doc.user_data[_CHILDREN] = tuple(tuple(k) for k in kids)
    return table


def _lefts_table(doc: Doc) -> tuple[tuple[Token, ...], ...]:
    children = doc.user_data.get(_CHILDREN) or _children_table(doc)
    tokens = tokens_of(doc)
    table = doc.user_data[_LEFTS] = tuple(
        tuple(c for c in kids if c.i < t.i) for t, kids in zip(tokens, children, strict=True)
    )
    return table


def _subtree(token: Token, known: dict[int, tuple[Token, ...]]) -> tuple[Token, ...]:
    """A word's subtree, with those of the words below it kept on the way. The words whose subtrees are missing are
    listed heads first, then read back children first: no recursion, so that a parse as deep as a long list chained
    word to word reads as any other."""
    children = token.doc.user_data.get(_CHILDREN) or _children_table(token.doc)
    below = [token]
    for word in below:  # the list grows as it is read
        below.extend(c for c in children[word.i] if c.i not in known)
    for word in reversed(below):
        words: list[Token] = []
        placed = False
        for child in children[word.i]:
            if not placed and child.i > word.i:
                words.append(word)
                placed = True
            words.extend(known[child.i])
        if not placed:
            words.append(word)
        known[word.i] = tuple(words)
    return known[token.i]


def _ancestors(index: int, tokens: tuple[Token, ...], known: dict[int, tuple[Token, ...]]) -> tuple[Token, ...]:
    """The ancestors of the word at ``index``, nearest first, with those of each word on the way kept too."""
    path: list[int] = []  # words whose ancestors are not known yet, nearest the start first
    current = index
    while current not in known:
        head = tokens[current].head.i
        if head == current or len(path) >= len(tokens):  # the root of a sentence
            known[current] = ()
            break
        path.append(current)
        current = head
    found = known[current]
    for word in reversed(path):
        found = known[word] = (tokens[current], *found)
        current = word
    return known[index]
