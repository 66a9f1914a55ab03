#!/usr/bin/env python3
"""Verifies Tiaojie's audit chain outside the application, for an auditor who holds the key.

    verify-audit-chain.py DATABASE KEYFILE [mariadb client options...]

Recomputes every link, HMAC-SHA256(key, previous link, sequence number and each field of the
entry, length-prefixed; times in UTC as the application stores them), exactly as AuditChain
does, and names the first link that differs. Reads through the mariadb command-line client.
"""
import base64
import datetime
import hashlib
import hmac
import subprocess
import sys


def field(value):
    # the length is Java's String.length(): UTF-16 code units
    return '-1:\n' if value is None else f'{len(value.encode("utf-16-le")) // 2}:{value}\n'


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    database, key_file, client = sys.argv[1], sys.argv[2], sys.argv[3:]
    key = base64.b64decode(open(key_file).read().strip())
    query = ("select s.seq, s.entry_hash, e.id, date_format(e.occurred_at, '%Y-%m-%d %H:%i:%s.%f'), e.username, "
             "e.action, ifnull(e.dispute_id, 'NULL'), ifnull(replace(to_base64(e.detail), '\\n', ''), 'NULL') "
             "from audit_seal s left join audit_entry e on e.id = s.entry_id order by s.seq")
    rows = subprocess.run(['mariadb', *client, database, '-N', '-B', '-e', query], capture_output=True, text=True,
                          check=True).stdout.splitlines()
    previous, expected = '0' * 64, 1
    for row in rows:
        seq, sealed, entry, at, user, action, dispute, detail = row.split('\t')
        seq = int(seq)
        if seq != expected:
            sys.exit(f'broken: link {expected} is missing (next is {seq})')
        if entry == 'NULL':
            sys.exit(f'broken: link {seq} names an entry that was deleted')
        moment = datetime.datetime.strptime(at, '%Y-%m-%d %H:%M:%S.%f').replace(tzinfo=datetime.timezone.utc)
        seconds = int(moment.timestamp() // 1)
        text = (previous + '\n' + str(seq) + '\n' + field(entry) + field(f'{seconds}.{moment.microsecond * 1000}')
                + field(user) + field(action) + field(None if dispute == 'NULL' else dispute)
                + field(None if detail == 'NULL' else base64.b64decode(detail).decode('utf-8')))
        if hmac.new(key, text.encode('utf-8'), hashlib.sha256).hexdigest() != sealed:
            sys.exit(f'broken: entry {entry} (link {seq}) was changed')
        previous, expected = sealed, expected + 1
    print(f'intact: {expected - 1} links, head {previous}')


if __name__ == '__main__':
    main()
