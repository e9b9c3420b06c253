"""Command-line entry point: parses options and starts the Qt application (placeholder)."""

from __future__ import annotations

import argparse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ardesk")
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--database")
    parser.parse_args(argv)
    return 0
