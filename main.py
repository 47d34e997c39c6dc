"""Duizhao (对照): offline reference browser for Chinese-language news.

python main.py                 open the window (the default library, built from seeds/)
python main.py --help          the command-line usage
"""

from __future__ import annotations

import sys

from cli.main import run

if __name__ == "__main__":
    sys.exit(run())
