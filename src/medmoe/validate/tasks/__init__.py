"""Validation adapters, one per task (see medmoe.validate.adapter.TaskAdapter)."""
