"""What a person looks at: the network page, the timeline, GraphML, one colour table."""
