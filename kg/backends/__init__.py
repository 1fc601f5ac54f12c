"""Where a graph lives and how it is asked: the on-disk store, SPARQL servers, queries, look-ups, tables."""
