"""The `medmoe` command line. `main.py` builds the app; each task adds its commands in its own module."""
