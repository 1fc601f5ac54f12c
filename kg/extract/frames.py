"""What a verb of judging says: the claim of "described the talks as constructive", "called it a historic
moment", "welcomed the agreement", "accused X of stalling"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token


def trimmed(doc: Doc, start: int, end: int) -> Span | None:
    """The words from ``start`` to ``end`` without punctuation or a subordinating word at either edge; None
    when fewer than two are left."""
    while start < end and (doc[start].is_punct or doc[start].dep_ == "mark"):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end] if end - start >= 2 else None


def charged_claim(verb: Token) -> Span | None:
    """What a verb of accusing or praising says, the verb with it (it carries the claim's stance): "accused
    Washington of creating false hope"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    reasons = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"of", "for"} and c.i > verb.i]
    # "accused the rebels of bad faith" with "of" hung on the object
    reasons += [c for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}]
    if not objects or not reasons:
        return None
    return trimmed(verb.doc, verb.i, max(r.right_edge.i for r in reasons) + 1)


def framed_claim(verb: Token) -> Span | None:
    """What a framing verb says of its object: "described the talks as constructive" gives "the talks as
    constructive", "called it a historic moment" gives "it a historic moment", and "calling it a historic moment"
    gives itself."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    complements = [c for c in verb.children if (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in {"oprd", "attr"}]
    complements += [c for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "as"]
    if not objects:
        return None
    if not complements:
        if verb.lemma_.lower() in {"describe", "call", "characterize", "characterise", "label", "brand", "dub", "term"}:
            return None
        complements = objects
    start = min(o.left_edge.i for o in objects)
    if verb.tag_ == "VBG" and verb.i < start or complements == objects and verb.i < start:
        # "..., calling it a historic moment": the participle reads with what it frames; "welcomed the
        # agreement": without a complement, the verb carries the judgement
        start = verb.i
    end = max(t.i for c in complements for t in c.subtree) + 1
    return trimmed(verb.doc, start, end)
