"""Reconcile figures into estimates (low/best/high, independent sources) and explained conflicts."""

from reconcile.estimates import Reconciliation, reconcile_estimates

__all__ = ["Reconciliation", "reconcile_estimates"]
