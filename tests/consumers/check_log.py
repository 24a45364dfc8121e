"""The failure log the consumer checks share: check() notes what is wrong,
finish() prints the summary and the failures and gives the exit status.

    from check_log import check, failures, finish
    check(len(rows) == 3, "actors.csv: 3 rows expected")
    sys.exit(finish("csv: 3 rows"))
"""
import sys

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def finish(summary):
    print(summary)
    for f in failures:
        print("FAIL " + f, file=sys.stderr)
    return 1 if failures else 0
