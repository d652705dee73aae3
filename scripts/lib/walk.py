"""Walks GET /v2/customers page by page (limit 100, one keep-alive connection) and prints, as JSON, the cursor that
starts each asked-for depth: {"depths": {"10000": "<cursor>", ...}, "pages": n, "ms_per_page": [...]}.
Usage: walk.py PORT TOKEN DEPTH [DEPTH...]. Progress goes to stderr every 500 pages with the recent time per page,
which is itself a look at how a page's cost moves with depth."""
import http.client
import json
import sys
import time
import urllib.parse

port, token = int(sys.argv[1]), sys.argv[2]
depths = sorted(int(d) for d in sys.argv[3:])
limit = 100
headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
found, cursor, seen, pages = {}, None, 0, 0
window_start, window_pages, profile = time.monotonic(), 0, []
t0 = time.monotonic()
while depths and seen < depths[-1]:
    path = "/v2/customers?limit=%d" % limit
    if cursor:
        path += "&cursor=" + urllib.parse.quote(cursor, safe="")
    conn.request("GET", path, headers=headers)
    resp = conn.getresponse()
    body = resp.read()
    if resp.status != 200:
        sys.exit("page %d: HTTP %d %s" % (pages + 1, resp.status, body[:300]))
    page = json.loads(body)
    seen += len(page.get("customers", []))
    pages += 1
    window_pages += 1
    cursor = page.get("cursor")
    for d in depths:
        if seen == d and str(d) not in found:
            found[str(d)] = cursor
    if pages % 500 == 0:
        now = time.monotonic()
        ms = (now - window_start) * 1000 / window_pages
        profile.append({"depth": seen, "ms_per_page": round(ms, 2)})
        print("  walked %d pages, depth %d, %.2f ms/page recently, %.0f s in all"
              % (pages, seen, ms, now - t0), file=sys.stderr, flush=True)
        window_start, window_pages = now, 0
    if not cursor:
        break
missing = [d for d in depths if str(d) not in found]
if missing:
    sys.exit("the list ended at depth %d before depths %s" % (seen, missing))
print(json.dumps({"depths": found, "pages": pages, "seconds": round(time.monotonic() - t0, 1), "profile": profile}))
