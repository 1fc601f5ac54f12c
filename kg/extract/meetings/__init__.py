"""Meetings: rounds, sessions and summits with place, dates, round number, parties, mediators and status.

Every sentence that speaks of talks ("talks", "meeting", "round", "summit", a form of "meet" or "negotiate";
never a phone or video call) is a mention. From each mention come the place it names ("in Geneva",
"at the Dolmabahce Palace"), its dates, an ordinal round ("the third round"), the sides ("between Russia and
Ukraine", "talks with Russia", "Ukrainian and Russian negotiators", "US-Iran talks"), brokers and hosts
("US-brokered", "mediated by Qatar", "hosted by", "chaired", "co-organised by"), and whether it is planned or
ongoing. Mentions that agree on place, round, status and dates are one meeting; a different city, round or
status, or dates that do not overlap, make another.
"""

from kg.extract.meetings.events import extract

__all__ = ["extract"]
