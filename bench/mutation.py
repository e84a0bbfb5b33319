"""A sampled mutation run over kg's core modules, sized for a 2-core machine (docs/testing.md).

    nice .venv/bin/python bench/mutation.py [--share 0.008] [--max-children 2] [--list]

mutmut (configured in pyproject.toml) makes every mutant of the modules it is
told to mutate; this picks a stable share of them in each core area, the same on
every run (the names with the lowest hashes), and runs mutmut on those alone.
Small areas (export, eval) get at least ``--least`` mutants, so that every area
is in the sample. ``mutmut results`` then lists the survivors, ``mutmut show
NAME`` shows one.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The core areas of docs/testing.md, by the source files mutmut mutates.
AREAS = {
    "extraction": ("kg/extract/", "kg/text/"),
    "resolution": ("kg/resolve/",),
    "store update": ("kg/update/", "kg/store/rdf.py", "kg/store/offsets.py"),
    "SPARQL service": ("kg/query/server.py",),
    "export": ("kg/render/export.py",),
    "eval": ("kg/evaluate.py",),
}


def area_of(path: Path) -> str:
    for area, prefixes in AREAS.items():
        if any(str(path).startswith(prefix) for prefix in prefixes):
            return area
    raise ValueError(f"{path}: mutated but in no core area of bench/mutation.py")


def generate() -> dict[str, list[str]]:
    """Make the mutants (mutmut's own generation step) and return their names by area."""
    from mutmut.__main__ import (
        copy_also_copy_files,
        copy_src_dir,
        create_mutants,
        set_mutant_under_test,
        setup_source_paths,
        store_lines_covered_by_tests,
    )
    from mutmut.mutation.data import SourceFileMutationData
    from mutmut.utils.file_utils import walk_mutatable_files

    set_mutant_under_test("mutant_generation")
    (ROOT / "mutants").mkdir(exist_ok=True)
    copy_src_dir()
    copy_also_copy_files()
    setup_source_paths()
    store_lines_covered_by_tests()
    create_mutants(os.cpu_count() or 2)
    names: dict[str, list[str]] = {area: [] for area in AREAS}
    for path in walk_mutatable_files():
        data = SourceFileMutationData(path=path)
        data.load()
        names[area_of(path)].extend(data.exit_code_by_key)
    return names


def sample(names: list[str], share: float, least: int) -> list[str]:
    """The ``share`` of ``names`` (at least ``least``) with the lowest hashes: the same each run."""
    def position(name: str) -> str:
        return hashlib.sha256(name.encode()).hexdigest()

    count = max(least, round(share * len(names)))
    return sorted(sorted(names, key=position)[:count])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--share", type=float, default=0.008, help="share of mutants to run")
    parser.add_argument("--least", type=int, default=5, help="fewest mutants of an area")
    parser.add_argument("--max-children", type=int, default=2, help="mutants run at once")
    parser.add_argument("--list", action="store_true", help="only print the sample")
    args = parser.parse_args()
    os.chdir(ROOT)
    chosen = []
    for area, names in generate().items():
        picked = sample(names, args.share, args.least)
        print(f"{area}: {len(picked)} of {len(names)} mutants sampled", flush=True)
        chosen.extend(picked)
    if args.list:
        print("\n".join(chosen))
        return 0
    mutmut = Path(sys.executable).with_name("mutmut")
    return subprocess.call([str(mutmut), "run", "--max-children", str(args.max_children),
                            *chosen])


if __name__ == "__main__":
    sys.exit(main())
