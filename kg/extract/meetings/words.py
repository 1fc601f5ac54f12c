"""Word lists of the meetings extractor: verbs and nouns of meeting, places, mediation, status."""

from __future__ import annotations

from kg.extract.agreement_words import AGREEMENT_NOUNS
from kg.extract.person_cues import PLACE_DESCRIPTIONS

MEETING_VERBS = {"meet", "negotiate", "host", "shuttle", "reconvene"}

HANDING_VERBS = {"present", "hand", "deliver", "submit"}
"""Verbs of putting a text before someone in person: "presented the plan to X in Kyiv" is a meeting with X."""

HANDED_TEXTS = {"plan", "proposal", "draft", "offer", "text", "letter", "message", "roadmap", "framework"}
"""What is handed over (by lemma): "handed the new proposals to the delegation"."""

LAUNCH_VERBS = {"launch", "inaugurate", "install", "instal"}
"""Verbs of opening a process: "the talks were launched in Oslo" is their opening meeting there, as is "installed
a negotiating table in X" in translated copy."""

PROCESS_NOUNS = {"process", "talks", "negotiations", "dialogue"}
"""What is launched: the process of talks, or the talks themselves."""


PARTICIPANT_NOUNS = {
    "negotiators",
    "participants",
    "delegation",
    "delegations",
    "team",
    "teams",
    "officials",
    "side",
    "sides",
    "envoys",
    "representatives",
    "leaders",
    "ministers",
    "diplomats",
    "counterparts",
    "commanders",
    "officers",
    "generals",
    "delegates",
    "parties",
    "emissaries",
    "experts",
    "chiefs",
    "commissions",
    "panels",
    "committees",
}


MULTI_WORDS = {"trilateral": 3, "three-way": 3, "quadrilateral": 4, "four-way": 4}


STATE_FORMS = frozenset(
    {"sultanate", "kingdom", "emirate", "republic", "principality", "state", "federation", "union", "commonwealth"}
)
"""The form of a state its own press names it by: "the delegations are in the Sultanate" (a state, no city)."""

VENUE_WORDS = {
    "palace",
    "residence",
    "house",
    "department",
    "hotel",
    "center",
    "centre",
    "room",
    "office",
    "embassy",
    "ministry",
    "hall",
    "villa",
    "base",
    "building",
    "compound",
    "pavilion",
    "kremlin",
    "crossing",
    "checkpoint",
    "post",
    "lawn",
    "garden",
    "gardens",
    "grounds",
    "estate",
    "mansion",
    "manor",
    "castle",
    "chateau",
    "château",
    "retreat",
    "lodge",
    "ranch",
    "dacha",
    "university",
    "campus",
    "headquarters",
}


CARRYING_VERBS = frozenset({"relay", "carry", "pass", "ferry", "convey", "transmit"})
"""Verbs of a go-between carrying what the sides say: "relayed proposals between A and B"."""
CARRIED_NOUNS = frozenset({"message", "proposal", "offer", "response", "reply", "note", "letter", "position"})
"""What a go-between carries between the sides."""

MEDIATION_PREP_VERBS = {
    "broker",
    "mediate",
    "shuttle",
    "host",
    "chair",
    "facilitate",
    "co-host",
    "cohost",
    "co-organise",
    "co-organize",
    "organise",
    "organize",
    "co-chair",
    "sponsor",
    "convene",
    "moderate",
    "guarantee",
    "witness",
    "preside",
    "arrange",
    "shepherd",
    "steer",
}


CONCLUDING_VERBS = {"reach", "strike", "seal", "agree", "conclude", "broker", "finalise", "finalize"}
"""Verbs of reaching a deal: "an accord struck in Geneva", "a framework agreed in Lausanne in April"."""


SIGNING_VERBS = {"sign", "initial", "countersign"}


READINESS_ADJECTIVES = {"ready", "willing", "prepared", "eager", "keen", "happy", "open"}
"""Adjectives that offer a meeting rather than report one: "was ready to host a meeting of the two leaders"."""

PROPOSAL_VERBS = {
    "propose",
    "suggest",
    "offer",
    "request",
    "demand",
    "reject",
    "urge",
    "call",
    "ask",
    "seek",
    "pursue",
    "want",
    "refuse",
}


TAKING_PART_VERBS = frozenset({"take", "join", "attend", "participate", "meet", "sit"})
"""Verbs of a side taking part in talks (not of a host holding or offering them): "take part in", "attend"."""

PROPOSAL_NOUNS = {"offer", "proposal", "suggestion", "request", "demand", "bid"}
"""Nouns that propose a meeting rather than report one: "renewed its offer to host talks"."""

PARTICIPATION_VERBS = {
    "hold",
    "have",
    "conduct",
    "begin",
    "start",
    "open",
    "resume",
    "continue",
    "attend",
    "join",
    "enter",
    "launch",
    "wrap",
    "end",
    "conclude",
    "close",
    "complete",
    "finish",
    "stage",
    "convene",
    "pay",  # "paid a state visit to X"
}


PLACE_NOUNS = PLACE_DESCRIPTIONS | {
    "outskirts",
    "suburb",
    "suburbs",
    "heart",
    "centre",
    "center",
    "coast",
    "shores",
    "area",
}
"""Nouns of a place a meeting's place phrase may name before its name ("the Red Sea resort of X", "the outskirts of
Y"): those that describe a place by its kind, and parts of a place."""


SAME_PLACE_NOUNS = {"place", "venue", "location", "spot", "site"}
"""Nouns that, after "the same", put a meeting where the one before was: "at the same venue"."""

# Nouns of idioms that pass a place on to the verb: "sat down face to face in Istanbul", "on the sidelines of".
TRANSPARENT_NOUNS = {"face", "person", "sidelines", "margins", "margin"}


LEAVING_VERBS = frozenset({"leave", "depart", "quit"})
"""Verbs of leaving a place: "left Cairo after two days of talks", "left Doha for consultations"."""

MOVE_VERBS = {"move", "shift", "relocate", "travel", "head", "fly", "return", "go", "come", "arrive"}


TIME_PREPOSITIONS = {"after", "before", "since", "following", "until", "ahead"}
"""Prepositions of a phrase that dates one event by another ("eight months after their first in Singapore"): a
place inside it is the other event's."""


COPULAS = {"be", "remain", "serve", "act", "become", "stay", "continue"}


HOST_VERBS = {"host", "convene"}
"""Verbs of hosting: the subject is a broker."""

RECEIVE_VERBS = {"receive", "welcome"}
"""Verbs of receiving a visitor: "the president received him in the Kremlin" is a meeting of the two."""

GUEST_PRONOUNS = {"him", "her", "them"}


GOVERNMENT_NOUNS = {
    "government",
    "governments",
    "authorities",
    "administration",
    "leadership",
    "military",
    "army",
    "forces",
}


AGREEMENT_VERBS = CONCLUDING_VERBS | SIGNING_VERBS | {"settle", "commit", "initial"}
"""Verbs of coming to terms: "Ethiopia and the TPLF agreed ...", "the two sides committed to a truce"."""


LEAD_VERBS = {"lead", "head"}


ACCOMPANY_VERBS = {"flank", "accompany", "join"}


ONGOING_WORDS = {"ongoing", "continuing", "underway"}


PLANNED_VERBS = {"expect", "plan", "schedule", "set", "due", "intend", "agree", "aim", "prepare", "propose"}


WOULD_VERBS = {
    "take",
    "be",
    "hold",
    "resume",
    "continue",  # "Chile would continue the dialogue in Quito next week"
    "start",
    "begin",
    "open",
    "meet",
    "host",
    "convene",
    "reconvene",
    "gather",  # "said the negotiators would gather in X in the coming days"
    "sit",  # "would sit down with the rebels"
    "negotiate",
    *MOVE_VERBS,  # "the talks would move to X", "said he would travel to X"
    "visit",  # "agreed that the prime minister would visit X"
    "follow",  # "a meeting of the commanders could follow later this month"
    "sign",  # "a treaty could be signed in X later this year", "would sign the deal in X"
}


DURATION_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
}


DEAL_WORDS = AGREEMENT_NOUNS | {"text", "talks", "plan"}


OPENING_VERBS = {"begin", "start", "open", "launch", "convene", "resume"}
"""Verbs that open a meeting: "talks began in Doha on Monday"."""


CLOSING_VERBS = {"end", "conclude", "close", "wrap", "finish", "complete"}
"""Verbs that close a meeting: "the conference ended on Friday"."""

CLOSING_PARTICIPLES = {verb.removesuffix("e") + "ing" for verb in CLOSING_VERBS}
"""Their -ing forms, which the parser often takes for modifiers: "initialled the accord, closing talks that ..."."""


PATRONAGE_NOUNS = {
    "auspices",
    "aegis",
    "chairmanship",
    "sponsorship",
    "patronage",
    "facilitation",
    "mediation",
    "presence",
    "invitation",
    "initiative",
    "help",
    "assistance",
}
"""Nouns a broker holds talks under: "under the auspices of the African Union", "signed in the presence of X",
"met at the invitation of Y" (a host: with one other side, the other side of a visit), "under a Brazilian
initiative", "with the help of X"."""


APART_WORDS = {"separate", "another", "different", "previous", "earlier", "prior", "past"}
"""Modifiers that set a meeting apart from those named before ("a separate meeting", "another session")."""

AGAIN_WORDS = frozenset({"again", "previously", "earlier", "before"})
"""Adverbs on a meeting's verb that tell another occasion: "the two men met again", "previously met in X"."""


VISIT_NOUNS = {"visit"}
"""Meeting nouns whose "to X" names the host, the other side ("a state visit to Estonia")."""

STAY_NOUNS = frozenset({"visit", "trip", "tour", "stay"})
"""Words of a guest's stay around the talks held in it, whose first day is the guest's arrival: no round of the
talks."""


UNNAMED_BROKERS = {"mediators", "brokers", "guarantors", "facilitators", "intermediaries"}
"""Plural broker nouns that stand for the story's brokers when they take part unnamed ("the three mediators")."""


AREA_NOUNS = {"mountains", "hills", "highlands", "valley", "forest", "desert", "bush"}
"""Common nouns that, after a proper name, name an area where a meeting may be ("the Gorongosa mountains")."""


SIGNATURE_NOUNS = {"name", "signature"}
"""What signers put to a text ("put their names to a peace agreement")."""


SITE_NOUNS = {"venue", "site", "scene", "setting", "backdrop"}
"""What a city "was" for a meeting ("Geneva was the venue of the first meeting between ...")."""


PLACE_PREPOSITIONS = {"in", "at", "on", "inside", "outside", "near"}
"""Prepositions whose object says where something is ("talks in Geneva", "a base outside Dayton")."""


LASTING_VERBS = {"run", "last", "continue", "go"}
"""Verbs of a meeting going on, whose "until" gives the day it closes: "the session will run until Friday"."""

RUNNING_VERBS = LASTING_VERBS | {"stretch", "drag", "extend", "spill", "carry", "move", "enter"}
"""Verbs of a meeting running on, whose "into" names the day (or which day of it) it ran into: "stretched past
midnight into Wednesday", "went into a third day"."""


ABSENT_ROLES = {"seat", "role", "part", "place", "say", "hand"}
"""What a state "has no ..." of at talks it stands aside from: "had no seat at the table", "played no role"."""

SENDING_VERBS = {"send", "dispatch", "field"}
"""Verbs of sending people to talks: "X sent a delegation to the talks"."""

ATTENDANCE_NOUNS = {"participants", "attendees", "delegates", "delegations", "signatories"}
"""Subjects whose "included" lists those at a meeting: "participants at the summit included X and Y", "delegations
attended"."""

JOINING_VERBS = {"attend", "join", "participate"}
"""Verbs of joining talks told of before: "Y also attended"."""

ALSO_WORDS = {"also", "too", "likewise"}
"""Adverbs that add to what was told before: "Z also took part"."""

ABSTAINING_VERBS = {"participate", "attend", "join", "involve", "mediate", "broker", "facilitate", "host", "represent"}
"""Verbs that, negated, deny a state a part in talks: "was not involved", "did not take part", "A and B are not
represented"."""


SCHEDULING_VERBS = {"expect", "schedule", "set", "plan", "slate", "due", "pencil", "earmark"}
"""Verbs that say when and where a meeting is to be, through the verb they govern ("is expected to take place in
Mexico") or their "for" ("the next meeting is planned for Brussels in June")."""


TAKING_IN_VERBS = {"bring", "gather", "include", "involve", "assemble", "draw", "attract"}
"""Verbs whose subject, a meeting, takes in sides: "the talks brought together A, B and C", "the conference drew
delegations from A and B", "the meeting also brought together the ministers of C and D"."""

JOINT_BODIES = {"mechanism", "commission", "committee", "council", "forum", "dialogue", "group", "board"}
"""Heads of the names of bodies two states hold together, whose meetings are the two states': "the X-Y Joint
Commission", "the X-Y Bilateral Consultation Mechanism", "the Chile-Peru joint commission"."""


RELATION_NOUNS = {
    "relations",
    "ties",
    "tensions",
    "border",
    "borders",
    "dispute",
    "conflict",
    "war",
    "normalization",
    "normalisation",
    "rapprochement",
    "trade",
    "cooperation",
    "rivalry",
    "hostility",
    "feud",
}
"""Nouns of what lies between two sides that a meeting may discuss: "the sides discussed relations between A and B"."""


SEPARATE_WORDS = {"separate", "parallel"}
"""Adjectives that make talks or a deal others than the ones a sentence tells of: "a separate peace deal"."""

STAND_IN_NOUNS = {
    "coalition",
    "alliance",
    "bloc",
    "group",
    "groups",
    "umbrella",
    "front",
    "movements",
    "factions",
    "those",
}
"""Words whose "of" names the members of a side: "a coalition of rebel groups, the X Front", "those of A and B"."""


POSTPONING_VERBS = {"postpone", "delay", "reschedule", "defer", "cancel"}
"""Verbs that move a meeting to a later day, or call it off: it is still to come, or never came."""

DISCUSSING_VERBS = frozenset({"discuss", "address", "review", "debate", "consider"})
"""Verbs whose object is a topic of talks: brokers named inside it are the topic's ("discussed the Astana format, in
which A, B and C act as guarantors")."""

PAUSING_VERBS = frozenset({"suspend", "pause", "adjourn", "interrupt", "halt"})
"""Verbs of a pause in talks: their date is no day the talks were held on, unless it ends days of talks ("paused
on Friday after five days")."""


BROKERED_PROCESS_NOUNS = {
    "mediation",
    "process",
    "effort",
    "efforts",
    "initiative",
    "diplomacy",
    "mechanism",
    "track",
    "format",
}
"""The process a broker leads or sponsors and a meeting is held in: "the Brazilian-led process", "a Qatari-led
mediation effort", "talks in a process sponsored by X"."""

PLACE_PHRASE_DEPS = frozenset({"prep", "dative", "conj"})
"""The labels the parser gives a preposition that may say where a meeting is (a dative: "sent a delegation to X";
a conjunct: "..., and in X")."""


ROLE_NOUNS = frozenset({"role", "part", "efforts", "effort"})
"""Nouns of a part played, whose owner does what "in" names: "X's role in facilitating the talks"."""


SPAN_NOUNS = frozenset({"minute", "hour", "day", "week"})
"""Nouns of how long a meeting lasted: "met for four hours in X" (on which the parser at times hangs its place),
"after three days of talks"."""
