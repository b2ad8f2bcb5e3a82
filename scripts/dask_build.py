#!/usr/bin/python3
"""Builds a newsgraph graph on a Dask cluster.

Extraction is a pure map over documents and building an associative merge,
so the corpus is cut into shards, every worker runs `newsgraph extract` on its
shards, and one `newsgraph build --from-relations` over the shards' relation
lines writes the graph: the same bytes as one `newsgraph build` on one machine.

    scripts/dask_build.py --local 2 -o graph.json news.jsonl            # a cluster on this machine
    scripts/dask_build.py --scheduler tcp://10.0.0.5:8786 -o g.json /shared/news/

With --scheduler, the workers need newsgraph at the same path (--newsgraph)
and must see the work folder (--work, on a shared file system such as NFS).
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import zlib

from dask.distributed import Client, LocalCluster


def with_id(line, fallback):
    """A JSONL line with its document id: a line without one gets the id that
    newsgraph gives it in its own file ("<file>-<line>"), which the shard
    would change. Lines that are no JSON object stay as they are, to be
    reported by newsgraph."""
    try:
        document = json.loads(line)
    except ValueError:
        return line
    if not isinstance(document, dict):
        return line
    given = document.get("id")
    if (type(given) is str and given) or type(given) is int:
        return line
    document["id"] = fallback
    return json.dumps(document, ensure_ascii=False).encode("utf-8") + b"\n"


def input_files(path):
    """The files newsgraph reads for `path`: a folder's files in sorted path
    order, hidden files and folders left out."""
    if not os.path.isdir(path):
        return [path]
    files = []
    for root, dirs, names in os.walk(path):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files += [os.path.join(root, name) for name in names if not name.startswith(".")]
    return sorted(files)


def jsonl_documents(file):
    """The documents of a .jsonl or .jsonl.gz file, a line each with its id.
    A file that cannot be read to its end is reported, as newsgraph does,
    and raises UnreadableRest after the lines before the damage."""
    compressed = file.endswith(".gz")
    stem = os.path.basename(file)[: -len(".jsonl.gz" if compressed else ".jsonl")]
    try:
        with (gzip.open if compressed else open)(file, "rb") as f:
            for number, line in enumerate(f, 1):
                if line.strip():
                    yield with_id(line if line.endswith(b"\n") else line + b"\n", f"{stem}-{number}")
    except (OSError, EOFError, zlib.error) as error:
        sys.stderr.write(f"dask_build: {file}: {error}, rest of the file skipped\n")
        raise UnreadableRest from error


class UnreadableRest(Exception):
    """A JSONL file stopped before its end (reported already)."""


def write_shards(paths, work, shard_bytes):
    """Cuts the input into shards of about `shard_bytes`: JSONL lines (of
    .jsonl and .jsonl.gz files) go into .jsonl shards; a text file stays
    whole, as a shard of its own. Returns the shard paths in input order, and
    whether every JSONL file was read to its end."""
    shards, lines, size = [], [], 0
    read_whole = True

    def flush():
        nonlocal lines, size
        if lines:
            shard = os.path.join(work, f"shard-{len(shards):05d}.jsonl")
            with open(shard, "wb") as f:
                f.writelines(lines)
            shards.append(shard)
            lines, size = [], 0

    for path in paths:
        for file in input_files(path):
            if not file.endswith((".jsonl", ".jsonl.gz")):
                flush()
                shards.append(file)  # a text file's id is its name: read in place
                continue
            try:
                for line in jsonl_documents(file):
                    lines.append(line)
                    size += len(line)
                    if size >= shard_bytes:
                        flush()
            except UnreadableRest:
                read_whole = False
    flush()
    return shards, read_whole


def extract(newsgraph, shard, out):
    """Runs on a worker: the relation lines of one shard, into `out`."""
    with open(out + ".tmp", "wb") as f:
        done = subprocess.run([newsgraph, "extract", "--threads", "1", "--quiet", shard], stdout=f, stderr=subprocess.PIPE)
    os.replace(out + ".tmp", out)
    return out, done.returncode, done.stderr.decode("utf-8", "replace")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help=".jsonl or text files (.gz or not), or folders")
    parser.add_argument("-o", "--output", action="append", required=True, help="graph file(s), as for newsgraph build")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running Dask scheduler")
    where.add_argument("--local", type=int, metavar="WORKERS", help="start a cluster of this many workers here")
    parser.add_argument("--newsgraph", default="newsgraph", help="the newsgraph command on the workers")
    parser.add_argument("--work", help="folder for shards and relation lines (shared with the workers)")
    parser.add_argument("--shard-mb", type=float, default=8.0, help="size of a JSONL shard")
    args = parser.parse_args()

    work = args.work or tempfile.mkdtemp(prefix="newsgraph-dask-")
    os.makedirs(work, exist_ok=True)
    shards, read_whole = write_shards(args.inputs, work, int(args.shard_mb * 1e6))
    outs = [os.path.join(work, f"relations-{i:05d}.jsonl") for i in range(len(shards))]

    if args.local:
        cluster = LocalCluster(n_workers=args.local, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        cluster, client = None, Client(args.scheduler)
    try:
        futures = client.map(extract, [args.newsgraph] * len(shards), shards, outs, pure=False)
        status = 0 if read_whole else 1
        for out, code, errors in client.gather(futures):
            sys.stderr.write(errors)
            status = max(status, code)
    finally:
        client.close()
        if cluster:
            cluster.close()

    build = [args.newsgraph, "build", "--from-relations", *outs]
    for output in args.output:
        build += ["-o", output]
    status = max(status, subprocess.run(build).returncode)
    return status


if __name__ == "__main__":
    sys.exit(main())
