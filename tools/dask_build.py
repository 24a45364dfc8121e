#!/usr/bin/python3
"""`actorgraph build` on a Dask cluster: `extract` on shards, `merge` on a
worker, the graph files written here, byte for byte what one `build`
writes for the same articles.

    tools/dask_build.py INPUT... -o OUT [-o OUT...] [--scheduler ADDRESS]
    tools/dask_build.py ../shared/corpus -o graph.graphml -o graph.jsonld
    tools/dask_build.py news/ -o g.graphml --scheduler tcp://10.0.0.5:8786

INPUT is as for `actorgraph build`: .jsonl files (cut into shards of about
--shard-mb at line boundaries), .txt files, directories (recursed, .txt
and .jsonl). This machine reads the inputs and ships each shard to a
worker, which runs `actorgraph extract -j1` on it; one worker then streams
the record streams, as they complete, into `actorgraph merge` and sends
the graph files back. Merging is order-independent, so neither the split
nor the order of completion changes a byte. Without --scheduler a
LocalCluster of --workers processes runs here.

The workers need the actorgraph binary and its ontology at the paths given
by --binary and --ontology (defaults: build/actorgraph and ontology/ of
this checkout). Runs under Debian's python3-distributed (/usr/bin/python3).
Exit status as for `actorgraph build`: 0, 2 (usage, ontology), 3 (some
input skipped), 4 (a file could not be read or written).
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EXIT_SKIPPED, EXIT_IO = 3, 4


class BuildError(Exception):
    """A failure with the exit status it maps to."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


def run_actorgraph(binary, args, cwd=None):
    """Runs actorgraph: (stdout bytes, exit status, stderr text)."""
    done = subprocess.run([binary] + args, capture_output=True, cwd=cwd)
    return done.stdout, done.returncode, done.stderr.decode("utf-8", "replace")


def extract_shard(shard, binary, ontology):
    """Worker side: the records of one shard, a list of (name, bytes).

    Each file keeps its base name (a .txt file's name is its document id)
    in a directory of its own, so equal names cannot collide; paths are
    relative, so that a JSON Lines line without an id is named the same
    wherever it runs ("0/news.jsonl:LINE").
    """
    work = tempfile.mkdtemp(prefix="actorgraph-shard-")
    try:
        paths = []
        for k, (name, data) in enumerate(shard):
            path = os.path.join(str(k), name)
            os.makedirs(os.path.join(work, str(k)))
            with open(os.path.join(work, path), "wb") as f:
                f.write(data)
            paths.append(path)
        args = ["extract", "-j1", "-q"] + ontology_args(ontology) + paths
        return run_actorgraph(binary, args, cwd=work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def merge_records(keys, outputs, merge_options, binary):
    """Worker side: pipes the shards' records into one `actorgraph merge`
    as they complete. Returns (status, stderr text of every run, {output
    index: {relative path: bytes}}); a failed shard stops the merge.

    The records are fetched one shard at a time (not as task arguments),
    so this worker holds one shard's records besides the graph.
    """
    from distributed import Future, as_completed, worker_client

    work = tempfile.mkdtemp(prefix="actorgraph-merge-")
    try:
        targets = [os.path.join(work, str(k), os.path.basename(out.rstrip("/")))
                   for k, out in enumerate(outputs)]
        for t in targets:
            os.makedirs(os.path.dirname(t))
        args = [binary, "merge", "-", "-q"] + merge_options
        for t in targets:
            args += ["-o", t]
        err = open(os.path.join(work, "stderr"), "w+b")
        merge = subprocess.Popen(args, stdin=subprocess.PIPE, stderr=err)
        worst, messages = 0, []
        with worker_client() as client:
            for future in as_completed([Future(k, client) for k in keys]):
                records, status, message = future.result()
                messages.append(message)
                if status not in (0, EXIT_SKIPPED):
                    merge.kill()
                    merge.wait()
                    return status, "".join(messages), {}
                worst = max(worst, status)
                try:
                    merge.stdin.write(records)
                except BrokenPipeError:
                    break  # merge failed (a usage error): its status says why
                del records
        try:
            merge.stdin.close()
        except BrokenPipeError:
            pass
        status = merge.wait()
        err.seek(0)
        messages.append(err.read().decode("utf-8", "replace"))
        if status != 0:
            return status, "".join(messages), {}
        files = {k: read_tree(os.path.dirname(t)) for k, t in enumerate(targets)}
        return worst, "".join(messages), files
    finally:
        shutil.rmtree(work, ignore_errors=True)


def read_tree(top):
    """{path relative to top: bytes} of every file below top."""
    files = {}
    for base, _, names in os.walk(top):
        for name in names:
            path = os.path.join(base, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, top)] = f.read()
    return files


def ontology_args(ontology):
    return ["--ontology", ontology] if ontology else []


def input_files(inputs):
    """(path, is_jsonl) for each INPUT, directories recursed in sorted
    order as `actorgraph build` does (.txt and .jsonl only)."""
    for item in inputs:
        if item == "-":
            yield item, True
        elif os.path.isdir(item):
            found = []
            for base, dirs, names in os.walk(item):
                dirs[:] = [d for d in dirs
                           if not os.path.islink(os.path.join(base, d))]
                found += [os.path.join(base, n) for n in names
                          if n.endswith((".txt", ".jsonl"))]
            for path in sorted(found):
                yield path, path.endswith(".jsonl")
        elif os.path.exists(item):
            yield item, item.endswith(".jsonl")
        else:
            raise BuildError(EXIT_IO, f"{item}: no such file or directory")


def shards(inputs, shard_bytes):
    """Lists of (name, bytes) of about shard_bytes each: whole text files,
    and JSON Lines files cut at line boundaries."""
    shard, size = [], 0
    for path, jsonl in input_files(inputs):
        if jsonl:
            name = "stdin.jsonl" if path == "-" else os.path.basename(path)
            stream = sys.stdin.buffer if path == "-" else open(path, "rb")
            with stream:
                chunk = []
                for line in stream:
                    chunk.append(line)
                    size += len(line)
                    if size >= shard_bytes:
                        shard.append((name, b"".join(chunk)))
                        yield shard
                        shard, size, chunk = [], 0, []
                if chunk:
                    shard.append((name, b"".join(chunk)))
        else:
            with open(path, "rb") as f:
                data = f.read()
            shard.append((os.path.basename(path), data))
            size += len(data)
        if size >= shard_bytes:
            yield shard
            shard, size = [], 0
    if shard:
        yield shard


def write_output(out, files):
    """Writes one output: a file, or a directory (--format neo4j), each
    file under a temporary name renamed when complete."""
    name = os.path.basename(out.rstrip("/"))
    for rel, data in sorted(files.items()):
        path = out if rel == name else os.path.join(out, os.path.relpath(rel, name))
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        temp = os.path.join(os.path.dirname(os.path.abspath(path)),
                            f".{os.path.basename(path)}.tmp.{os.getpid()}")
        with open(temp, "wb") as f:
            f.write(data)
        os.replace(temp, path)


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="dask_build.py",
        description="actorgraph build on a Dask cluster (extract on shards, "
                    "merge on a worker).")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("-o", "--output", action="append", required=True,
                   metavar="OUT", help="graph file to write (repeatable)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler (default: a LocalCluster here)")
    p.add_argument("--workers", type=int, default=2,
                   help="LocalCluster worker processes (default 2)")
    p.add_argument("--shard-mb", type=float, default=4.0,
                   help="input per extract task, MB (default 4)")
    p.add_argument("--binary", default=os.path.join(ROOT, "build", "actorgraph"))
    p.add_argument("--ontology", default=os.path.join(ROOT, "ontology"))
    p.add_argument("--format", help="as for actorgraph build")
    p.add_argument("--max-evidence", help="as for actorgraph build")
    p.add_argument("--base-iri", help="as for actorgraph build")
    return p.parse_args(argv)


def merge_options(args):
    options = []
    for flag, value in (("--format", args.format),
                        ("--max-evidence", args.max_evidence),
                        ("--base-iri", args.base_iri)):
        if value is not None:
            options += [flag, value]
    return options


def build(args, client):
    binary = os.path.abspath(args.binary)
    ontology = os.path.abspath(args.ontology) if args.ontology else None
    futures = []
    for shard in shards(args.inputs, int(args.shard_mb * 1e6)):
        [data] = client.scatter([shard], hash=False)
        futures.append(client.submit(extract_shard, data, binary, ontology,
                                     pure=False))
    merged = client.submit(merge_records, [f.key for f in futures],
                           args.output, merge_options(args), binary, pure=False)
    status, messages, graph = merged.result()
    sys.stderr.write(messages)
    if status not in (0, EXIT_SKIPPED):
        return status
    for k, out in enumerate(args.output):
        write_output(out, graph[k])
    return status


def main(argv):
    args = parse_args(argv)
    from distributed import Client, LocalCluster

    try:
        if args.scheduler:
            with Client(args.scheduler) as client:
                return build(args, client)
        with LocalCluster(n_workers=args.workers, threads_per_worker=1,
                          processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            return build(args, client)
    except BuildError as e:
        print(f"dask_build: {e}", file=sys.stderr)
        return e.status
    except OSError as e:
        print(f"dask_build: {e}", file=sys.stderr)
        return EXIT_IO


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
