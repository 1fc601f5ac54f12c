"""Reading articles: files, folders, JSON Lines and web pages in, Article records out; page furniture out;
language screening."""
