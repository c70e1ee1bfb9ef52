import gzip, io, json, os, random, zipfile
D = os.path.dirname(os.path.abspath(__file__))
os.makedirs(D, exist_ok=True)
def w(name, data, gz=False):
    if isinstance(data, str): data = data.encode("utf-8")
    if gz:
        # mtime 0 keeps the fixture byte-identical when regenerated
        buf = io.BytesIO()
        with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g: g.write(data)
        data = buf.getvalue()
    open(os.path.join(D, name), "wb").write(data)

H = "user_id,account_id,segment,plan,role,email,created_at,opted_out\n"
# Writes the malformed-input fixtures next to this script (see README.md). Run: python3 generate.py
# item 6: emails
w("bad-emails-people.csv", H
  + "p1,acc1,smb,pro,analyst,ann@example.com,2025-01-01T00:00:00Z,false\n"
  + "p2,acc1,smb,pro,analyst,\"a@x.example, b@y.example\",2025-01-01T00:00:00Z,false\n"
  + "p3,acc1,smb,pro,analyst,\"Boss <boss@example.com>\",2025-01-01T00:00:00Z,false\n"
  + "p4,acc1,smb,pro,analyst,\"c@example.com\r\nBcc: d@example.com\",2025-01-01T00:00:00Z,false\n"
  + "p5,acc1,smb,pro,analyst,not-an-address,2025-01-01T00:00:00Z,false\n"
  + "p6,acc1,smb,pro,analyst,,2025-01-01T00:00:00Z,false\n")
# item 10: fields too long to store
w("long-fields-people.csv", H
  + "p1,acc1,smb,pro,analyst,p1@example.com,2025-01-01T00:00:00Z,false\n"
  + "u" + "x" * 9999 + ",acc1,smb,pro,analyst,,2025-01-01T00:00:00Z,false\n"
  + "p3,acc" + "9" * 300 + ",smb,pro,analyst,,2025-01-01T00:00:00Z,false\n"
  + "p4,acc1,smb,pro,analyst," + "e" * 400 + "@example.com,2025-01-01T00:00:00Z,false\n"
  + "p5,acc1," + "s" * 150 + ",pro,analyst,,2025-01-01T00:00:00Z,false\n")
w("long-fields-accounts.csv", "account_id,name,tier,arr,csm_owner\n"
  + "acc1,Acme,enterprise,1000,Dana\n"
  + "acc" + "9" * 300 + ",Long,smb,10,Dana\n"
  + "acc3," + "N" * 600 + ",smb,10,Dana\n")
w("long-fields-events.csv", "user_id,timestamp,event\n"
  + "u1,2026-03-03T10:00:00Z,open\n"
  + "u" + "x" * 9999 + ",2026-03-03T10:01:00Z,open\n"
  + "u2,2026-03-03T10:02:00Z,open\n")
w("long-fields-tickets.csv", "ticket_id,user_id,created_at,subject,body,status\n"
  + "t1,u1,2026-03-03T10:00:00Z,Help,Body,open\n"
  + "t2,u1,2026-03-03T10:00:00Z," + "S" * 3000 + ",Body,open\n"
  + "t" + "9" * 300 + ",u1,2026-03-03T10:00:00Z,Help,Body,open\n")
# a 1 MB line: an extra column becomes a property, far beyond what an event keeps
w("one-megabyte-line-events.csv.gz", "user_id,timestamp,event,note\n"
  + "u1,2026-03-03T10:00:00Z,open,short\n"
  + "u2,2026-03-03T10:01:00Z,open," + "y" * 1_048_576 + "\n"
  + "u3,2026-03-03T10:02:00Z,open,short\n", gz=True)
# a 5 MB cell in a ticket body
w("five-megabyte-cell-tickets.csv.gz", "ticket_id,user_id,created_at,subject,body\n"
  + "t1,u1,2026-03-03T10:00:00Z,Help,fine\n"
  + "t2,u1,2026-03-03T10:00:00Z,Huge,\"" + "z" * 5_000_000 + "\"\n"
  + "t3,u1,2026-03-03T10:00:00Z,Help,fine\n", gz=True)
# item 11: a NUL byte in one row, one invalid UTF-8 row, a mostly binary file
w("nul-byte-events.csv", b"user_id,timestamp,event\nu1,2026-03-03T10:00:00Z,open\nu2,2026-03-03T10:01:00Z,op\x00en\nu3,2026-03-03T10:02:00Z,open\n")
w("invalid-utf8-people.csv", H.encode() + "p1,acc1,smb,pro,analyst,zoe@example.com,2025-01-01T00:00:00Z,false\n".encode()
  + "p2,acc1,smb,pro,Zoë Müller,,2025-01-01T00:00:00Z,false\n".encode("utf-8")
  + b"p3,acc1,smb,pro,Ren\xe9e \xff,,2025-01-01T00:00:00Z,false\n"
  + "p4,acc1,smb,pro,Jürgen,,2025-01-01T00:00:00Z,false\n".encode("utf-8"))
rnd = random.Random(7)
blob = bytearray(rnd.getrandbits(8) for _ in range(4096))
for i in range(0, 4096, 5): blob[i] = 0
w("mostly-binary.csv", b"user_id,timestamp,event\n" + bytes(blob))
# item 12: 10,000 columns; a JSON record larger than the sniffing sample
w("ten-thousand-columns.csv.gz", ",".join("c%d" % i for i in range(10000)) + "\n" + ",".join("v" for _ in range(10000)) + "\n", gz=True)
big = json.dumps({"type": "track", "userId": "u1", "event": "open", "timestamp": "2026-03-03T10:00:00Z",
                  "properties": {"blob": "q" * 5_000_000}})
w("huge-first-record.jsonl.gz", big + "\n" + json.dumps({"type": "track", "userId": "u2", "event": "open", "timestamp": "2026-03-03T10:01:00Z"}) + "\n", gz=True)
# item 13: a zip of several CSV files, each with its own header
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr(zipfile.ZipInfo("export/accounts.csv", (2026, 3, 3, 0, 0, 0)), "account_id,name,tier,arr,csm_owner\nacc1,Acme,enterprise,1000,Dana\nacc2,Beta,smb,200,Lee\n")
    z.writestr(zipfile.ZipInfo("export/people.csv", (2026, 3, 3, 0, 0, 0)), H + "p1,acc1,enterprise,pro,analyst,p1@example.com,2025-01-01T00:00:00Z,false\np2,acc2,smb,pro,admin,p2@example.com,2025-01-01T00:00:00Z,false\n")
    z.writestr(zipfile.ZipInfo("export/events.csv", (2026, 3, 3, 0, 0, 0)), "user_id,timestamp,event\np1,2026-03-03T10:00:00Z,open\np2,2026-03-03T10:01:00Z,open\np1,2026-03-03T10:02:00Z,save\n")
w("several-tables.zip", buf.getvalue())
# item 14: Segment's batch object and a plain JSON array of events
w("segment-batch.json", json.dumps({"sentAt": "2026-03-03T10:05:00Z", "batch": [
    {"type": "identify", "userId": "u1", "anonymousId": "a1", "traits": {"plan": "pro"}},
    {"type": "track", "messageId": "m1", "userId": "u1", "event": "open", "timestamp": "2026-03-03T10:00:00Z"},
    {"type": "track", "messageId": "m2", "anonymousId": "a2", "event": "save", "timestamp": "2026-03-03T10:01:00Z"},
    {"type": "page", "messageId": "m3", "userId": "u1", "timestamp": "2026-03-03T10:02:00Z"}]}, indent=2) + "\n")
w("events-array.json", json.dumps([
    {"event_id": "e1", "user_id": "u1", "timestamp": "2026-03-03T10:00:00Z", "event": "open", "platform": "web"},
    {"event_id": "e2", "user_id": "u2", "timestamp": "2026-03-03T10:01:00Z", "event": "save", "properties": {"n": 2}},
    {"event_id": "e3", "user_id": "u1", "event": "save"}], indent=2) + "\n")
# item 15: an unclosed quote on line 42 swallows the rest of the file
rows = ["event_id,user_id,timestamp,event,target"]
for i in range(1, 101):
    target = '"unclosed button' if i == 41 else "button"
    rows.append("e%d,u%d,2026-03-03T10:%02d:00Z,open,%s" % (i, i % 7, i % 60, target))
w("unclosed-quote-events.csv", "\n".join(rows) + "\n")
# item 17: absurd feature definitions
def f(key, **over):
    d = {"key": key, "name": key.title(), "launchedAt": "2026-03-02", "adoption": {"event": "save", "target": 0.25, "withinDays": 30},
         "funnel": ["open", "save"]}
    for k, v in over.items():
        if k in ("target", "withinDays"): d["adoption"][k] = v
        else: d[k] = v
    return d
w("absurd-features.json", json.dumps([
    f("good"), f("huge-target", target=1e9), f("negative-target", target=-0.1), f("no-window", withinDays=0),
    f("endless-window", withinDays=4000), f("good", name="Good again"), f("lost-funnel", funnel=["open", "move"])], indent=1) + "\n")
# item 14: a plain JSON array of Segment calls whose first element is larger than the 64 KB sniffing sample
w("segment-array.json.gz", "[\n" + ",\n".join(json.dumps(c) for c in [
    {"type": "track", "messageId": "s1", "userId": "u1", "event": "open", "timestamp": "2026-03-03T10:00:00Z",
     "context": {"device": {"type": "ios"}, "page": {"referrer": "r" * 70_000}}},
    {"type": "track", "messageId": "s2", "userId": "u2", "event": "save", "timestamp": "2026-03-03T10:01:00Z"},
    {"type": "identify", "userId": "u2", "traits": {"email": "Two <u2@example.com>"}}]) + "\n]\n", gz=True)
