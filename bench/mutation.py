"""A sampled mutation run over kg's core modules, sized for a 2-core machine (docs/testing.md).

    .venv/bin/python bench/mutation.py [--share 0.003] [--max-children 2] [--list]

mutmut (configured in pyproject.toml) can make every mutant of the modules it is
told to mutate; this picks a stable share of them in each core area, the same on
every run (the names with the lowest hashes), and runs mutmut on those alone.
Small areas (export, eval) get at least ``--least`` mutants, so that every area
is in the sample. ``mutmut results`` then lists the survivors, ``mutmut show
NAME`` shows one.

What keeps the run short:

- mutmut writes the sampled mutants only. Naming a mutant is cheap (parse the
  file, list its mutations); writing one is a copy of its whole function, most
  of mutmut's generation time (minutes for all of them). The names are mutmut's
  own (the n-th mutation of a function is ``__mutmut_n`` either way), so a
  mutant keeps its name and its verdict from one sample to the next.
- A function is mapped to the tests that reach it nearly as directly as any
  (``SLACK``), not to every test that builds a graph through the CLI, and its
  tests run those of its own module first, then the fastest first: mutmut stops
  a mutant's tests at the first failure, so a killed mutant costs its first
  failing test, a survivor all of its tests.
- After mapping the tests (every test, on the unmutated code) mutmut's clean
  run is skipped, and spaCy's model is loaded once, before mutants are forked.

It prints when each phase ends; the sample and the map stay in ``mutants/``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
import time
from collections import Counter
from multiprocessing import Pool
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

# A function's tests: those that reach it through at most SLACK more of kg's frames than
# the most direct one (a construction test's extract_article, not a build's CLI and pipeline).
SLACK = 2
DEEPEST = 30

# The sample the mutants/ folder was made for: another sample needs other functions mutated.
SAMPLE_FILE = Path("mutants") / "sample.txt"


def area_of(path: Path) -> str:
    for area, prefixes in AREAS.items():
        if any(str(path).startswith(prefix) for prefix in prefixes):
            return area
    raise ValueError(f"{path}: mutated but in no core area of bench/mutation.py")


def function_keys(module) -> dict:
    """mutmut's key of each function it can mutate (top-level ones and methods), by node."""
    import libcst as cst
    from mutmut.mutation.trampoline_templates import mangle_function_name

    keys = {}
    for statement in module.body:
        if isinstance(statement, cst.FunctionDef):
            keys[statement] = mangle_function_name(name=statement.name.value, class_name=None)
        elif isinstance(statement, cst.ClassDef) and isinstance(statement.body, cst.IndentedBlock):
            for method in statement.body.body:
                if isinstance(method, cst.FunctionDef):
                    keys[method] = mangle_function_name(name=method.name.value,
                                                        class_name=statement.name.value)
    return keys


def numbered(path: Path, module, mutations):
    """Each mutation of ``module`` with its name in mutmut: a function's n-th is ``__mutmut_n``."""
    from mutmut.utils.format_utils import get_mutant_name

    keys = function_keys(module)
    numbers: Counter = Counter()
    for mutation in mutations:
        function = mutation.contained_by_top_level_function
        if function in keys:
            numbers[function] += 1
            yield get_mutant_name(path, f"{keys[function]}__mutmut_{numbers[function]}"), mutation


def mutant_names(path: Path) -> list[str]:
    """The names mutmut gives the mutants of ``path``, without writing them."""
    from mutmut.mutation.file_mutation import create_mutations

    module, mutations, _, _ = create_mutations(str(path), path.read_text())
    return [name for name, _ in numbered(path, module, mutations)]


def names_by_area(processes: int) -> dict[str, list[str]]:
    from mutmut.utils.file_utils import walk_mutatable_files

    paths = sorted(walk_mutatable_files())
    names: dict[str, list[str]] = {area: [] for area in AREAS}
    with Pool(processes) as pool:
        for path, found in zip(paths, pool.map(mutant_names, paths), strict=True):
            names[area_of(path)].extend(found)
    return names


def sample(names: list[str], share: float, least: int) -> list[str]:
    """The ``share`` of ``names`` (at least ``least``) with the lowest hashes: the same each run."""
    def position(name: str) -> str:
        return hashlib.sha256(name.encode()).hexdigest()

    count = max(least, round(share * len(names)))
    return sorted(sorted(names, key=position)[:count])


def mutate_only(chosen: set[str]) -> None:
    """Have mutmut write the ``chosen`` mutants alone, under the names a full run gives them."""
    import libcst as cst
    from mutmut.mutation import file_mutation
    from mutmut.mutation.trampoline_templates import build_mutants_dict_and_name

    create, arrange = file_mutation.create_mutations, file_mutation.function_trampoline_arrangement
    number_of: dict[int, str] = {}

    def create_chosen(filename, code, *args):
        module, mutations, ignored_classes, ignored_functions = create(filename, code, *args)
        kept = []
        for name, mutation in numbered(Path(filename), module, mutations):
            if name in chosen:
                number_of[id(mutation)] = name.rpartition("_")[2]
                kept.append(mutation)
        return module, kept, ignored_classes, ignored_functions

    def arrange_numbered(function, mutations, class_name):
        # mutmut numbers the mutants it is given 1, 2, ...: give them back their own numbers.
        declared, nodes, _, names = arrange(function, mutations, class_name)
        prefix = names[0].rpartition("_")[0]
        names = [f"{prefix}_{number_of[id(mutation)]}" for mutation in mutations]
        nodes = [*nodes[:2], *(node.with_changes(name=cst.Name(name))
                                for node, name in zip(nodes[2:], names, strict=True))]
        assigned = list(cst.parse_module(build_mutants_dict_and_name(
            mangled_name=prefix, mutants=names, mutants_dict_name=f"mutants_{prefix}",
            class_name=class_name)).body)
        assigned[0] = assigned[0].with_changes(leading_lines=[cst.EmptyLine()])
        return declared, nodes, assigned, names

    file_mutation.create_mutations = create_chosen
    file_mutation.function_trampoline_arrangement = arrange_numbered


def record_depths() -> None:
    """Record each function a test calls with the number of kg's frames between them.

    mutmut keeps, per test, the set of functions it called; the depth goes into the
    name (``module.x_function@3``) and :func:`near_tests_fastest_first` reads it back.
    """
    from mutmut import stats
    from mutmut.configuration import config
    from mutmut.mutation import trampoline

    sources = config().resolved_mutated_source_paths
    kind_of: dict[str, str] = {}

    def kind(filename: str) -> str:
        if filename not in kind_of:
            path = Path(filename)
            if "pytest" in filename:
                kind_of[filename] = "runner"
            elif path.is_absolute() and any(source in path.parents for source in sources):
                kind_of[filename] = "kg"
            else:  # the standard library, spaCy, mutmut, the tests, <string> and frozen code
                kind_of[filename] = "other"
        return kind_of[filename]

    def record(name: str, caller: str | None = None) -> None:
        frame, depth = sys._getframe(1), 0
        while frame is not None and depth < DEEPEST:
            found = kind(frame.f_code.co_filename)
            if found == "runner":
                break
            depth += found == "kg"
            frame = frame.f_back
        stats.state()._stats.add(f"{name}@{depth}")

    trampoline.record_trampoline_hit = record


def near_tests_fastest_first() -> None:
    """Map each function to the tests that reach it nearly as directly as any, in the order to run.

    A function keeps the tests that call it through at most ``SLACK`` more of kg's
    frames than the most direct one: a rule keeps every construction test (they all
    reach it through ``extract_article``), but not the builds of whole folders that
    reach it through the pipeline and the CLI. Its tests run the test file named
    after its module first, then fastest first: mutmut stops at the first failure.
    """
    import mutmut.__main__ as mutmut

    collect = mutmut.collect_or_load_stats

    def collect_and_narrow(runner, *args, **kwargs) -> None:
        fresh = not Path("mutants/mutmut-stats.json").exists()
        collect(runner, *args, **kwargs)
        if fresh:
            # The map was just made by running every test on the unmutated code, and mutmut
            # stops if one fails: its clean run would run them all again to learn nothing.
            runner.run_clean_tests = lambda tests: 0
        state = mutmut.state()
        depths: dict[str, dict[str, int]] = {}
        for key, tests in state.tests_by_mangled_function_name.items():
            function, _, depth = key.rpartition("@")
            found = depths.setdefault(function, {})
            for test in tests:
                found[test] = min(int(depth), found.get(test, DEEPEST))
        narrowed = type(state.tests_by_mangled_function_name)(set)
        for function, found in depths.items():
            nearest = min(found.values())
            module = function.rpartition(".")[0].rpartition(".")[2]
            narrowed[function] = sorted(
                (test for test, depth in found.items() if depth <= nearest + SLACK),
                key=lambda test: (f"test_{module}" not in test.partition("::")[0],
                                  state.duration_by_test.get(test, 0.0)))
        # Not saved: mutants/mutmut-stats.json keeps the depths for the next run.
        state.tests_by_mangled_function_name = narrowed

    mutmut.collect_or_load_stats = collect_and_narrow


# Code that runs while spaCy's model loads: a mutant of it needs the model loaded afresh.
MODEL_LOADING = ("kg.extract.nlp.", "kg.extract.tag_rules.x_speed_up__")


def load_model_before_forking(chosen: list[str]) -> None:
    """Load spaCy's model in mutmut's fork server, so that no mutant's tests load it again."""
    from mutmut.runners.harness import PytestRunner

    if any(name.startswith(MODEL_LOADING) for name in chosen):
        return

    collect = PytestRunner.warm_up

    def warm_up(self) -> None:
        collect(self)
        from kg.extract import load_nlp  # mutants/kg: the fork server imports from there

        load_nlp()

    PytestRunner.warm_up = warm_up


def print_phases(started: float) -> None:
    """Print when each of mutmut's phases ends (past mutmut's capture of the output)."""
    import mutmut.__main__ as mutmut

    def timed(name: str, phase: str) -> None:
        step = getattr(mutmut, name)

        def run_timed(*args, **kwargs):
            result = step(*args, **kwargs)
            print(f"{phase} done at {time.monotonic() - started:.0f} s", file=sys.__stdout__,
                  flush=True)
            return result

        setattr(mutmut, name, run_timed)

    timed("create_mutants", "writing the mutants")
    timed("collect_or_load_stats", "mapping tests to functions")
    timed("run_forced_fail_test", "checking that a mutant fails the tests")


def run(chosen: list[str], max_children: int, started: float) -> None:
    import mutmut.__main__ as mutmut

    mutate_only(set(chosen))
    record_depths()
    near_tests_fastest_first()
    load_model_before_forking(chosen)
    print_phases(started)
    mutmut._run(chosen, max_children)


def fresh_mutants_for(chosen: list[str]) -> None:
    """Start mutants/ over unless it was made for this sample (its mutants are other functions)."""
    wanted = "\n".join(chosen) + "\n"
    if SAMPLE_FILE.exists() and SAMPLE_FILE.read_text() != wanted:
        print("mutants/ was made for another sample: starting over", flush=True)
        shutil.rmtree("mutants")
    SAMPLE_FILE.parent.mkdir(exist_ok=True)
    SAMPLE_FILE.write_text(wanted)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--share", type=float, default=0.003, help="share of mutants to run")
    parser.add_argument("--least", type=int, default=5, help="fewest mutants of an area")
    parser.add_argument("--max-children", type=int, default=2, help="mutants run at once")
    parser.add_argument("--list", action="store_true", help="only print the sample")
    args = parser.parse_args()
    os.chdir(ROOT)
    started = time.monotonic()
    chosen = []
    for area, names in names_by_area(os.cpu_count() or 2).items():
        picked = sample(names, args.share, args.least)
        print(f"{area}: {len(picked)} of {len(names)} mutants sampled", flush=True)
        chosen.extend(picked)
    print(f"sampled in {time.monotonic() - started:.0f} s", flush=True)
    if args.list:
        print("\n".join(chosen))
        return 0
    fresh_mutants_for(chosen)
    run(chosen, args.max_children, started)
    print(f"whole run {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
