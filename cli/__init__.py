"""Command-line interface over the Qt-free core (``python main.py COMMAND``)."""
