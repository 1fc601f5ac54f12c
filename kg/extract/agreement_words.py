"""Nouns for what a negotiation reaches, shared by the meeting and the people extractors."""

from __future__ import annotations

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

STATEMENT_NOUNS = {"statement", "communique", "communiqué", "readout", "declaration"}
"""Nouns of a written statement issued in its issuers' names: "a Hamas statement said", "a joint trilateral
statement" (which a broker may issue with the sides)."""
