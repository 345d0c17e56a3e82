#!/usr/bin/env python3
"""Prints a synthetic, valid P program of about N lines (default 20,000) for front-end benchmarks.

Many machines, each with fields, helper functions, several states and handlers exercising expressions,
collections, sends, gotos and format strings, plus a spec and a test declaration binding them all.
    scripts/synthetic-p.py 20000 > /tmp/synthetic.p
"""
import sys

def machine(i: int) -> str:
    return f"""
event eReq{i} : (from: Node{i}, key: int, vals: seq[int]);
event eAck{i} : (key: int, ok: bool);
machine Node{i} {{
  var store: map[int, seq[int]];
  var seen: set[int];
  var peer: Node{i};
  var count: int;
  var label: string;

  fun Sum(xs: seq[int]): int {{
    var total: int;
    var x: int;
    foreach (x in xs) {{
      total = total + x;
    }}
    return total;
  }}

  fun Remember(key: int, vals: seq[int]): bool {{
    if (key in store) {{
      store[key] = vals;
      return false;
    }}
    store[key] = vals;
    seen += (key);
    return true;
  }}

  start state Init {{
    entry (p: Node{i}) {{
      peer = p;
      label = format("node {{0}} of {{1}}", {i}, count);
      goto Serving;
    }}
  }}

  state Serving {{
    entry {{
      count = count + 1;
    }}
    on eReq{i} do (req: (from: Node{i}, key: int, vals: seq[int])) {{
      var fresh: bool;
      fresh = Remember(req.key, req.vals);
      assert Sum(req.vals) >= 0 || !fresh, format("bad sum for {{0}}", req.key);
      send req.from, eAck{i}, (key = req.key, ok = fresh);
    }}
    on eAck{i} goto Draining with (ack: (key: int, ok: bool)) {{
      if (ack.ok && sizeof(seen) > 0) {{
        count = count * 2 + ack.key % 7;
      }} else {{
        count = count - 1;
      }}
    }}
    ignore halt;
  }}

  state Draining {{
    defer eReq{i};
    on eAck{i} do (ack: (key: int, ok: bool)) {{
      while (count > 0) {{
        count = count - 1;
        if (count == ack.key) {{
          break;
        }}
      }}
      goto Serving;
    }}
  }}
}}
"""

def main() -> None:
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    parts, lines, i = [], 0, 0
    while lines < target:
        text = machine(i)
        parts.append(text)
        lines += text.count("\n")
        i += 1
    bindings = ", ".join(f"Node{k}" for k in range(i))
    parts.append(f"""
machine Main {{
  start state Init {{
    entry {{
      new Node0(default(Node0));
    }}
  }}
}}
test tcSynthetic [main=Main]: {{ Main, {bindings} }};
""")
    sys.stdout.write("".join(parts))

main()
