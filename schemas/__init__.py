"""Definitions: vocabularies (YAML) and the pandera models every stage's output must pass."""
