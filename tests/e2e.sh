#!/usr/bin/env bash
# End-to-end checks of the real command: e2e.sh CHECK NEWSGRAPH SOURCE_DIR BUILD_DIR
set -euo pipefail
check=$1 ng=$2 src=$3 build=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
py=/usr/bin/python3  # Debian's Python, with Debian's networkx and igraph
export PYTHONDONTWRITEBYTECODE=1  # the scripts it runs leave no __pycache__ in the source tree

case "$check" in
golden)
  # The samples' relations, diffed against the reviewed expected output.
  "$ng" extract "$src/samples/articles" > "$work/relations.jsonl"
  diff -u "$src/samples/expected/relations.jsonl" "$work/relations.jsonl" || fail "relations differ from samples/expected"
  ;;
determinism)
  for run in a b; do
    threads=1; [ "$run" = b ] && threads=2
    "$ng" build "$src/samples/articles" --threads "$threads" -o "$work/$run.graphml" -o "$work/$run.json" \
      -o "$work/$run.dot" -o "$work/$run.gexf" -o "$work/$run.cyjs" -o "$work/$run.csv" -o "$work/$run.neo4j" \
      -o "$work/$run.svg" -o "$work/$run.html" --layout sfdp 2>/dev/null
  done
  for ext in graphml json dot gexf cyjs nodes.csv edges.csv svg html; do cmp "$work/a.$ext" "$work/b.$ext" || fail "$ext differs between runs"; done
  diff -r "$work/a.neo4j" "$work/b.neo4j" || fail "neo4j folder differs between runs"
  "$ng" extract "$src/samples/articles" --threads 1 > "$work/a.jsonl"
  "$ng" extract "$src/samples/articles" --threads 2 > "$work/b.jsonl"
  cmp "$work/a.jsonl" "$work/b.jsonl" || fail "extract output depends on threads"
  ;;
bad_input)
  mkdir "$work/in"
  printf 'Norway accused Russia of hacking its parliament.\n' > "$work/in/good.txt"
  : > "$work/in/empty.txt"
  printf 'abc\0\0\0def' > "$work/in/binary.txt"
  printf 'Chile accused Peru of spying. \xff\xfe\n' > "$work/in/latin.txt"
  printf '%s\n' '{"id": "j1", "text": "Iran accused Iraq of shelling Basra."}' '{"id": "j2", "text": ' \
    '{"id": "j3", "text": "Egypt accused Libya of the raid."}' > "$work/in/docs.jsonl"
  set +e
  "$ng" extract "$work/in" "$work/missing.txt" > "$work/out.jsonl" 2> "$work/err.txt"
  status=$?
  set -e
  cat "$work/err.txt"
  [ "$status" -eq 1 ] || fail "exit status $status, expected 1"
  grep -q "empty.txt: empty file, skipped" "$work/err.txt" || fail "no empty-file error"
  grep -q "binary.txt: binary file, skipped" "$work/err.txt" || fail "no binary-file error"
  grep -q "latin.txt:1: invalid UTF-8" "$work/err.txt" || fail "no invalid-UTF-8 warning with its line"
  grep -q "docs.jsonl:2: invalid JSON" "$work/err.txt" || fail "no broken-line error with its line"
  grep -q "missing.txt: no such file or folder" "$work/err.txt" || fail "no missing-file error"
  for doc in good latin j1 j3; do grep -q "\"doc\":\"$doc\"" "$work/out.jsonl" || fail "document $doc was lost"; done
  # Problems are reported in input order whatever the number of threads.
  "$ng" extract "$work/in" "$work/missing.txt" --threads 2 > "$work/out2.jsonl" 2> "$work/err2.txt" || true
  cmp "$work/out.jsonl" "$work/out2.jsonl" || fail "output with bad input depends on threads"
  cmp "$work/err.txt" "$work/err2.txt" || fail "problem report depends on threads"
  # An unwritable output fails cleanly and leaves nothing behind.
  set +e
  "$ng" build "$work/in/good.txt" -o "$work/nodir/g.json" 2> "$work/err2.txt"
  status=$?
  set -e
  [ "$status" -eq 2 ] || fail "unwritable output: exit status $status, expected 2"
  grep -q "newsgraph: error: .*nodir/g.json" "$work/err2.txt" || fail "unwritable output not named"
  # A full disk: a clear error, status 2.
  set +e
  "$ng" extract "$work/in/good.txt" > /dev/full 2> "$work/err3.txt"
  status=$?
  set -e
  [ "$status" -eq 2 ] && grep -q "write failed" "$work/err3.txt" || fail "/dev/full: status $status"
  # Every command's printed result, not only extract's.
  "$ng" build "$work/in/good.txt" -o "$work/good.json" 2> /dev/null
  # A usage error fails as every failure does, with status 2.
  for bad_options in "extract --threads 0 $work/in/good.txt" "path $work/good.json Norway Russia --since 2020-1-1" \
    "extract"; do
    set +e
    # shellcheck disable=SC2086
    "$ng" $bad_options > /dev/null 2> "$work/err3.txt"
    status=$?
    set -e
    [ "$status" -eq 2 ] && [ -s "$work/err3.txt" ] || fail "newsgraph $bad_options: status $status"
  done
  printed_to_full() {
    set +e
    "$ng" "$@" > /dev/full 2> "$work/err3.txt"
    status=$?
    set -e
    [ "$status" -eq 2 ] && grep -q "write failed" "$work/err3.txt" || fail "$* > /dev/full: status $status"
  }
  printed_to_full stats "$work/good.json"
  printed_to_full stats "$work/good.json" --json
  printed_to_full neighbors "$work/good.json" Norway
  printed_to_full path "$work/good.json" Norway Russia
  # Compressed input reads as the plain files do, a .jsonl.gz of two
  # concatenated members too (as gunzip reads them).
  mkdir "$work/gz"
  for f in "$src"/samples/articles/*.txt; do gzip -c "$f" > "$work/gz/$(basename "$f").gz"; done
  "$ng" extract "$src/samples/articles" > "$work/plain.jsonl"
  "$ng" extract "$work/gz" > "$work/gz.jsonl"
  cmp "$work/plain.jsonl" "$work/gz.jsonl" || fail ".txt.gz files read otherwise than .txt files"
  "$py" -c 'import sys; w = sys.stdout.write
for i in range(3000): w("{\"text\": \"Chile accused Peru of raid %d on its ministry.\"}\n" % i)' > "$work/news.jsonl"
  { head -n 1000 "$work/news.jsonl" | gzip -c; tail -n +1001 "$work/news.jsonl" | gzip -c; } > "$work/gz/news.jsonl.gz"
  "$ng" extract "$work/news.jsonl" > "$work/plain.jsonl"
  "$ng" extract "$work/gz/news.jsonl.gz" > "$work/gz.jsonl"
  [ "$(wc -l < "$work/gz.jsonl")" -ge 3000 ] && cmp "$work/plain.jsonl" "$work/gz.jsonl" ||
    fail ".jsonl.gz lines read otherwise than .jsonl lines"
  # Cut off or damaged: every line before the damage is read, the rest reported.
  head -c $(( $(stat -c %s "$work/gz/news.jsonl.gz") / 2 )) "$work/gz/news.jsonl.gz" > "$work/cut.jsonl.gz"
  set +e
  "$ng" extract "$work/cut.jsonl.gz" > "$work/cut.jsonl" 2> "$work/cut.err"
  status=$?
  set -e
  line=$(sed -n 's/.*cut.jsonl.gz:\([0-9]*\): gzip data cut off (unexpected end of file), rest of the file skipped$/\1/p' "$work/cut.err")
  [ "$status" -eq 1 ] && [ -n "$line" ] || fail "cut-off gzip file: status $status, $(cat "$work/cut.err")"
  [ "$(cut -d, -f1 "$work/cut.jsonl" | sort -u | wc -l)" -eq $(( line - 1 )) ] ||
    fail "cut-off gzip file: not every line before line $line was read"
  cp "$work/gz/news.jsonl.gz" "$work/damaged.jsonl.gz"
  printf 'damage' | dd of="$work/damaged.jsonl.gz" bs=1 seek=2000 conv=notrunc 2>/dev/null
  set +e
  "$ng" extract "$work/damaged.jsonl.gz" "$work/in/good.txt" > "$work/damaged.jsonl" 2> "$work/damaged.err"
  status=$?
  set -e
  [ "$status" -eq 1 ] && grep -q "damaged.jsonl.gz:[0-9]*: bad gzip data (.*), rest of the file skipped" "$work/damaged.err" ||
    fail "damaged gzip file: status $status, $(cat "$work/damaged.err")"
  grep -q '"doc":"good"' "$work/damaged.jsonl" || fail "a damaged gzip file stopped the run"
  ;;
faults)
  # Hostile input and interruption: clear errors, right status, no partial output.
  head -c 200000000 /dev/zero | tr '\0' 'a' > "$work/huge.txt"
  { printf '{"id": "ok", "text": "Chile accused Peru of the raid."}\n'; head -c 30000000 /dev/zero | tr '\0' 'b'; printf '\n'; } > "$work/longline.jsonl"
  set +e
  "$ng" extract "$work/huge.txt" "$work/longline.jsonl" > "$work/out.jsonl" 2> "$work/err.txt"
  status=$?
  set -e
  cat "$work/err.txt"
  [ "$status" -eq 1 ] || fail "huge inputs: status $status"
  grep -q "huge.txt: document larger than" "$work/err.txt" || fail "no error for a 200 MB document"
  grep -q "longline.jsonl:2: line longer than" "$work/err.txt" || fail "no error for a 30 MB line"
  grep -q '"doc":"ok"' "$work/out.jsonl" || fail "the good line was lost"
  rm -f "$work/huge.txt" "$work/longline.jsonl"
  # A value nested a million deep (it overflowed a recursive JSON parser) and one left open.
  "$py" -c 'import sys; w = sys.stdout.write
w("{\"id\": \"deep\", \"meta\": " + "[" * 1000000 + "]" * 1000000 + ", \"text\": \"Chile accused Peru.\"}\n")
w("{\"id\": \"open\", \"meta\": " + "{\"a\": " * 1000000 + "\n")
w("{\"id\": \"after\", \"text\": \"Chile accused Peru.\"}\n")' > "$work/deep.jsonl"
  set +e
  "$ng" extract "$work/deep.jsonl" > "$work/out.jsonl" 2> "$work/err.txt"
  status=$?
  set -e
  [ "$status" -eq 1 ] || fail "deep JSON: status $status, expected 1"
  grep -q "deep.jsonl:2: invalid JSON" "$work/err.txt" || fail "no error for the open value: $(head -c 300 "$work/err.txt")"
  for doc in deep after; do grep -q "\"doc\":\"$doc\"" "$work/out.jsonl" || fail "document $doc was lost"; done
  set +e
  "$ng" build --from-relations "$work/deep.jsonl" -o "$work/deep.json" 2> "$work/err.txt"
  status=$?
  set -e
  # As relation lines: each reported and skipped, the run goes on.
  [ "$status" -eq 1 ] && grep -q "deep.jsonl:1: a relation needs subject, relation, object and the doc" "$work/err.txt" &&
    grep -q "deep.jsonl:2: not a JSON object, skipped" "$work/err.txt" && [ -s "$work/deep.json" ] ||
    fail "deep relation line: status $status, $(head -c 300 "$work/err.txt")"
  # A million tiny documents.
  "$py" -c 'import sys; w = sys.stdout.write
for i in range(1000000): w("{\"id\": \"d%d\", \"text\": \"Chile accused Peru.\"}\n" % i)' > "$work/tiny.jsonl"
  "$ng" build "$work/tiny.jsonl" -o "$work/tiny.json" 2> /dev/null || fail "a million tiny documents"
  "$py" -c 'import json, sys; g = json.load(open(sys.argv[1])); assert g["links"][0]["weight"] == 1000000, g["links"][0]["weight"]' "$work/tiny.json"
  rm -f "$work/tiny.jsonl"
  # A 10,000-character name and control characters stay out of the XML.
  "$py" -c 'import sys; sys.stdout.write("Norway accused " + "Qx" * 5000 + " Corp of the hack. Chile accused Pe\x01ru Corp of it.\n")' > "$work/names.txt"
  "$ng" build "$work/names.txt" -o "$work/names.graphml" -o "$work/names.json" -o "$work/names.gexf" 2> /dev/null
  "$py" -c 'import networkx as nx, sys; g = nx.read_graphml(sys.argv[1]); assert any(len(d["label"]) > 9000 for _, d in g.nodes(data=True))' "$work/names.graphml"
  ! grep -q $'\x01' "$work/names.graphml" || fail "control character in GraphML"
  # A graph file whose names hold terminal escapes: queries print them escaped.
  printf '%s' '{"nodes": [{"id": "A\u001b[2J"}, {"id": "B"}], "links": [{"source": "A\u001b[2J", "target": "B",' \
    '"relation": "accuses", "weight": 1, "evidence": []}]}' > "$work/escapes.json"
  "$ng" neighbors "$work/escapes.json" B > "$work/out.txt"
  "$ng" stats "$work/escapes.json" >> "$work/out.txt"
  "$ng" path "$work/escapes.json" B $'\e[2J' 2>> "$work/out.txt" || true
  ! grep -q $'\e' "$work/out.txt" && grep -q 'A\\x1b\[2J -accuses-> B' "$work/out.txt" ||
    fail "a terminal escape in a name reached the terminal: $(od -c "$work/out.txt" | head)"
  # ... and so do build's input problems (a file name), its summary and stats (a relation name).
  printf '%s' '{"nodes": [{"id": "A"}, {"id": "B"}], "links": [{"source": "A", "target": "B",' \
    '"relation": "acc\u001b[2Juses", "weight": 1, "evidence": []}]}' > "$work/grow.json"
  bad="$work/bad"$'\e'"[2J.jsonl"
  printf '%s\n' '{"id": "d", "text": 5}' > "$bad"
  "$ng" build "$bad" --into "$work/grow.json" 2> "$work/out.txt" || true
  "$ng" stats "$work/grow.json" >> "$work/out.txt"
  ! grep -q $'\e' "$work/out.txt" && grep -q 'bad\\x1b\[2J.jsonl:1' "$work/out.txt" && grep -q 'acc\\x1b\[2Juses 1' "$work/out.txt" ||
    fail "a terminal escape in build's messages reached the terminal: $(od -c "$work/out.txt" | head)"
  # A GraphML whose bytes break its declared encoding: newsgraph's one-line
  # error, nothing of libxml2's own on stderr.
  printf '<?xml version="1.0" encoding="ISO-2022-JP"?>\n<graphml><graph>\x1b$B\xff\xfe</graph></graphml>\n' > "$work/enc.graphml"
  set +e
  "$ng" stats "$work/enc.graphml" > /dev/null 2> "$work/err.txt"
  status=$?
  set -e
  [ "$status" -eq 2 ] || fail "broken encoding: status $status, expected 2"
  [ "$(wc -l < "$work/err.txt")" -eq 1 ] && grep -q "enc.graphml: invalid XML: input conversion failed" "$work/err.txt" ||
    fail "broken encoding: $(cat "$work/err.txt")"
  # SIGINT in the middle of a build: no output file, not even a temporary one.
  for _ in 1 2 3 4; do cat "$src/samples/articles"/*.txt; done > "$work/one.txt"
  "$py" -c 'import sys; w = sys.stdout.write
for i in range(300000): w("{\"id\": \"d%d\", \"text\": \"Chile accused Peru of the raid on Monday.\"}\n" % i)' > "$work/many.jsonl"
  # A progress line on a terminal (script gives the command one), none in a log or with --quiet.
  script -qec "'$ng' extract '$work/many.jsonl' --threads 2 > /dev/null" /dev/null > "$work/tty.txt"
  grep -aq $'\rnewsgraph: [0-9]* documents, [0-9]* relations, [0-9.]* MB/s' "$work/tty.txt" || fail "no progress line on a terminal"
  head -n 20000 "$work/many.jsonl" > "$work/some.jsonl"
  script -qec "'$ng' extract '$work/some.jsonl' --quiet > /dev/null" /dev/null > "$work/quiet.txt"
  [ ! -s "$work/quiet.txt" ] || fail "--quiet still printed: $(head -c 200 "$work/quiet.txt")"
  "$ng" extract "$work/some.jsonl" > /dev/null 2> "$work/log.txt"
  [ ! -s "$work/log.txt" ] || fail "progress written to a file: $(head -c 200 "$work/log.txt")"
  mkdir "$work/out"
  "$ng" build "$work/many.jsonl" --threads 1 -o "$work/out/g.json" 2> /dev/null &
  pid=$!
  sleep 0.5
  kill -INT "$pid"
  set +e
  wait "$pid"
  status=$?
  set -e
  [ "$status" -eq 130 ] || fail "SIGINT: status $status, expected 130"
  [ -z "$(ls -A "$work/out")" ] || fail "SIGINT left files: $(ls -A "$work/out")"
  ;;
clients)
  "$ng" build "$src/samples/articles" -o "$work/g.graphml" -o "$work/g.json" -o "$work/g.dot" -o "$work/g.gexf" \
    -o "$work/g.cyjs" -o "$work/g.csv" -o "$work/g.neo4j" 2>/dev/null
  "$py" - "$work" <<'PY'
import json, re, sys
import networkx as nx
import igraph
w = sys.argv[1]
g = nx.read_graphml(f"{w}/g.graphml")
assert g.number_of_nodes() > 5 and g.number_of_edges() > 5, (g.number_of_nodes(), g.number_of_edges())
for _, d in g.nodes(data=True):
    assert d["label"] and d["type"] and 0 <= d["r"] <= 255
for _, _, d in g.edges(data=True):
    assert d["weight"] > 0 and d["relation"]
j = nx.node_link_graph(json.load(open(f"{w}/g.json")))
assert sorted(g.nodes[n]["label"] for n in g) == sorted(j.nodes), "GraphML and JSON disagree on nodes"
assert j.number_of_edges() == g.number_of_edges()
ig = igraph.Graph.Read_GraphML(f"{w}/g.graphml")
assert ig.vcount() == g.number_of_nodes() and ig.ecount() == g.number_of_edges()
# GEXF 1.3: networkx's GEXF parser, registered for the 1.3 namespaces (it ships 1.2draft).
from networkx.readwrite.gexf import GEXF
v = dict(GEXF.versions["1.2draft"])
v.update(NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
GEXF.versions["1.3"] = v
x = nx.read_gexf(f"{w}/g.gexf", version="1.3")
assert (x.number_of_nodes(), x.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
assert all("viz" in d and d["type"] for _, d in x.nodes(data=True))
assert any("\n" in d["evidence"] for _, _, d in x.edges(data=True)), "evidence lines survive in GEXF attributes"
c = nx.cytoscape_graph(json.load(open(f"{w}/g.cyjs")))
assert (c.number_of_nodes(), c.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
import csv
nodes = list(csv.DictReader(open(f"{w}/g.nodes.csv", newline="")))
edges = list(csv.DictReader(open(f"{w}/g.edges.csv", newline="")))
assert len(nodes) == g.number_of_nodes() and len(edges) == g.number_of_edges()
assert set(nodes[0]) >= {"Id", "Label"} and set(edges[0]) >= {"Source", "Target", "Type", "Id", "Label", "Weight"}
# Neo4j bulk import: no Neo4j server is packaged for Debian 12, so the tables
# are checked against neo4j-admin's header rules instead: typed columns parse,
# ids are unique, every relationship end exists, types are UPPER_SNAKE.
def typed(header, row):
    out = {}
    for column, value in zip(header, row):
        name, _, kind = column.partition(":")
        if value == "":
            continue
        if kind.endswith("[]"):
            value = value.split(";")
            kind = kind[:-2]
        for v in value if isinstance(value, list) else [value]:
            if kind == "long": int(v)
            elif kind == "double": float(v)
            elif kind == "date": assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", v), v
        out[column] = value
    return out
rows = list(csv.reader(open(f"{w}/g.neo4j/nodes.csv", newline="")))
header = rows[0]
assert header[:2] == ["id:ID(Entity)", ":LABEL"], header
neo_nodes = [typed(header, r) for r in rows[1:]]
ids = {n["id:ID(Entity)"] for n in neo_nodes}
assert len(ids) == len(neo_nodes) == g.number_of_nodes()
assert all(n[":LABEL"].split(";")[0] == "Entity" and n[":LABEL"].split(";")[1] == n["type"] for n in neo_nodes)
rows = list(csv.reader(open(f"{w}/g.neo4j/relationships.csv", newline="")))
header = rows[0]
assert header[:3] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"], header
rels = [typed(header, r) for r in rows[1:]]
assert len(rels) == g.number_of_edges()
for r in rels:
    assert r[":START_ID(Entity)"] in ids and r[":END_ID(Entity)"] in ids
    assert re.fullmatch(r"[A-Z][A-Z0-9_]*", r[":TYPE"]) and r[":TYPE"] == r["relation"].upper().replace("-", "_")
    assert len(r["evidence:string[]"]) == len(r["evidence_documents:string[]"])
assert {r[":TYPE"] for r in rels} >= {"ACCUSES", "DENIES", "ATTACKED", "SPOKESPERSON_OF"}
print("networkx and igraph loaded", g.number_of_nodes(), "nodes", g.number_of_edges(), "edges in every format")
PY
  sh -n "$work/g.neo4j/import.sh" && [ -x "$work/g.neo4j/import.sh" ] || fail "import.sh is no runnable script"
  grep -q "neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv" "$work/g.neo4j/import.sh" \
    || fail "import.sh does not run neo4j-admin"
  dot -Tsvg "$work/g.dot" -o "$work/g.svg" || fail "dot could not render"
  grep -q "<svg" "$work/g.svg" || fail "no SVG"
  schemas="$src/../shared/schemas"
  if [ -x "$schemas/validate" ]; then
    "$schemas/validate" graphml "$work/g.graphml" || fail "GraphML does not validate"
    "$schemas/validate" gexf "$work/g.gexf" || fail "GEXF does not validate"
  else
    echo "SKIP schema validation: $schemas not present (it is not part of the project)"
  fi
  ;;
queries)
  "$ng" build "$src/samples/articles" -o "$work/g.json" 2>/dev/null
  "$ng" path "$work/g.json" "Anatoly Brenner" "Norway" --json > "$work/path.json"
  "$py" -c 'import json,sys; p=json.load(open(sys.argv[1]))["paths"]; assert p and p[0]["nodes"][0]=="Anatoly Brenner", p' "$work/path.json"
  "$ng" neighbors "$work/g.json" kremlin --json | "$py" -c 'import json,sys; d=json.load(sys.stdin); assert d["center"]=="Kremlin" and "Anatoly Brenner" in d["nodes"], d'
  "$ng" build "$src/samples/articles" -o "$work/g.graphml" 2>/dev/null
  "$ng" path "$work/g.graphml" "Anatoly Brenner" "Norway" --json | "$py" -c 'import json,sys; assert json.load(sys.stdin)["paths"]'
  "$ng" stats "$work/g.json" --json | "$py" -c 'import json,sys; d=json.load(sys.stdin); assert d["nodes"]>0 and abs(sum(x["value"] for x in d["pagerank"][:1000])-1)<1e-6 or len(d["pagerank"])==10, d'
  # stats and paths agree with networkx on the same graph
  "$ng" stats "$work/g.json" --json --top 1000 > "$work/stats.json"
  "$ng" path "$work/g.json" "Anatoly Brenner" Norway --all --max-hops 4 --json > "$work/all.json"
  "$ng" path "$work/g.json" "Anatoly Brenner" Kremlin --most-confident --undirected --json > "$work/best.json"
  # A ring of accusations, so that there are several ways round it.
  printf '%s\n' "Norway accused Russia of hacking its parliament." "Estonia accused Russia of attacking its banks." \
    "Finland accused Estonia of shelling the border." "Norway accused Finland of the cyber-attack." \
    "Sweden accused Norway of the breach." "Sweden accused Finland of the raid." "Latvia accused Sweden of the raid." \
    "Latvia accused Russia of hacking its railways." > "$work/ring.txt"
  "$ng" build "$work/ring.txt" -o "$work/ring.json" 2>/dev/null
  "$ng" path "$work/ring.json" Norway Russia --k 4 --undirected --json > "$work/yen.json"
  # Query results written as graphs of their own.
  "$ng" neighbors "$work/g.json" Kremlin --depth 2 -o "$work/ego.json" -o "$work/ego.graphml" > /dev/null
  # The same query on the GraphML of the same build writes the same GraphML: its figures survive the reading.
  "$ng" neighbors "$work/g.graphml" Kremlin --depth 2 -o "$work/ego-of-graphml.graphml" > /dev/null
  cmp "$work/ego.graphml" "$work/ego-of-graphml.graphml" || fail "neighbors -o differs between a graph's JSON and its GraphML"
  "$ng" path "$work/ring.json" Norway Russia --k 3 --undirected -o "$work/paths.svg" -o "$work/paths.json" > /dev/null
  grep -q "<svg" "$work/paths.svg" || fail "path -o .svg wrote no SVG"
  "$py" - "$work" <<'PY'
import json, sys
import networkx as nx
w = sys.argv[1]
g = nx.node_link_graph(json.load(open(f"{w}/g.json")))
simple = nx.DiGraph()
simple.add_nodes_from(g.nodes())
for u, v, data in g.edges(data=True):  # parallel edges count once, their weights add up
    if simple.has_edge(u, v):
        simple[u][v]["weight"] += data["weight"]
    else:
        simple.add_edge(u, v, weight=data["weight"])
stats = json.load(open(f"{w}/stats.json"))
pagerank = nx.pagerank(simple, weight="weight", tol=1e-12, max_iter=1000)
betweenness = nx.betweenness_centrality(simple, normalized=True)
for row in stats["pagerank"]:
    assert abs(row["value"] - pagerank[row["name"]]) < 1e-6, (row, pagerank[row["name"]])
for row in stats["betweenness"]:
    assert abs(row["value"] - betweenness[row["name"]]) < 1e-9, (row, betweenness[row["name"]])
assert stats["nodes"] == g.number_of_nodes() and stats["edges"] == g.number_of_edges()
ours = sorted(tuple(p["nodes"]) for p in json.load(open(f"{w}/all.json"))["paths"])
theirs = sorted(set(tuple(p) for p in nx.all_simple_paths(g, "Anatoly Brenner", "Norway", cutoff=4)))
assert sorted(set(ours)) == theirs, (ours, theirs)
# The most confident path costs what networkx's Dijkstra on -log(confidence) finds.
import math
best = nx.Graph()
for u, v, data in g.edges(data=True):
    cost = -math.log(max(data["max_confidence"], 1e-9))
    if not best.has_edge(u, v) or cost < best[u][v]["cost"]:
        best.add_edge(u, v, cost=cost)
path = json.load(open(f"{w}/best.json"))["paths"][0]
ours = sum(min(-math.log(max(d["max_confidence"], 1e-9)) for d in g.get_edge_data(e["source"], e["target"]).values()
               if d["relation"] == e["relation"]) for e in path["edges"])
theirs = nx.dijkstra_path_length(best, "Anatoly Brenner", "Kremlin", weight="cost")
assert abs(ours - theirs) < 1e-9, (ours, theirs)
# Yen's k shortest simple paths: networkx's shortest_simple_paths on the same
# undirected simple graph gives the same lengths, and the same paths of every
# length but the last (where the cut at k falls among equal lengths).
ring = nx.node_link_graph(json.load(open(f"{w}/ring.json")))
ours = [tuple(p["nodes"]) for p in json.load(open(f"{w}/yen.json"))["paths"]]
assert len(ours) == len(set(ours)) == 4, ours
theirs = []
for p in nx.shortest_simple_paths(nx.Graph(ring), "Norway", "Russia"):
    if len(theirs) == len(ours): break
    theirs.append(tuple(p))
assert [len(p) for p in ours] == [len(p) for p in theirs], (ours, theirs)
for length in set(len(p) for p in ours) - {len(ours[-1])}:
    assert {p for p in ours if len(p) == length} == {p for p in theirs if len(p) == length}, length
# neighbors -o: networkx's ego graph of the same radius, edges in either direction.
ego = nx.ego_graph(g, "Kremlin", radius=2, undirected=True)
ours = nx.node_link_graph(json.load(open(f"{w}/ego.json")))
assert sorted(ours.nodes()) == sorted(ego.nodes()), (sorted(ours.nodes()), sorted(ego.nodes()))
assert ours.number_of_edges() == ego.number_of_edges()
assert nx.read_graphml(f"{w}/ego.graphml").number_of_nodes() == ego.number_of_nodes()
union = nx.node_link_graph(json.load(open(f"{w}/paths.json")))
assert set(union.nodes()) == {n for p in theirs[:3] for n in p}, sorted(union.nodes())
print("stats, paths and neighbourhoods agree with networkx")
PY
  set +e
  "$ng" path "$work/g.json" Nowhere Norway 2> "$work/err.txt"
  status=$?
  set -e
  [ "$status" -eq 2 ] && grep -q "no entity named 'Nowhere'" "$work/err.txt" || fail "unknown entity not reported"
  ;;
eval)
  # `newsgraph eval` prints the figures of ../shared/eval/score.py for the same input.
  "$ng" eval --gold "$src/samples/expected/gold.jsonl" "$src/samples/articles" > "$work/ours.txt"
  cat "$work/ours.txt"
  grep -q "^all " "$work/ours.txt" || fail "no summary row"
  scorer="$src/../shared/eval/score.py"
  if [ -f "$scorer" ]; then
    "$ng" extract "$src/samples/articles" > "$work/pred.jsonl"
    "$py" "$scorer" --gold "$src/samples/expected/gold.jsonl" --pred "$work/pred.jsonl" > "$work/theirs.txt"
    diff -u "$work/theirs.txt" "$work/ours.txt" || fail "eval differs from score.py on the samples"
    for set in seeds corpus40; do
      input="$src/../shared/dev/$set"; [ -d "$input" ] || input="$input.jsonl"
      "$ng" extract "$input" > "$work/pred.jsonl"
      "$py" "$scorer" --gold "$src/../shared/dev/$set.gold.jsonl" --pred "$work/pred.jsonl" --show-errors > "$work/theirs.txt"
      "$ng" eval --gold "$src/../shared/dev/$set.gold.jsonl" "$input" --show-errors > "$work/ours.txt"
      diff -u "$work/theirs.txt" "$work/ours.txt" || fail "eval differs from score.py on $set"
    done
  else
    echo "SKIP comparison with score.py: $scorer not present (it is not part of the project)"
  fi
  ;;
scaleout)
  # Extraction is a map and building a merge: shards give the graph of one build.
  a="$src/samples/articles"
  "$ng" build "$a" -o "$work/full.json" -o "$work/full.graphml" 2>/dev/null
  mkdir "$work/first" "$work/second"
  files=("$a"/*.txt)
  half=$(( ${#files[@]} / 2 ))
  cp "${files[@]:0:$half}" "$work/first/"
  cp "${files[@]:$half}" "$work/second/"
  "$ng" extract "$work/first" > "$work/shard1.jsonl"
  "$ng" extract "$work/second" > "$work/shard2.jsonl"
  "$ng" build --from-relations "$work/shard2.jsonl" "$work/shard1.jsonl" -o "$work/relations.json" \
    -o "$work/relations.graphml" 2>/dev/null
  cmp "$work/full.json" "$work/relations.json" || fail "build --from-relations differs from one build"
  cmp "$work/full.graphml" "$work/relations.graphml" || fail "build --from-relations differs from one build (GraphML)"
  # The lines of a document out of order and split over files, as `split -l` leaves them.
  cat "$work/shard1.jsonl" "$work/shard2.jsonl" | tac > "$work/reversed.jsonl"
  split -l 3 "$work/reversed.jsonl" "$work/piece-"
  "$ng" build --from-relations "$work"/piece-* -o "$work/pieces.json" 2>/dev/null
  cmp "$work/full.json" "$work/pieces.json" || fail "build --from-relations of reordered, split lines differs from one build"
  # A missing shard and a broken line are reported; the rest is the graph.
  { cat "$work/shard1.jsonl"; echo '{"subject": "cut off'; } > "$work/broken.jsonl"
  set +e
  "$ng" build --from-relations "$work/broken.jsonl" "$work/nowhere.jsonl" "$work/shard2.jsonl" -o "$work/gap.json" \
    2> "$work/gap.err"
  status=$?
  set -e
  [ "$status" -eq 1 ] && grep -q "nowhere.jsonl: cannot open file, skipped" "$work/gap.err" &&
    grep -q "broken.jsonl:$(( $(wc -l < "$work/shard1.jsonl") + 1 )): not a JSON object, skipped" "$work/gap.err" ||
    fail "bad relation input: status $status, $(cat "$work/gap.err")"
  cmp "$work/full.json" "$work/gap.json" || fail "a missing shard or a broken line lost the rest"
  cat "$work/shard1.jsonl" "$work/shard2.jsonl" "$work/shard1.jsonl" > "$work/twice.jsonl"
  "$ng" build --from-relations "$work/twice.jsonl" -o "$work/twice.json" 2>/dev/null
  cmp "$work/full.json" "$work/twice.json" || fail "build --from-relations counted lines given twice twice"
  "$ng" build "$a" "$a" -o "$work/twice-read.json" 2>/dev/null
  cmp "$work/full.json" "$work/twice-read.json" || fail "build counted documents read twice twice"
  "$ng" build --from-relations "$work/shard1.jsonl" --into "$work/grown-lines.json" 2>/dev/null
  "$ng" build --from-relations "$work/shard1.jsonl" "$work/shard2.jsonl" --into "$work/grown-lines.json" 2> "$work/into.err"
  grep -q "already in" "$work/into.err" || fail "build --from-relations --into did not report documents it already held"
  cmp "$work/full.json" "$work/grown-lines.json" || fail "build --from-relations --into differs from one build"
  "$ng" build "$work/first" -o "$work/first.json" 2>/dev/null
  "$ng" build "$work/second" -o "$work/second.json" 2>/dev/null
  # build --into: a graph grows by new documents; documents it holds are not counted twice.
  "$ng" build "$work/first" --into "$work/grown.json" 2>/dev/null
  "$ng" build "$work/second" "$work/first" --into "$work/grown.json" 2> "$work/into.err"
  grep -q "already in" "$work/into.err" || fail "build --into did not report documents it already held"
  cmp "$work/full.json" "$work/grown.json" || fail "build --into differs from one build"
  # On a Dask cluster of two local workers: shards, extract on the workers, one build.
  printf '%s\n' '{"text": "Chile accused Peru of hacking its ministry."}' '{"id": "p2", "text": "Peru denied it."}' \
    '{"text": "Bolivia accused Chile of the raid.", "date": "2021-03-04"}' | gzip -c > "$work/noids.jsonl.gz"
  "$ng" build "$a" "$work/noids.jsonl.gz" -o "$work/single.json" -o "$work/single.graphml" --quiet
  "$py" "$src/scripts/dask_build.py" --local 2 --newsgraph "$ng" --shard-mb 0.0001 --work "$work/dask" \
    -o "$work/dask.json" -o "$work/dask.graphml" "$a" "$work/noids.jsonl.gz" 2>/dev/null
  [ "$(ls "$work/dask"/relations-*.jsonl | wc -l)" -gt 2 ] || fail "the Dask recipe made no shards"
  grep -q '"id": "noids-3"' "$work/dask"/shard-*.jsonl || fail "the Dask recipe did not cut the .jsonl.gz into shards"
  cmp "$work/single.json" "$work/dask.json" || fail "the Dask build differs from one build"
  cmp "$work/single.graphml" "$work/dask.graphml" || fail "the Dask build differs from one build (GraphML)"
  "$ng" merge "$work/second.json" "$work/first.json" -o "$work/merged.json" -o "$work/merged.graphml"
  cmp "$work/full.json" "$work/merged.json" || fail "merge differs from one build"
  cmp "$work/full.graphml" "$work/merged.graphml" || fail "merge differs from one build (GraphML)"
  # Graphs that share documents: their counts cannot be told apart, so merge refuses and writes nothing.
  set +e
  "$ng" merge "$work/first.json" "$work/full.json" -o "$work/overlap.json" 2> "$work/overlap.err"
  status=$?
  set -e
  [ "$status" -eq 2 ] || fail "merge of graphs sharing documents: status $status, expected 2"
  grep -q "full.json: $half of its documents (\"" "$work/overlap.err" || fail "no error naming the shared documents: $(cat "$work/overlap.err")"
  [ ! -e "$work/overlap.json" ] || fail "merge of graphs sharing documents wrote a graph"
  "$ng" merge "$work/full.graphml" -o "$work/from-graphml.json" 2> "$work/graphml.err" && fail "merge took a GraphML graph"
  grep -q "full.graphml: merge takes the .json graphs" "$work/graphml.err" || fail "no error for a GraphML graph to merge"
  ;;
view)
  # The HTML view in headless Chromium: drawn, edges clickable, searchable,
  # and evidence that looks like markup stays text. The screenshot is kept
  # (NEWSGRAPH_ARTIFACTS, default: the test's folder) for the README.
  printf '%s\n' 'Norway accused Russia of hacking "</script><script>alert(1)</script>" & <b>servers</b>.' > "$work/hostile.txt"
  "$ng" build "$src/samples/articles" "$work/hostile.txt" -o "$work/view.html" 2>/dev/null
  grep -qi "</script><script>alert" "$work/view.html" && fail "evidence closes the script element"
  node "$src/web/test_view.mjs" "$work/view.html" "${NEWSGRAPH_ARTIFACTS:-$PWD}/html-view.png" \
    '</script><script>alert(1)</script>'
  # The 300 most connected entities of the real-news corpus, where it is (it is not part of the project).
  corpus="$src/../shared/corpus/news.jsonl"
  if [ -f "$corpus" ]; then
    "$ng" build "$corpus" --quiet -o "$work/corpus.html"
    node "$src/web/test_view.mjs" "$work/corpus.html" "$work/corpus.png"
  else
    echo "SKIP the corpus view: $corpus not present"
  fi
  ;;
install)
  # cmake --install gives a tree that works wherever it is moved: the command
  # reads the lexicon and the view's scripts from beside itself, not from the
  # source tree it was built in.
  cmake --install "$build" --prefix "$work/prefix" > /dev/null
  mv "$work/prefix" "$work/moved"
  installed=$work/moved/bin/newsgraph data=$work/moved/share/newsgraph
  version=$(sed -n 's/^project(newsgraph VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
  [ "$("$installed" --version)" = "newsgraph $version" ] || fail "--version: $("$installed" --version)"
  "$installed" build --help > "$work/help.txt"
  grep -q -- "--lexicon TEXT=$data/lexicon\$" "$work/help.txt" || fail "the installed command's lexicon: $(grep -A1 -- --lexicon "$work/help.txt")"
  grep -q -- "--web TEXT=$data/web\$" "$work/help.txt" || fail "the installed command's web folder: $(grep -- --web "$work/help.txt")"
  (cd "$work" && "$installed" build "$src/samples/articles" --quiet -o installed.json -o installed.html)
  "$ng" build "$src/samples/articles" --quiet -o "$work/in-place.json"
  cmp "$work/in-place.json" "$work/installed.json" || fail "the installed command builds another graph"
  for library in graphology sigma; do
    cmp "$src/web/node_modules/$library/LICENSE.txt" "$data/web/node_modules/$library/LICENSE.txt" ||
      fail "$library's licence is not installed"
  done
  rm "$data/lexicon/relations.tsv"
  "$installed" extract "$src/samples/articles" > /dev/null 2> "$work/missing.err" && fail "ran without its lexicon"
  grep -q "$data/lexicon/relations.tsv" "$work/missing.err" || fail "no error naming the installed lexicon: $(cat "$work/missing.err")"
  ;;
*) fail "unknown check $check" ;;
esac
echo "PASS: $check"
