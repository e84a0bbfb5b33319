"""The baseline: bare ``nlp.pipe`` over the texts ``kg build`` would parse.

Same model, same cleaned article texts, same batch size, nothing else:

    python bench/bare_pipe.py CORPUS [--n-process 2]

``--kg-pipeline`` parses with the pipeline as ``kg`` loads it (line-break
sentence starts, the attribute_ruler's rules found by lookup, numpy's BLAS on
one thread), to tell what kg's extraction and storage cost from what its
faster parse saves.
"""

from __future__ import annotations

import argparse
import contextlib

import spacy

from kg.extract.nlp import DEFAULT_MODELS, load_nlp, one_blas_thread
from kg.pipeline import BuildReport, read_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--model", default=None)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--kg-pipeline", action="store_true", help="the pipeline as kg loads it")
    args = parser.parse_args()
    name = args.model or next(m for m in DEFAULT_MODELS if spacy.util.is_package(m))
    nlp = load_nlp(name) if args.kg_pipeline else spacy.load(name)
    texts = [a.text for a in read_corpus([args.corpus], BuildReport())]
    with one_blas_thread() if args.kg_pipeline else contextlib.nullcontext():
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=args.batch_size,
                                                  n_process=args.n_process))
    print(f"{len(texts)} texts, {tokens} tokens")


if __name__ == "__main__":
    main()
