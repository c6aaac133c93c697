#!/bin/sh
PYTHONPATH=/work/wt-damage11/src exec /work/main/.venv/bin/veille "$@"
