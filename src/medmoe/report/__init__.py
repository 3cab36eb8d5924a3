"""Chest X-ray report generation from structured findings, a findings labeler and a report checker."""
