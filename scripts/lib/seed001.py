"""Takes the "Create order" example of the Theneo demo site (seed 001) apart: the request body of its curl command
and its response JSON. Usage: seed001.py SEED_FILE OUT_DIR. Writes OUT_DIR/order-request.json (the body, with
"__KEY__" where a fresh idempotency key goes) and OUT_DIR/order-response.json (the canned answer)."""
import json
import os
import sys

seed, out = sys.argv[1], sys.argv[2]
text = open(seed, encoding="utf-8").read()
start = text.index("Create order")
section = text[start:]

# the body: the single-quoted argument of --data in the curl example
data_at = section.index("--data '") + len("--data '")
body = json.loads(section[data_at:section.index("}'", data_at) + 1])
body["idempotency_key"] = "__KEY__"

# the response: the first JSON object after the example's "Response" heading
resp_at = section.index("{", section.index("Response", data_at))
response, _ = json.JSONDecoder().raw_decode(section[resp_at:])
if "order" not in response:
    sys.exit("seed 001: no order in the Create order response")

os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "order-request.json"), "w") as f:
    json.dump(body, f, separators=(",", ":"))
with open(os.path.join(out, "order-response.json"), "w") as f:
    json.dump(response, f, separators=(",", ":"))
print(json.dumps({"request_bytes": len(json.dumps(body)), "response_bytes": len(json.dumps(response)),
                  "line_items": len(body["order"]["line_items"])}))
