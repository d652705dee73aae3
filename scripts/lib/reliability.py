"""The HTTP side of scripts/reliability (the bash script starts, kills and restarts the servers).

Subcommands (every one prints a JSON summary as its last stdout line and exits non-zero on a failed check):
  race    --ports P[,P2] --token T --kind customers|orders [--racers 64] [--rounds 3]
          the same idempotency key sent by all racers at once (alternating between the ports): one effect, identical
          bodies
  version --ports P[,P2] --token T --kind customers|orders [--racers 32] [--rounds 3]
          updates that all name the same version: exactly one 200, every other one 409
  load    --port P --token T --kinds customers[,orders] --clients 20 --out FILE
          creates until the server goes away; every acknowledged (200) id and body goes to FILE (one JSON a line)
  verify  --port P --token T --acks FILE
          every acknowledged id is there and answers the acknowledged body
  fuzz    --port P --token T [--count 1000] [--seed 9]
          generated bad requests over raw sockets: no 5xx, the error envelope, nothing internal leaked
Progress goes to stderr."""
import argparse
import http.client
import json
import os
import random
import re
import socket
import sys
import threading
import time
import uuid

ORDER_BODY = {
    "order": {
        "location_id": "057P5VYJ4A5X1",
        "reference_id": "my-order-001",
        "line_items": [
            {"name": "Best API Doc platform", "quantity": "1", "base_price_money": {"amount": 1599, "currency": "USD"}},
            {"quantity": "2", "catalog_object_id": "BEMYCSMIJL46OCDV4KYIKXIB",
             "modifiers": [{"catalog_object_id": "CHQX7Y4KY6N5KINJKZCFURPZ"}],
             "applied_discounts": [{"discount_uid": "one-dollar-off"}]},
        ],
        "taxes": [{"uid": "state-sales-tax", "name": "State Sales Tax", "percentage": "9", "scope": "ORDER"}],
        "discounts": [
            {"uid": "labor-day-sale", "name": "Labor Day Sale", "percentage": "5", "scope": "ORDER"},
            {"uid": "membership-discount", "catalog_object_id": "DB7L55ZH2BGWI4H23ULIWOQ7", "scope": "ORDER"},
            {"uid": "one-dollar-off", "name": "Sale - $1.00 off", "amount_money": {"amount": 100, "currency": "USD"},
             "scope": "LINE_ITEM"},
        ],
    }
}


def log(msg):
    print(msg, file=sys.stderr, flush=True)


class Client:
    """One keep-alive connection; reconnects after an error."""

    def __init__(self, port, token, timeout=30):
        self.port, self.token, self.timeout = port, token, timeout
        self.conn = None

    def call(self, method, path, body=None, headers=None):
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        h = {"Authorization": "Bearer " + self.token, "Accept": "application/json"}
        data = None
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            h["Content-Type"] = "application/json"
        h.update(headers or {})
        try:
            self.conn.request(method, path, body=data, headers=h)
            resp = self.conn.getresponse()
            raw = resp.read()
            return resp.status, raw
        except Exception:
            self.close()
            raise

    def close(self):
        if self.conn is not None:
            try:
                self.conn.close()
            except Exception:
                pass
        self.conn = None


def create_body(kind, key, tag):
    if kind == "customers":
        return {"idempotency_key": key, "given_name": "Race", "family_name": tag,
                "email_address": "race.%s@example.com" % tag.lower(), "reference_id": tag}
    body = json.loads(json.dumps(ORDER_BODY))
    body["idempotency_key"] = key
    body["order"]["source"] = {"name": tag}
    body["order"]["reference_id"] = tag
    return body


def count_created(client, kind, tag):
    if kind == "customers":
        status, raw = client.call("GET", "/v2/customers?reference_id=%s&count=true" % tag)
        if status != 200:
            raise SystemExit("count: HTTP %d %s" % (status, raw[:200]))
        return len(json.loads(raw).get("customers", []))
    status, raw = client.call("POST", "/v2/orders/search", {
        "location_ids": ["057P5VYJ4A5X1"], "query": {"filter": {"source_filter": {"source_names": [tag]}}}})
    if status != 200:
        raise SystemExit("count: HTTP %d %s" % (status, raw[:200]))
    return len(json.loads(raw).get("orders", []))


def run_together(n, job):
    """Runs job(i) on n threads released at once by a barrier; returns the results in order."""
    barrier = threading.Barrier(n)
    results = [None] * n

    def worker(i):
        try:
            barrier.wait(timeout=60)
            results[i] = job(i)
        except Exception as ex:  # a failed request is a result too
            results[i] = ("error", repr(ex))

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def cmd_race(a):
    ports = [int(p) for p in a.ports.split(",")]
    failures, summary = [], []
    for rnd in range(1, a.rounds + 1):
        tag = "race%s" % uuid.uuid4().hex[:12]
        key = "race-key-" + uuid.uuid4().hex
        body = create_body(a.kind, key, tag)
        clients = [Client(ports[i % len(ports)], a.token) for i in range(a.racers)]
        # connect first, so that the barrier releases requests, not TCP handshakes
        for c in clients:
            c.conn = http.client.HTTPConnection("127.0.0.1", c.port, timeout=60)
            c.conn.connect()
        started = time.monotonic()
        results = run_together(a.racers, lambda i: clients[i].call("POST", "/v2/" + a.kind, body))
        elapsed = time.monotonic() - started
        for c in clients:
            c.close()
        statuses = sorted(set(r[0] for r in results))
        bodies = set(r[1] for r in results if r[0] == 200)
        created = count_created(Client(ports[0], a.token), a.kind, tag)
        ok = statuses == [200] and len(bodies) == 1 and created == 1
        line = ("round %d: %d racers on port(s) %s: statuses %s, %d distinct bodies, %d %s created, %.2f s — %s"
                % (rnd, a.racers, a.ports, statuses, len(bodies), created, a.kind, elapsed, "ok" if ok else "FAIL"))
        log("  " + line)
        summary.append({"round": rnd, "statuses": statuses, "distinct_bodies": len(bodies), "created": created,
                        "seconds": round(elapsed, 2)})
        if not ok:
            failures.append(line)
            for r in results:
                if r[0] != 200:
                    log("    e.g. %s %s" % (r[0], r[1][:300] if isinstance(r[1], (bytes, str)) else r[1]))
                    break
    print(json.dumps({"check": "race", "kind": a.kind, "ports": a.ports, "rounds": summary, "ok": not failures}))
    return 1 if failures else 0


def cmd_version(a):
    ports = [int(p) for p in a.ports.split(",")]
    failures, summary = [], []
    admin = Client(ports[0], a.token)
    for rnd in range(1, a.rounds + 1):
        tag = "ver%s" % uuid.uuid4().hex[:12]
        status, raw = admin.call("POST", "/v2/" + a.kind, create_body(a.kind, "ver-" + uuid.uuid4().hex, tag))
        if status != 200:
            raise SystemExit("create: HTTP %d %s" % (status, raw[:300]))
        obj = json.loads(raw)["customer" if a.kind == "customers" else "order"]
        oid, version = obj["id"], obj["version"]
        clients = [Client(ports[i % len(ports)], a.token) for i in range(a.racers)]
        for c in clients:
            c.conn = http.client.HTTPConnection("127.0.0.1", c.port, timeout=60)
            c.conn.connect()

        def update(i):
            if a.kind == "customers":
                return clients[i].call("PUT", "/v2/customers/" + oid, {"version": version, "note": "writer %d" % i})
            return clients[i].call("PUT", "/v2/orders/" + oid,
                                   {"order": {"version": version, "reference_id": "writer-%d" % i}})

        results = run_together(a.racers, update)
        for c in clients:
            c.close()
        statuses = [r[0] for r in results]
        wins = statuses.count(200)
        conflicts = sum(1 for r in results if r[0] == 409)
        codes = sorted(set(json.loads(r[1])["errors"][0]["code"] for r in results
                           if r[0] == 409 and r[1][:1] == b"{"))
        status, raw = admin.call("GET", "/v2/%s/%s" % (a.kind, oid))
        final = json.loads(raw)["customer" if a.kind == "customers" else "order"]
        ok = wins == 1 and wins + conflicts == a.racers and final["version"] == version + 1
        line = ("round %d: %d updates at version %d: %d × 200, %d × 409 %s, final version %d — %s"
                % (rnd, a.racers, version, wins, conflicts, codes, final["version"], "ok" if ok else "FAIL"))
        log("  " + line)
        summary.append({"round": rnd, "wins": wins, "conflicts": conflicts, "codes": codes,
                        "final_version": final["version"]})
        if not ok:
            failures.append(line)
            log("    statuses: %s" % sorted(set(statuses)))
    print(json.dumps({"check": "version", "kind": a.kind, "ports": a.ports, "rounds": summary, "ok": not failures}))
    return 1 if failures else 0


def cmd_load(a):
    """Creates until the server disappears; writes every acknowledged object."""
    kinds = a.kinds.split(",")
    out = open(a.out, "w")
    lock = threading.Lock()
    stop = threading.Event()
    acked = {k: 0 for k in kinds}
    errors = {"connection": 0, "http": 0}

    def worker(i):
        client = Client(a.port, a.token, timeout=10)
        n = 0
        while not stop.is_set():
            kind = kinds[n % len(kinds)]
            n += 1
            tag = "crash%d_%d_%s" % (i, n, uuid.uuid4().hex[:6])
            try:
                status, raw = client.call("POST", "/v2/" + kind, create_body(kind, "crash-" + uuid.uuid4().hex, tag))
            except Exception:
                with lock:
                    errors["connection"] += 1
                time.sleep(0.05)
                continue
            if status == 200:
                obj = json.loads(raw)["customer" if kind == "customers" else "order"]
                with lock:
                    out.write(json.dumps({"kind": kind, "id": obj["id"], "body": obj}) + "\n")
                    out.flush()
                    acked[kind] += 1
            else:
                with lock:
                    errors["http"] += 1

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(a.clients)]
    for t in threads:
        t.start()
    last = time.monotonic()
    try:
        while any(t.is_alive() for t in threads):
            time.sleep(0.2)
            if time.monotonic() - last > 2:
                log("    acknowledged so far: %s; failed: %s" % (acked, errors))
                last = time.monotonic()
            if a.stop_file and os.path.exists(a.stop_file):
                stop.set()
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=15)
    out.close()
    print(json.dumps({"check": "load", "acknowledged": acked, "errors": errors}))
    return 0


def cmd_verify(a):
    client = Client(a.port, a.token)
    acks = [json.loads(line) for line in open(a.acks) if line.strip()]
    missing, changed = [], []
    for i, ack in enumerate(acks):
        status, raw = client.call("GET", "/v2/%s/%s" % (ack["kind"], ack["id"]))
        if status != 200:
            missing.append((ack["kind"], ack["id"], status))
            continue
        got = json.loads(raw)["customer" if ack["kind"] == "customers" else "order"]
        if got != ack["body"]:
            changed.append((ack["kind"], ack["id"]))
        if (i + 1) % 2000 == 0:
            log("    verified %d / %d" % (i + 1, len(acks)))
    ok = not missing and not changed and len(acks) > 0
    print(json.dumps({"check": "verify", "acknowledged": len(acks), "missing": len(missing),
                      "changed": len(changed), "examples": (missing + changed)[:5], "ok": ok}))
    return 0 if ok else 1


# ------------------------------------------------------------------------------------------------ fuzz

# "SQL" as a word only: two order searches (200, hundreds of generated ids listed) once failed on "SQL" and on no
# other pattern; about 1 in 10,000 random ids of 27 letters and digits holds those three letters.
LEAKS = [re.compile(p) for p in (r"Exception", r"\borg\.", r"\bjava\.", r"\bSQL\b", r"\bat [\w$.]+\(", r"\.java:\d+",
                                  r"Caused by", r"(?i)hibernate", r"(?i)springframework", r"(?i)jdbc")]


def raw_request(port, method, path, headers, body, timeout=20):
    """One request on its own connection; returns (status, headers dict, body bytes) or raises."""
    head = "%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" % (method, path)
    data = head.encode("latin-1", "replace") if isinstance(path, str) else head
    for k, v in headers:
        data += k.encode("latin-1", "replace") + b": " + (v if isinstance(v, bytes) else v.encode("utf-8")) + b"\r\n"
    if body is not None:
        data += b"Content-Length: %d\r\n" % len(body)
    data += b"\r\n" + (body or b"")
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        try:
            s.sendall(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server may answer before reading everything (413)
        chunks = []
        while True:
            try:
                b = s.recv(65536)
            except ConnectionResetError:
                break
            if not b:
                break
            chunks.append(b)
    resp = b"".join(chunks)
    if not resp:
        return None, {}, b""
    head, _, rest = resp.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split()[1])
    hdrs = {}
    for line in lines[1:]:
        k, _, v = line.partition(b":")
        hdrs[k.strip().lower().decode("latin-1")] = v.strip().decode("latin-1")
    if hdrs.get("transfer-encoding", "").lower() == "chunked":
        body_out, buf = b"", rest
        while buf:
            size_line, _, buf = buf.partition(b"\r\n")
            size = int(size_line.split(b";")[0] or b"0", 16)
            if size == 0:
                break
            body_out += buf[:size]
            buf = buf[size + 2:]
        rest = body_out
    return status, hdrs, rest


def gen_requests(rng, count, token, kinds, ids):
    """Seeded bad requests: (label, method, path, headers, body bytes or None)."""
    auth = ("Authorization", "Bearer " + token)
    js = ("Content-Type", "application/json")
    customer = {"given_name": "Fuzz", "family_name": "Case", "email_address": "fuzz@example.com",
                "phone_number": "+1-212-555-0100", "note": "n", "address": {"address_line_1": "1 Main",
                                                                             "country": "US"}}
    bodies = {"/v2/customers": customer, "/v2/customers/search": {"limit": 10, "query": {"filter": {}}},
              "/v2/catalog/object": {"idempotency_key": "k", "object": {"type": "ITEM", "id": "#x",
                                                                        "item_data": {"name": "x"}}}}
    if "orders" in kinds:
        bodies["/v2/orders"] = ORDER_BODY
        bodies["/v2/orders/calculate"] = {"order": ORDER_BODY["order"]}
        bodies["/v2/orders/search"] = {"location_ids": ["057P5VYJ4A5X1"], "limit": 5}
        bodies["/v2/orders/batch-retrieve"] = {"order_ids": [ids.get("order", "x")]}
    put_paths = {"/v2/customers/" + ids["customer"]: {"version": 0, "note": "x"}}
    if "order" in ids:
        put_paths["/v2/orders/" + ids["order"]] = {"order": {"version": 1, "reference_id": "x"}}
    wrong_values = [[], {}, "text", 12, -1, 1.5, True, None, [1, 2], {"a": 1}, "", " ", "\u0000", "\ud7ff\ue000",
                    "9" * 40, -9223372036854775809, 18446744073709551616, 1e308]

    def mutate(obj, depth=0):
        """Replaces one random leaf or member with a wrong-typed value, or adds an unknown member."""
        obj = json.loads(json.dumps(obj))
        if isinstance(obj, dict) and obj:
            k = rng.choice(list(obj))
            roll = rng.random()
            if roll < 0.15:
                obj["unknown_%d" % rng.randrange(99)] = rng.choice(wrong_values)
            elif roll < 0.6 or depth > 3 or not isinstance(obj[k], (dict, list)):
                obj[k] = rng.choice(wrong_values)
            else:
                obj[k] = mutate(obj[k], depth + 1)
        elif isinstance(obj, list) and obj:
            i = rng.randrange(len(obj))
            obj[i] = mutate(obj[i], depth + 1) if rng.random() < 0.5 else rng.choice(wrong_values)
        return obj

    def deep(n):
        return ("[" * n + "]" * n).encode() if rng.random() < 0.5 else ('{"a":' * n + "1" + "}" * n).encode()

    invalid_utf8 = [b"\xff\xfe", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x80", b"\xe2\x82"]
    odd_paths = ["/v2/customers/%2e%2e/%2e%2e/etc/passwd", "//v2//customers", "/v2/customers;jsessionid=1",
                 "/v2/customers/%00", "/v2/customers/" + "A" * 3000, "/v2/%ff%fe", "/v2/customers/%c0%af",
                 "/v2/customers/../../x", "/v2/customers/%5c..%5c", "/v2/cust\u00f6mers", "/v2/customers/%",
                 "/v2/customers/%zz", "/v2/customers?limit=%ff", "/v2/customers?limit=1e99",
                 "/v2/customers?limit=99999999999999999999", "/v2/customers?cursor=%00%00",
                 "/v2/customers?cursor=" + "Q" * 500, "/v2/customers?sort_field=DROP%20TABLE",
                 "/v2/customers?created_at_gt=yesterday", "/v2/customers?unknown=1&limit=-5",
                 "/v2/nothing/here", "/v2/orders/" + "%41" * 200, "/v2/customers/reference/%00x",
                 "/V2/CUSTOMERS", "/v2/customers/\t", "/v2/customers#frag", "/v2/customers?count=maybe",
                 "/v2/locations/%2F%2F", "/v2/customers/%u0041", "/v2/customers/.%2e/", "/actuator/../v2/customers",
                 "/v2/catalog/list?types=NOPE", "/v2/customers?limit=", "/v2/customers/groups/%20"]
    odd_methods = ["PATCH", "DELETE", "PUT", "TRACE", "FOO", "OPTIONS", "HEAD"]
    categories = ["wrong_type", "wrong_type", "wrong_type", "huge_string", "deep_json", "overflow", "invalid_utf8",
                  "nul", "odd_path", "odd_path", "malformed_json", "bad_headers", "odd_method", "bad_version"]
    for n in range(count):
        cat = categories[n % len(categories)] if n < len(categories) * 2 else rng.choice(categories)
        path = rng.choice(list(bodies))
        base = bodies[path]
        headers = [auth, js]
        method, body = "POST", None
        if cat == "wrong_type":
            if rng.random() < 0.3:
                method, (path, base) = "PUT", rng.choice(list(put_paths.items()))
            body = json.dumps(mutate(base)).encode()
        elif cat == "huge_string":
            obj = json.loads(json.dumps(base))
            size = rng.choice([10_000, 300_000, 1_100_000, 3_000_000])
            key = rng.choice(list(obj))
            obj[key] = "x" * size
            body = json.dumps(obj).encode()
        elif cat == "deep_json":
            body = deep(rng.choice([300, 1000, 5000, 20000]))
        elif cat == "overflow":
            text = json.dumps(base)
            number = rng.choice(["1e400", "-1e400", "99999999999999999999999999", "-9223372036854775809",
                                 "9223372036854775808", "1.7976931348623157e309", "0x10", "1_000", "NaN",
                                 "Infinity", "-0", "00012", "1." + "9" * 2000])
            if '"amount": ' in text and rng.random() < 0.7:
                text = text.replace('"amount": 1599', '"amount": ' + number, 1).replace(
                    '"amount": 100', '"amount": ' + number, 1)
            elif path.startswith("/v2/customers/search") or rng.random() < 0.5:
                text = '{"limit": %s}' % number
                path = "/v2/customers/search"
            else:
                method, (path, _) = "PUT", rng.choice(list(put_paths.items()))
                text = '{"version": %s}' % number if "customers" in path else '{"order": {"version": %s}}' % number
            body = text.encode()
        elif cat == "invalid_utf8":
            text = json.dumps(base).encode()
            at = text.find(b'"', rng.randrange(max(1, len(text) // 2)))
            body = text[:at + 1] + rng.choice(invalid_utf8) + text[at + 1:] if at >= 0 else rng.choice(invalid_utf8)
        elif cat == "nul":
            text = json.dumps(base).encode()
            roll = rng.random()
            if roll < 0.4:
                body = text.replace(b'"Fuzz"', b'"Fu\\u0000zz"').replace(b'"x"', b'"\\u0000"')
            elif roll < 0.8:
                at = rng.randrange(len(text))
                body = text[:at] + b"\x00" + text[at:]
            else:
                headers.append(("Idempotency-Key", b"key\x00nul"))
                body = text
        elif cat == "odd_path":
            method = rng.choice(["GET", "GET", "POST", "PUT", "DELETE"])
            path = rng.choice(odd_paths)
            body = json.dumps(base).encode() if method in ("POST", "PUT") else None
        elif cat == "malformed_json":
            text = json.dumps(base)
            body = rng.choice([text[: rng.randrange(1, len(text))], text + ",", text.replace('"', "'"),
                               "// c\n" + text, "", "null", "[]", "42", '"s"', text + text, "{,}", "{\"a\":}",
                               text.replace(":", "=", 1), "\ufeff" + text]).encode()
            if rng.random() < 0.3:
                headers = [auth, ("Content-Type", rng.choice(["text/plain", "application/xml", "application/yaml",
                                                              "application/json; charset=latin-1",
                                                              "multipart/form-data", "*/*"]))]
        elif cat == "bad_headers":
            body = json.dumps(base).encode()
            roll = rng.random()
            if roll < 0.25:
                headers.append(("Idempotency-Key", "k" * rng.choice([193, 1000, 9000])))
            elif roll < 0.5:
                headers = [("Authorization", rng.choice(["Bearer", "Bearer " + token[:-3] + "abc", "Basic eA==",
                                                         "Bearer " + "a" * 20000, "bearer \u00e9\u00e9"])), js]
            elif roll < 0.75:
                headers.append(("X-Request-Id", rng.choice(["x" * 300, "a b c", "<script>", "\u00e9"])))
            else:
                headers.append(("X-Big", "v" * rng.choice([17_000, 40_000])))
        elif cat == "odd_method":
            method = rng.choice(odd_methods)
            body = json.dumps(base).encode() if method not in ("HEAD", "TRACE") else None
        elif cat == "bad_version":
            method, (path, base) = "PUT", rng.choice(list(put_paths.items()))
            obj = json.loads(json.dumps(base))
            target = obj if "version" in obj else obj["order"]
            target["version"] = rng.choice([-1, 2 ** 63, "1", 1.5, None, 99999])
            body = json.dumps(obj).encode()
        yield cat, method, path, headers, body


def check_response(status, headers, body, method):
    """The problems of one answer (empty list: fine)."""
    problems = []
    if status is None:
        return ["no response"]
    if status >= 500:
        problems.append("HTTP %d" % status)
    text = body.decode("utf-8", "replace")
    for leak in LEAKS:
        m = leak.search(text)
        if m:
            problems.append("leak %s in %r" % (leak.pattern, text[max(0, m.start() - 40):m.end() + 40]))
    if status >= 400 and method != "HEAD":
        try:
            env = json.loads(text)
            errs = env["errors"]
            if not errs or any(not all(k in e for k in ("category", "code", "detail")) for e in errs):
                problems.append("not the envelope")
        except Exception:
            problems.append("not JSON: %r" % text[:80])
    return problems


def cmd_fuzz(a):
    rng = random.Random(a.seed)
    client = Client(a.port, a.token)
    status, raw = client.call("POST", "/v2/customers", {"given_name": "Fuzz", "family_name": "Target"})
    ids = {"customer": json.loads(raw)["customer"]["id"]}
    kinds = ["customers"]
    status, raw = client.call("POST", "/v2/orders", ORDER_BODY)
    if status == 200:
        kinds.append("orders")
        ids["order"] = json.loads(raw)["order"]["id"]
    client.close()
    by_status, by_cat, failures = {}, {}, []
    started = time.monotonic()
    for n, (cat, method, path, headers, body) in enumerate(gen_requests(rng, a.count, a.token, kinds, ids), 1):
        try:
            status, hdrs, resp = raw_request(a.port, method, path, headers, body)
        except Exception as ex:
            status, hdrs, resp = None, {}, repr(ex).encode()
        problems = check_response(status, hdrs, resp, method)
        by_status[str(status)] = by_status.get(str(status), 0) + 1
        by_cat.setdefault(cat, {}).setdefault(str(status), 0)
        by_cat[cat][str(status)] += 1
        if problems:
            failures.append({"n": n, "category": cat, "method": method, "path": path[:120], "status": status,
                             "problems": problems, "body": resp[:300].decode("utf-8", "replace")})
        if n % 200 == 0:
            log("    %d / %d sent, %d failing (%.0f s)" % (n, a.count, len(failures), time.monotonic() - started))
    healthy = False
    try:
        status, _, resp = raw_request(a.port, "GET", "/actuator/health", [], None)
        healthy = status == 200 and b'"UP"' in resp
    except Exception:
        pass
    for f in failures[:10]:
        log("    FAIL #%d %s %s %s -> %s %s: %s" % (f["n"], f["category"], f["method"], f["path"], f["status"],
                                                  f["problems"], f["body"][:160]))
    ok = not failures and healthy
    print(json.dumps({"check": "fuzz", "seed": a.seed, "requests": a.count, "by_status": by_status,
                      "by_category": by_cat, "failures": len(failures), "healthy_after": healthy,
                      "seconds": round(time.monotonic() - started, 1), "ok": ok}))
    return 0 if ok else 1


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    for name in ("race", "version"):
        s = sub.add_parser(name)
        s.add_argument("--ports", required=True)
        s.add_argument("--token", required=True)
        s.add_argument("--kind", default="customers")
        s.add_argument("--racers", type=int, default=64 if name == "race" else 32)
        s.add_argument("--rounds", type=int, default=3)
    s = sub.add_parser("load")
    s.add_argument("--port", type=int, required=True)
    s.add_argument("--token", required=True)
    s.add_argument("--kinds", default="customers")
    s.add_argument("--clients", type=int, default=20)
    s.add_argument("--out", required=True)
    s.add_argument("--stop-file", dest="stop_file")
    s = sub.add_parser("verify")
    s.add_argument("--port", type=int, required=True)
    s.add_argument("--token", required=True)
    s.add_argument("--acks", required=True)
    s = sub.add_parser("fuzz")
    s.add_argument("--port", type=int, required=True)
    s.add_argument("--token", required=True)
    s.add_argument("--count", type=int, default=1000)
    s.add_argument("--seed", type=int, default=9)
    a = p.parse_args()
    sys.exit({"race": cmd_race, "version": cmd_version, "load": cmd_load, "verify": cmd_verify,
              "fuzz": cmd_fuzz}[a.cmd](a))


if __name__ == "__main__":
    main()
