"""Where a list of a clause's meetings hangs: "met repeatedly, including in A in May and in B in June", whatever the
parser hung "including" on."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import clause_verb, sentence_of, tokens_in
from kg.extract.tree import children_of

LISTING_WORDS = frozenset({"including", "notably", "especially"})
"""Words that open a list of a clause's occasions."""


def listing_clause(token: Token) -> Token:
    """The verb of a token's clause, through an "including" that lists its meetings ("met repeatedly, including in
    A in May and in B in June"), also where the parser hung the list on the noun the clause of meeting is said of
    ("the ministers, A and B, who met several times, including in C")."""
    verb = clause_verb(token)
    if verb.dep_ == "prep" and verb.lower_ in LISTING_WORDS:
        return clause_verb(verb.head)
    if verb.dep_ == "acl" and verb.lower_ == "including":
        nouns = [verb.head, *(c for c in children_of(verb.head) if c.dep_ in {"appos", "conj"})]
        told = [c for n in nouns for c in children_of(n) if c.dep_ == "relcl" and c.i < verb.i]
        return told[-1] if told else verb
    return verb


def lists_under(verb: Token) -> list[Token]:
    """The "including" lists the parser hung beside a relative clause of meeting rather than on it, found as the
    lists whose :func:`listing_clause` is that clause."""
    if verb.dep_ != "relcl":
        return []
    words = tokens_in(sentence_of(verb))
    return [t for t in words if t.dep_ == "acl" and t.lower_ == "including" and listing_clause(t) == verb]
