"""Duizhao (对照): offline reference browser for Chinese-language news.

python main.py                 open the window (the default library, built from seeds/)
python main.py --help          the command-line usage
"""

from __future__ import annotations

import multiprocessing
import sys

from cli.main import run

if __name__ == "__main__":
    # In the frozen app a worker process (entity recognition) starts this program again;
    # freeze_support runs the worker there and never the window or the command line.
    multiprocessing.freeze_support()
    sys.exit(run())
