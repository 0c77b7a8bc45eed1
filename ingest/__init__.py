"""Reading documents from the corpus folder: discovery, format detection, text."""
