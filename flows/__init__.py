"""Orchestration: the Prefect flow, its deployment, the CLI and configuration. No domain logic here."""
