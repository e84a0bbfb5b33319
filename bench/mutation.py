"""A sampled mutation run over kg's core modules, sized for a 2-core machine (docs/testing.md).

    .venv/bin/python bench/mutation.py [--share 0.08] [--max-children 2] [--list]

mutmut (configured in pyproject.toml) makes every mutant of the modules it is
told to mutate; this picks a stable share of them, the same on every run (by a
hash of the mutant's name), and runs mutmut on those alone. ``mutmut results``
then lists the survivors, ``mutmut show NAME`` shows one.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def generate() -> list[str]:
    """Make the mutants (mutmut's own generation step) and return their names."""
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
    names = []
    for path in walk_mutatable_files():
        data = SourceFileMutationData(path=path)
        data.load()
        names.extend(data.exit_code_by_key)
    return sorted(names)


def sample(names: list[str], share: float) -> list[str]:
    """The names whose hash falls in the first ``share`` of the range: stable across runs."""
    def position(name: str) -> float:
        return int(hashlib.sha256(name.encode()).hexdigest()[:8], 16) / 0x1_0000_0000

    return [name for name in names if position(name) < share]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--share", type=float, default=0.08, help="share of mutants to run")
    parser.add_argument("--max-children", type=int, default=2, help="mutants run at once")
    parser.add_argument("--list", action="store_true", help="only print the sample")
    args = parser.parse_args()
    os.chdir(ROOT)
    names = generate()
    chosen = sample(names, args.share)
    print(f"{len(chosen)} of {len(names)} mutants sampled", flush=True)
    if args.list:
        print("\n".join(chosen))
        return 0
    mutmut = Path(sys.executable).with_name("mutmut")
    return subprocess.call([str(mutmut), "run", "--max-children", str(args.max_children),
                            *chosen])


if __name__ == "__main__":
    sys.exit(main())
