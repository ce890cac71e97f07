"""Run the benchmarks: ``python -m benchmarks [board] [--sizes 1000,10000,50000] [--repeat N]``."""

from __future__ import annotations

import argparse
import os
import sys

from benchmarks import (
    analytics,
    board,
    bundle,
    customers,
    deal_lists,
    dossier,
    imports,
    languages,
    visits,
)


def main() -> int:
    """Run the chosen benchmarks and print their tables."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument(
        "which",
        nargs="*",
        help="board, customers, visits, dossier, analytics, imports, deal_lists, languages, "
        "bundle (default: all; bundle needs `make bundle` first)",
    )
    parser.add_argument("--sizes", default="1000,10000,50000", help="deal counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement")
    parser.add_argument("--customers", type=int, default=50_000, help="customers to search")
    parser.add_argument(
        "--rows", default="50000,200000", help="rows of the imported CSV files, comma-separated"
    )
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    names = ["board", "customers", "visits", "dossier", "analytics", "imports", "deal_lists"]
    names += ["languages", "bundle"]
    which = args.which or names
    if unknown := set(which) - set(names):
        parser.error(f"unknown benchmark: {', '.join(sorted(unknown))}")
    if "board" in which:
        board.run(sizes, args.repeat)
    if "customers" in which:
        customers.run(args.customers)
    if "visits" in which:
        visits.run(args.repeat)
    if "analytics" in which:
        analytics.run(args.repeat)
    if "dossier" in which:
        dossier.run(args.repeat)
    if "imports" in which:
        imports.run(args.repeat, tuple(int(n) for n in args.rows.split(",")))
    if "deal_lists" in which:
        deal_lists.run(args.repeat)
    if "languages" in which:
        languages.run(10_000, args.repeat)
    if "bundle" in which:
        bundle.run(args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
