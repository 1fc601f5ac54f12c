"""Nouns for what a negotiation reaches, shared by the meeting and the people extractors."""

from __future__ import annotations

from spacy.tokens import Token

AGREEMENT_NOUNS = {
    "deal",
    "agreement",
    "accord",
    "framework",
    "ceasefire",
    "truce",
    "treaty",
    "declaration",
    "cessation",
    "consensus",
}
"""Nouns for what a negotiation reaches: "the accord was sealed", "A and B signed the deal", "signed a cessation of
hostilities"."""

DOCUMENT_NOUNS = AGREEMENT_NOUNS | {"annex", "memorandum", "protocol", "roadmap", "communique", "communiqué"}
"""What sides sign or accept at a meeting: its deals and the papers that go with them ("accepted an annex")."""


def names_a_document(noun: Token) -> bool:
    """Whether a noun names such a paper, written as one word or with the word before it ("a road map")."""
    before = noun.doc[noun.i - 1].lower_ if noun.i else ""
    return noun.lower_ in DOCUMENT_NOUNS or f"{before}{noun.lower_}" in DOCUMENT_NOUNS


STATEMENT_NOUNS = {"statement", "communique", "communiqué", "readout", "declaration"}
"""Nouns of a written statement issued in its issuers' names: "a Hamas statement said", "a joint trilateral
statement" (which a broker may issue with the sides)."""
