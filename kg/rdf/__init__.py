"""Facts as RDF: the vocabulary, stable IRIs, graphs, the ontology and its shapes, N-Quads shards."""
