"""Validation: metrics with confidence intervals, calibration, subgroups, robustness, reports."""
