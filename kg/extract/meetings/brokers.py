"""Brokers, hosts and chairs: who a sentence makes the go-between of a meeting rather than a side."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.base import Context, of_objects, once_per_doc, sentence_of, shared_subjects
from kg.extract.meetings.broker_lists import (
    MEDIATION_BODIES,
    MEDIATION_WORK,
    MEMBERSHIP_VERBS,
    PART_NOUNS,
    PATRON_PREPOSITIONS,
    RELATIVE_PRONOUNS,
    kinds_listed,
    listed_apposition,
    names_told_for,
    said_to_be,
    speaker_after_meetings,
)
from kg.extract.meetings.broker_phrases import (
    a_side_s_team,
    agents_of_work,
    along_with,
    backs_the_talks,
    broker_words,
    brokering_effort,
    brokers_partners,
    carries_messages,
    invites_the_sides,
    is_mediation_noun,
    joined_by_others,
    leads_the_talks,
    led_by,
    meets_the_sides,
    offered_to,
    office_of_a_body,
    only_offered,
    oversees_the_talks,
    partners_of_the_talks,
    receives_the_sides,
    relative_owner,
    shuttlers,
    sitting_title,
    speaker_meant,
    suspended_names,
    verb_read_as_noun,
    whose_own,
    with_a_broker_acting,
    with_in_attendance,
    with_the,
)
from kg.extract.meetings.cast_roles import OBSERVER_NOUNS, cast_acting_as, cast_as, fronted_role, past_list_adverbs
from kg.extract.meetings.climbing import agents_hung_on
from kg.extract.meetings.idle_brokers import brokers_nothing
from kg.extract.meetings.meeting_words import hosts_as_a_side, seated_between
from kg.extract.meetings.named_sides import BROKERING_WORDS, names_before, side_of
from kg.extract.meetings.story_sides import lead_subjects
from kg.extract.meetings.thanks import thanked_for
from kg.extract.meetings.triggers import brings_together, gathers, plays_host, raised_subjects
from kg.extract.meetings.verb_chains import held_between_others
from kg.extract.meetings.words import BROKERED_PROCESS_NOUNS, COPULAS, MEDIATION_PREP_VERBS, PATRONAGE_NOUNS, ROLE_NOUNS
from kg.extract.org_entities import OFFICER_S_STAFF
from kg.extract.referred_parties import GROUP_KINDS, bloc_referred_to, owner_referred_to
from kg.extract.tree import children_of, subtree_of
from kg.extract.word_index import chosen_in
from kg.gazetteer import lexicon


def mediators_in(sentence: Span, ctx: Context) -> list[str]:
    """Brokers, hosts and chairs a sentence names, each pattern of English a method of :class:`_Brokers`."""
    return list(dict.fromkeys(party for party, _ in brokers_in(sentence, ctx)))


def brokers_in(sentence: Span, ctx: Context) -> list[tuple[str, Token]]:
    """Each broker a sentence names with the word that makes it one ("brokered", "mediators", "auspices"), read once
    per sentence (the meetings of a sentence and the story's loose brokers both ask)."""
    at = (sentence.start, sentence.end)
    return list(once_per_doc(sentence.doc, "kg_brokers_in", at, lambda: tuple(_brokers_in(sentence, ctx))))


def _brokers_in(sentence: Span, ctx: Context) -> list[tuple[str, Token]]:
    brokers = _Brokers(ctx)
    for token in chosen_in(sentence, broker_words(sentence.doc, ctx)):
        brokers.at = token
        if brokers.hyphenated(token) or brokers_nothing(token, ctx):
            continue
        if (
            token.lemma_.lower().removeprefix("co-") in MEDIATION_PREP_VERBS  # "co-facilitated" as "facilitated"
            and token.pos_ == "VERB"
            and not gathers(token)
            or brings_together(token)
            or plays_host(token)
            or carries_messages(token)
            or receives_the_sides(token)
            or backs_the_talks(token)
            or invites_the_sides(token)
            or oversees_the_talks(token)
        ):
            brokers.verb(token)
        mediation_noun = is_mediation_noun(token)
        if mediation_noun and not office_of_a_body(token) and not verb_read_as_noun(token):
            brokers.noun(token)
        if token.lower_ in PATRONAGE_NOUNS and (token.lower_ not in {"help", "assistance"} or with_the(token)):
            brokers.patron(token)
        under = token.head.dep_ == "conj" and token.head.head.lower_ == "under"
        if token.lower_ == "support" and with_the(token) and (token.head.head.lemma_ in MEDIATION_PREP_VERBS or under):
            brokers.patron(token)  # "facilitated by Qatar with support from the US", "under the aegis of X and with
            # the support of Y"
        if token.lower_ == "offices" and any(c.lower_ == "good" for c in children_of(token)):
            brokers.patron(token)  # "through the good offices of X"
        if (beside := with_in_attendance(token) or partners_of_the_talks(token)) is not None:
            brokers.add_objects(beside)  # "chaired by X, with American and Chinese envoys in attendance", "in
            # partnership with representatives of X"
        effort = token.lemma_ in {"effort", "bid", "push", "attempt"} and brokering_effort(token)
        if token.pos_ == "NOUN" and (effort or token.lower_ == "mediation"):
            for by in [*agents_of_work(token), *led_by(token)]:
                brokers.add_objects(by)  # "a mediation effort by (led by) X", "efforts by X to broker a truce",
                # "after days of mediation by X"
        for shuttler in shuttlers(token):
            brokers.add_from(shuttler)  # "months of shuttle diplomacy by X", "X's shuttle diplomacy"
        if joined_by_others(token) or leads_the_talks(token):
            brokers.organisations_by(token)  # "the second phase was joined by the AU", "talks led by the AU's panel"
        if token.lower_ == "mediation" and token.dep_ == "compound" and token.head.lower_ in MEDIATION_BODIES:
            brokers.including(token.head)  # "the mediation team, including X and Y"
            brokers.members(token.head)  # "X was part of the mediation team", "the mediation team included X"
            for owner in (c for c in children_of(token.head) if c.dep_ in {"poss", "amod", "compound"} and c != token):
                brokers.add_from(owner)  # "Qatar's mediation team", "the Qatari / the AU mediation team"
            from_ = (c for c in children_of(token.head) if c.dep_ == "prep" and c.lower_ in {"from", "of"})
            for by in [*led_by(token.head), *from_]:
                brokers.add_objects(by)  # "the mediation team led by X", "the mediation team from X"
        if with_a_broker_acting(token):
            for owner in (c for c in children_of(token) if c.dep_ in {"compound", "nmod", "nsubj", "npadvmod"}):
                brokers.add_from(owner)  # "with Norway facilitating", "with A and B mediating"
        for seated in seated_between(token):
            brokers.add_from(seated)  # "met in X, with the EU's envoy between them"
        if meets_the_sides(token, ctx):
            brokers.add_from(token)  # "the U.N. envoy met representatives of A and B", "A and B met separately with X"
        if (holder := token if held_between_others(token) else speaker_after_meetings(token)) is not None:
            brokers.add_subjects(holder)  # "Turkey held two rounds of talks between the two countries", "Speaking
            # after meetings with A's and B's leaders, X said ..."
        if token.lower_ in {"host", "mediator", "broker", "go-between"} and token.dep_ == "dobj":
            if token.head.lemma_ == "play" and not any(c.dep_ == "det" for c in children_of(token)):
                brokers.add_subjects(token.head)  # "X played host", not "played a role as ..."
        if (named := ctx.party_at(token.i)) and named.known and named.span.root == token:
            # ("with X as host" is the noun's pattern, but not "with A, B and C acting as guarantors", however parsed)
            cast = cast_as(token) if token.head.lower_ != "with" else cast_acting_as(token)
            if cast in lexicon().mediation_nouns:
                brokers.add_from(token)  # "bring together Russia and Ukraine as mediators"
    return brokers.found


class _Brokers:
    """The parties a sentence makes brokers, collected pattern by pattern."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.found: list[tuple[str, Token]] = []
        self.at: Token | None = None
        """The word whose pattern is being read."""

    def _found(self, party: str) -> None:
        assert self.at is not None
        self.found.append((party, self.at))

    def add_from(self, token: Token) -> None:
        """The side of the person or the party a token names, and of those coordinated with it."""
        if token.pos_ == "NOUN" and (referred := owner_referred_to(token, self.ctx)) is not None:
            self._found(referred)  # "The EU ... ; its envoy X hosted the two leaders"
            return
        person = self.ctx.people.named_by(token)
        if person is None and token.lower_ in {"he", "she"}:  # "the talks she facilitated": the one named before
            referent = self.ctx.coreference.referent_of(token, lexicon().verbs_of_saying)
            person = referent.person if referent is not None else None
        if person is not None:
            side = side_of(person.name, self.ctx)
            if side:
                self._found(side)
        else:
            mention = self.ctx.party_at(token.i)
            framed = mention is not None and mention.party in self.ctx.framed_sides
            if mention is not None and not mention.known and token.pos_ == "PROPN" and not framed:
                mention = None  # "hosted by the UN peacekeeping force UNIFIL": the known owner named before it
            if mention is None:  # "hosted by the U.S. Treasury", "Qatar's foreign ministry": the body's state
                owners = [c for c in children_of(token) if c.dep_ in {"compound", "poss", "amod", "nmod"}]
                owners += [c for o in owners if o.pos_ == "NOUN" for c in children_of(o) if c.dep_ == "compound"]
                listed = owners + [c for o in owners for c in children_of(o) if c.dep_ == "conj"]  # "A and B officials"
                mention = next((m for c in listed if (m := self.ctx.party_at(c.i)) is not None), None)
                if mention is not None and mention.known:
                    for owner in owners:  # each owner of the list ("US and UN officials", "Caribbean and Brazilian
                        self.add_from(owner)  # leaders"), the ones after "and" through add_from's own conjuncts
                    mention = None
                if mention is None:  # "hosted by the bloc's foreign policy chief": the bloc named before
                    bloc = next((b for c in children_of(token) if (b := bloc_referred_to(c, self.ctx))), None)
                    if bloc is not None:
                        self._found(bloc)
            if mention is not None and (mention.known or framed):  # (framed: "chaired by the X Programme")
                self._found(mention.party)
            elif mention is None and (token.pos_ == "NOUN" or sitting_title(token) or token.lower_ in OFFICER_S_STAFF):
                for prep in (c for c in children_of(token) if c.dep_ == "prep" and c.lower_ in {"of", "from", "by"}):
                    self.add_objects(prep)  # "in the presence of the presidents of A and B", "envoys from A",
                    # "an initiative by A and B", "the Secretary-General of the United Nations"
        after = [c for a in children_of(token) if a.dep_ == "appos" for c in children_of(a) if c.dep_ == "conj"]
        for child in [*children_of(token), *after]:  # ("by A, the EU's envoy, and B": B hung on A's apposition)
            if child.dep_ == "conj" and a_side_s_team(child):
                continue  # "between mediators from A, B and C and an Israeli delegation": the delegation talks
            if child.dep_ == "conj" or child.dep_ == "appos" and listed_apposition(child, token, self.ctx):
                self.add_from(child)  # "by the OSCE, the UN and the EU": a list the parser read as an apposition

    def add_objects(self, preposition: Token) -> None:
        for obj in children_of(preposition):
            if obj.dep_ == "pobj":
                self.add_from(obj)

    def add_subjects(self, verb: Token) -> None:
        """The subject of a verb of acting as a broker, or the object of "with" in "with X acting as ..."."""
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
        if not subjects and verb.head.lower_ == "with":
            subjects = [verb.head]
        for subject in subjects:
            if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                subject = relative_owner(verb.head)  # "Cuba and Norway, which have acted as guarantors"
                for prep in (c for c in children_of(subject) if c.dep_ == "prep" and c.lower_ in {"from", "of"}):
                    self.add_objects(prep)  # "diplomats from Cuba and Norway, which have acted as guarantors"
            self.add_from(subject)
            for partner in along_with(subject):
                self.add_objects(partner)  # "A, along with B and C, are the guarantors of the talks"
        if not subjects and verb.dep_ in {"pcomp", "acl", "advcl"}:
            for sibling in children_of(verb.head):
                if sibling.dep_ == "pobj":
                    self.add_from(sibling)

    def hyphenated(self, token: Token) -> bool:
        """ "US-brokered", "Oman-mediated", and "African Union-led" or "US-backed" when what is led is talks or
        mediation."""
        doc = token.doc
        if token.text != "-" or token.i + 1 >= len(doc) or token.whitespace_ or doc[token.i - 1].whitespace_:
            return False  # (not a dash set off by spaces: "A, B and C - coordinated by X")
        after = doc[token.i + 1]
        led = after.lower_ in {"led", "backed", "supported"}  # not "Iran-backed rebels": only talks led or backed
        if not led and after.lemma_.lower() not in MEDIATION_PREP_VERBS and after.lower_ not in BROKERING_WORDS:
            return False  # ("EU-coordinated talks", though "A and B coordinated their positions" brokers nothing)
        # "US-led ceasefire talks"; "a US-backed mechanism" read as the compound of a word after it
        talks = {after.head, after.head.head} if after.head.dep_ == "compound" else {after.head}
        led_talks = led and any(t.lower_ in lexicon().meeting_nouns | BROKERED_PROCESS_NOUNS for t in talks)
        if (not led or led_talks) and (mention := self.ctx.party_at(token.i - 1)) is not None and mention.known:
            for party in (*suspended_names(doc, mention.span.start, self.ctx), mention.party):
                self._found(party)  # "Saudi- and U.S.-brokered talks": both
        return True

    def verb(self, token: Token) -> None:
        """ "mediated by Qatar", "Qatar brokered the deal", "Qatar helped broker the text", "Oman, which hosted"."""
        for name in (*names_before(token), *agents_hung_on(token)):
            self.add_from(name)  # "U.S.-Saudi mediated talks"; "by A's X and B's Y", Y hung on the verb
        agents = [c for c in children_of(token) if c.dep_ == "agent"]
        if token.lemma_ in {"co-chair", "chair"} and any(self._heads_of_sides(agent) for agent in agents):
            return  # "co-chaired by Chinese Vice Foreign Minister X and Philippine Undersecretary Y": each side's head
        for agent in agents:
            self.add_objects(agent)
        joint = token.lower_.startswith(("co-", "cohost"))  # "co-hosted", "cohosted"; not "convened"
        for partner in (c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "with"):
            # "co-organised with the US", "facilitated by IGAD with Kenya": a broker too (not "with the AU attending
            # as observer", "mediated by A with an Israeli team present")
            if joint and not agents or brokers_partners(partner):
                for obj in (o for o in children_of(partner) if o.dep_ == "pobj" and cast_as(o) is None):
                    self.add_from(obj)
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(token))
        if not agents and token.dep_ == "acl" and self.ctx.people.named_by(token.head) is not None:
            self.add_from(token.head)  # "The EU's coordinator, X, shuttled between ...", the verb hung on its subject
            return
        told = any(c.dep_ == "nsubj" for c in children_of(token))  # "X hosted President Y", "hosted" tagged VBN
        if agents or token.tag_ == "VBN" and not perfect and not told:  # passive, not "whose country has facilitated"
            return
        subjects = [c for c in children_of(token) if c.dep_ == "nsubj"] if not hosts_as_a_side(token) else []
        if token.lemma_ == "co-chair" and any(self._heads_of_sides(s, before=True) for s in subjects):
            return  # "Philippine Undersecretary X and Chinese Vice Foreign Minister Y co-chaired the meeting"
        shared = [] if hosts_as_a_side(token) else shared_subjects(token)  # (not "received A and hosted B")
        subjects = subjects or ([] if offered_to(token) else raised_subjects(token) or shared)
        # ("X is due to convene": X; "X called for a halt and invited the ministers of A and B to Y": X)
        subjects = [s for s in subjects if s.lemma_.lower() not in lexicon().meeting_nouns]  # "the Quito round
        # brought the envoys together": the meeting, whose place is no broker
        if not subjects and token.dep_ == "advcl" and token.tag_ == "VBG":  # "U.S. negotiators met A on Monday,
            subjects = [c for c in children_of(token.head) if c.dep_ == "nsubj"]  # shuttling between the two sides"
        # "which helped broker", "which is mediating"
        clause = token.head if token.dep_ in {"xcomp", "acomp"} and token.head.dep_ == "relcl" else token
        for child in subjects:
            if clause.dep_ == "relcl" and whose_own(child):
                self.add_from(clause.head)  # "X, whose country has facilitated the process": X's country
                continue
            self.add_from(speaker_meant(child) if clause.dep_ in {"relcl", "ccomp"} else child)  # ("X said she
            # would host the talks": X)
        if clause.dep_ == "relcl" and all(c.lower_ in RELATIVE_PRONOUNS for c in subjects):
            self.add_from(relative_owner(clause.head))  # not "in Rome, where Oman's embassy hosted": Oman
        if subjects or clause.dep_ == "relcl":
            held = [*subjects, *([clause] if clause != token else [])]  # ("A, together with B, facilitated")
            for preposition in along_with(token) + [p for h in held for p in along_with(h)]:
                self.add_objects(preposition)  # "which X is hosting along with Y and Z", "which along with Y has
                # been mediating" (hung on "been")
        if not subjects and token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ == "NOUN":
            self.add_from(token.head)  # "with US and UN officials shuttling between the delegations"
        if not subjects and token.dep_ == "pcomp" and token.head.lower_ in {"after", "before", "while", "by"}:
            for subject in (c for c in children_of(token.head.head) if c.dep_ == "nsubj"):
                self.add_from(subject)  # "the EU's foreign policy chief said after hosting the two", "began it by"
        role = token.head.head if token.dep_ == "pcomp" and token.head.lower_ == "in" else None
        role = next((c for c in children_of(role) if c.dep_ == "dobj"), None) if role and role.pos_ == "VERB" else role
        if not subjects and role is not None and role.lower_ in ROLE_NOUNS:
            # "China's role in facilitating"
            owners = [c for c in children_of(role) if c.dep_ == "poss"] + of_objects(role)
            played = role.dep_ == "dobj" and role.head.lemma_ in {"play", "have"}
            for owner in owners or ([c for c in children_of(role.head) if c.dep_ == "nsubj"] if played else []):
                self.add_from(owner)  # "X and Y played a key role in bringing the two sides together"
        if not subjects and token.dep_ == "pcomp" and token.head.lower_ == "for":
            for thanked in thanked_for(token.head):
                self.add_from(thanked)  # "thanked Indonesia for hosting the talks", "praised Qatar for mediating"

    def _heads_of_sides(self, agent: Token, *, before: bool = False) -> bool:
        """Whether a "by" (or, ``before``, a subject) names people of two or more states, each chairing for their
        own (read on the words after the "by" or of the subject, however parsed); the envoys of organisations
        co-chair as brokers."""
        words = subtree_of(agent) if before else agent.doc[agent.i + 1 : sentence_of(agent).end]
        sides = {side_of(p.name, self.ctx) for t in words if (p := self.ctx.people.at(t)) is not None}
        return len(sides) >= 2 and all(s is not None and self.ctx.gazetteer.is_country(s) for s in sides)

    def _sides_of_their_own(self, preposition: Token) -> set[str]:
        """The sides of the people a "presence of" names who speak for a side of what they witness: sides the lead
        has meet, the clause's subjects or signers ("signed by A's X and B's Y in the presence of A's president and
        C's prime minister": A), not witnesses ("in the presence of the Saudi king and the UN chief")."""
        people = {p.name for t in subtree_of(preposition) if (p := self.ctx.people.at(t)) is not None}
        sides = {s for name in people if (s := side_of(name, self.ctx)) is not None}
        verb = preposition  # "A and B signed a truce ..., in the presence of A's president and B's commander"
        while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
            verb = verb.head
        named = {t for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass", "agent"} for t in subtree_of(c)}
        own = {m.party for t in named if (m := self.ctx.party_at(t.i)) is not None and m.known}
        own |= {g for t in named if (g := self.ctx.government_states.get(t.i)) is not None}
        own |= {s for t in named if (p := self.ctx.people.at(t)) is not None and (s := side_of(p.name, self.ctx))}
        lead = set(lead_subjects(preposition.doc, self.ctx))
        return {s for s in sides if s in own or s in lead and len(sides & lead) >= 2}

    def organisations_by(self, verb: Token) -> None:
        """Organisations of states that talks "were joined by" or are "led by" (their envoy or panel): brokers
        beside the sides ("was joined by the AU and the bloc IGAD"), never states, who may join or lead as sides."""
        found = len(self.found)
        for agent in (c for c in children_of(verb) if c.dep_ == "agent"):
            self.add_objects(agent)
        joined = self.found[found:]
        self.found[found:] = [(p, w) for p, w in joined if self.ctx.gazetteer.is_international(p)]

    def patron(self, token: Token) -> None:
        """ "under the auspices of the OSCE", "under the aegis of the AU", "under EU mediation", "under Qatar's
        auspices"."""
        if token.lower_ == "presence" and not (token.dep_ == "pobj" and token.head.lower_ == "in"):
            return  # "objected to the presence of X at the talks": only "in the presence of" witnesses a meeting
        for child in children_of(token):
            if child.dep_ == "prep" and child.lower_ == "of":
                if token.lower_ == "presence" and any(o.lemma_.lower() in OBSERVER_NOUNS for o in children_of(child)):
                    continue  # "in the presence of Brazilian and Mexican observers": watching, not brokering
                found = len(self.found)
                self.add_objects(child)
                if token.lower_ == "presence":  # "signed in the presence of President X and rebel chairman Y"
                    own = self._sides_of_their_own(child)  # (the two sides' own), "... and of Malaysia's premier"
                    self.found[found:] = [(p, w) for p, w in self.found[found:] if p not in own]
            elif child.dep_ == "prep" and child.lower_ == "by" and token.lower_ != "presence":
                self.add_objects(child)  # "after mediation by Brazil"
            elif child.dep_ == "prep" and child.lower_ == "from" and with_the(token):
                self.add_objects(child)  # "with help from Egypt", "with support from the US"
            elif child.dep_ in {"compound", "amod", "poss", "nmod"} and (
                token.head.lower_ in PATRON_PREPOSITIONS or token.lower_ in MEDIATION_WORK and not only_offered(token)
            ):
                self.add_from(child)  # "under EU auspices"; "thanks to Qatar's mediation", "weeks of Qatari mediation"
        work = token.head if token.dep_ == "compound" and token.head.lemma_ in {"effort", "team"} else token
        if token.lower_ in MEDIATION_WORK and work.dep_ == "dobj" and work.head.lemma_ in {"lead", "head", "run"}:
            self.add_subjects(work.head)  # "X, who is leading the mediation (the mediation efforts), met ..."

    def noun(self, token: Token) -> None:
        """ "the mediators from Qatar", "Egyptian and Qatari mediators", "Oman, the mediator", "with South Africa
        as host", "with Cuba and Norway acting as guarantors", "Oman remained the go-between"."""
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
        if after.lower_ == "from" and after.dep_ == "prep" and after.head != token:  # whatever the parser hung it on:
            self.add_objects(after)  # "thanked the mediators from Qatar", "brought them together with mediators from X"
        self.including(token)  # "the mediators, including Qatar and Egypt"
        self.members(token)  # "with X and Y among the mediators"
        for child in children_of(token):
            if child.dep_ == "prep" and child.lower_ == "from":
                for obj in children_of(child):
                    self.add_from(obj)
            if child.dep_ in {"appos", "amod", "compound", "nmod"} or child.dep_ == "poss" and not self._a_side(child):
                self.add_from(child)  # "Qatar's mediators", not "Hamas's mediators" (those who talk to Hamas)

            if (
                child.dep_ == "conj"
                and not fronted_role(token, child)
                and (named := self.ctx.party_at(child.i)) is not None
                and named.known
                and cast_as(child) in (None, token.lower_)
            ):  # "the co-chairs from the OSCE, the UN and the EU", the list hung on the noun (not "... as observers")
                self.add_from(child)
        head = token.head
        if token.lower_.startswith("co-"):  # "X's role as co-host, with Y, of the meeting": Y shares it
            held = [token, head.head] if token.dep_ == "pobj" and head.lower_ == "as" else [token]
            for partner in (c for h in held for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "with"):
                self.add_objects(partner)
        if token.dep_ in {"attr", "appos"} and head.pos_ in {"PROPN", "NOUN"}:
            self.add_from(head)
        if token.dep_ == "conj" and head.pos_ == "ADJ" and head.i < token.i and head.ent_type_ == "NORP":
            self.add_from(head)  # "with Qatari, Egyptian and American mediators", the first read as the head
        kinds: list[Token] = []  # the words a list "along with" names more brokers on
        if token.dep_ == "compound" and head.lemma_ in BROKER_KINDS:  # "guarantor countries Cuba and Norway"
            for child in kinds_listed(head):  # (or "representatives of the guarantor countries, among them X")
                self.add_from(child)
            if head.dep_ == "appos" and head.head.i < head.i:
                first = head.head
                while first.dep_ == "conj" and first.head.i < first.i:
                    first = first.head  # the list's first name, whichever one the parser hung the noun on
                self.add_from(first)  # "Norway and Cuba, the guarantor countries, ..."
            if said := said_to_be(head):  # "A, B and C are the guarantor countries", "X is one of the guarantor
                self.add_subjects(said[-1])  # countries, along with A and B": A and B guarantee it too
                kinds.extend(said)
        if token.dep_ == "pobj" and head.lower_ == "as":
            self._as_role(token)
        if token.dep_ == "compound" and head.dep_ == "pobj" and head.head.lower_ == "as":
            self._as_role(head)  # "with Cuba and Norway acting as guarantor countries"
        if token.dep_ in {"attr", "oprd", "dobj"} and head.lemma_ in COPULAS:
            self.add_subjects(head)
        for told in names_told_for(token):  # "The co-chairs were A and B", "Two co-chairs joined them: A and B"
            self.add_from(told)
        kinds += [head] if token.dep_ == "compound" and head.lemma_ in BROKER_KINDS else []  # "guarantor countries"
        for partner in (p for held in (token, *kinds, *of_objects(token)) for p in along_with(held)):
            self.add_objects(partner)  # "a guarantor of the talks along with A and B": A and B guarantee them too

    def _a_side(self, token: Token) -> bool:
        """Whether a name is of a movement or armed group, which mediators talk to rather than belong to."""
        mention = self.ctx.party_at(token.i)
        entry = self.ctx.gazetteer.entry(mention.party) if mention is not None else None
        return entry is not None and entry.kind in GROUP_KINDS

    def including(self, token: Token) -> None:
        """The parties a brokers' noun lists with "including": "the international mediation team, including the
        United Nations and the African Union"."""
        holders = [token]
        while len(holders) < 4 and holders[-1].dep_ == "pobj" and holders[-1].head.lower_ == "of":
            if holders[-1].head.head.pos_ != "NOUN":
                break
            holders.append(holders[-1].head.head)  # "(in the presence of) representatives of the team, including"
        for child in (c for holder in holders for c in children_of(holder)):
            if child.dep_ == "prep" and child.lower_ == "including":
                self.add_objects(child)

    def members(self, body: Token) -> None:
        """The parties said to belong to the brokers a noun names: "X was part of the mediation team", "with X
        and Y among the mediators", "the mediation team included X and Y"."""
        head = body.head
        if body.dep_ == "nsubj" and head.lemma_ in MEMBERSHIP_VERBS:
            for obj in (c for c in children_of(head) if c.dep_ == "dobj"):
                self.add_from(obj)
        if body.dep_ != "pobj":
            return
        if head.lower_ == "of" and head.head.lemma_ in PART_NOUNS:
            head = head.head  # "X was part of the team", "X, a member of the mediation team"
        elif head.lower_ != "among":
            return
        holder = head.head
        if holder.lemma_ in COPULAS and head.dep_ in {"attr", "prep", "acomp"}:
            self.add_subjects(holder)  # "X was among the mediators", "X is part of the team"
        elif head.dep_ == "appos" or holder.pos_ in {"PROPN", "NOUN"}:
            self.add_from(holder)  # "with X and Y among the mediators", "X, a member of the team"
        elif head.lower_ == "among":  # "began in X, with Y and Z among the mediators", "among" hung on the verb
            for with_ in (c for c in children_of(holder) if c.dep_ == "prep" and c.lower_ == "with" and c.i < head.i):
                self.add_objects(with_)

    def _as_role(self, token: Token) -> None:
        """ "X as host": of the noun before "as", or of the subject (or "with" object) of the verb before it."""
        above = token.head.head
        if above.lemma_ in COPULAS and above.pos_ in {"NOUN", "PROPN"}:  # "Norway and Cuba act as guarantors"
            holders = [c for c in children_of(above) if c.dep_ in {"nsubj", "nmod", "compound"} and c.i < above.i]
            holder = holders[0] if holders else above.head  # (tagged a noun, its subject a modifier)
            self.add_from(holder)
        elif above.pos_ in {"PROPN", "NOUN"}:
            beside = [c for c in children_of(above) if c.dep_ == "prep" and c.lower_ == "with"]
            talks = {above.lower_, above.lemma_.lower()} & lexicon().meeting_nouns
            if talks and beside and beside[-1].right_edge.i + 1 == token.head.i:
                self.add_objects(beside[-1])  # "talks resume with the Church as witness": not the talks' owner
            elif not talks:  # (not "X talks end ... as mediators secure pledges": a clause the parser hung there)
                self.add_from(above)  # "with South Africa as host"
        elif above.pos_ in {"VERB", "AUX"}:
            # "..., with Cuba and Norway acting as guarantors", the participle hung on the verb or on the talks
            listed = False
            for sibling in [*children_of(above), *(children_of(above.head) if above.dep_ in {"acl", "advcl"} else [])]:
                after = past_list_adverbs(token.doc, sibling.right_edge.i + 1, token.head.i)  # ("again as")
                if sibling.dep_ == "prep" and sibling.lower_ == "with" and after in {token.head.i, above.i}:
                    self.add_objects(sibling)
                    listed = True
            if not listed:  # "signed ..., with B and C as guarantors": B and C, not the signers
                self.add_subjects(above)


BROKER_KINDS = {"country", "state", "nation", "government", "organisation", "organization"}
"""What a brokers' noun may qualify before the brokers' names: "guarantor countries Cuba and Norway", "the
facilitator states, A and B"."""
