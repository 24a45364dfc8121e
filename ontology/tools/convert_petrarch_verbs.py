#!/usr/bin/env python3
"""Converts the PETRARCH 2 CAMEO verb dictionary into actorgraph rules.

usage: convert_petrarch_verbs.py [--source CAMEO.2.0.txt] [--out FILE]
                                 [--synonyms-alone] [--check] [--quiet]

Reads the dictionary (default: ../shared/reference/phoenix/CAMEO.2.0.txt,
MIT licence, Open Event Data Alliance) and writes ontology/verbs/
cameo_verbs.rules: one pattern per dictionary pattern that a shallow
matcher can run, filed under the actorgraph relation of its CAMEO code.
--check exits 1 when the output is stale.  It prints what it keeps and what
it drops, and why.

PETRARCH reads a parse tree; actorgraph reads tokens.  The shallow
equivalents, element by element:

  verb synonyms      one alternation of every verb of the block (regular
                     forms with "~", the irregular forms it lists);
                     multi-word verbs ("+CALL_OFF", "WIRE_+TAP") a sequence
                     "call~ off"
  verb alone         "A .. verb~ _5 B" (the first actor after the verb)
                     and its passive "B _4 be~ @adverb* verb~:participle
                     _6 by A"
  subject            "A .." before the verb, unless "$" places the source
  "$" after the verb with "+" before it: "B .. verb ... A"
  "%" before the verb  the subject is a group coded pairwise: "AB .."
  words before the verb  right before it: "A .. heavily criticize~ B"
  "+" (target)       B where it stands; without "+", B is the verb's
                     object: right after the verb when a prepositional
                     phrase follows it ("accused Iran of ..."), the object
                     of a bare preposition "(WITH)", after the pattern's
                     words otherwise ("lodged a protest with Iran")
  "^" (skip)         a gap of up to 3 tokens
  word               the word; "a b" (words may be apart) -> "a _2 b"
  {A B}              a noun phrase: the words in a row
  (PREP X)           a prepositional phrase: "prep _2 x"
  &SET               the set's one-word members (nested sets expanded),
                     with regular plurals unless the set or the member
                     ends with "_"; each multi-word member a pattern of
                     its own
  [code:code]        paired events: the first code (source -> target) and
                     the second as the same pattern with A and B swapped
  a code cameo.tsv lacks   its nearest listed ancestor ("1951" -> "195")

Every pattern is written [CODE, literal]: the code is what the verb itself
does, so a refusing verb ("abandon", "halt") is the act, not its negation.

Verbs of a block coded alone: those with a code of their own and the one
the block is named after; --synonyms-alone codes every verb of a block
with the block's code, as PETRARCH does (for hand-written dictionaries;
the CAMEO 2.0 blocks hold synonyms added from WordNet).

Dropped: null codes ("---", PETRARCH's way of blocking a match, which
a pattern list cannot express), codes with no listed ancestor, the
residual "make statement" (010: every "said" would become an event),
phrases before the verb, "$" with no "+", "%" after the verb, and sets
with no member of plain words.
"""
import argparse
import itertools
import os
import re
import sys

from petrarch_verb_dictionary import (Dictionary, clean, head_verbs,
                                      listed_code, load_codes, plural,
                                      regular_forms, tokenize_pattern,
                                      verb_key)

HERE = os.path.dirname(os.path.abspath(__file__))
ONTOLOGY = os.path.dirname(HERE)
DEFAULT_SOURCE = os.path.join(ONTOLOGY, "..", "..", "shared", "reference",
                              "phoenix", "CAMEO.2.0.txt")
DEFAULT_OUT = os.path.join(ONTOLOGY, "verbs", "cameo_verbs.rules")

# CAMEO code prefix -> relation of relations.rules (longest prefix wins).
RELATION_OF = [
    ("01", "comments_on"), ("02", "appeals_to"), ("03", "offers"),
    ("04", "met_with"), ("042", "visited"), ("046", "negotiates_with"),
    ("05", "supports"), ("051", "praises"), ("055", "apologizes_to"),
    ("057", "signed_agreement_with"), ("06", "cooperates_with"),
    ("07", "supplies"), ("08", "yields_to"), ("09", "investigates"),
    ("10", "demands"), ("11", "criticizes"), ("112", "accuses"),
    ("12", "rejects"), ("13", "threatens"), ("14", "protests_against"),
    ("15", "mobilizes_against"), ("16", "reduces_relations_with"),
    ("163", "sanctions"), ("17", "coerces"), ("173", "arrests"),
    ("174", "expels"), ("18", "assaults"), ("19", "attacks"),
    ("20", "mass_violence_against"),
]
SKIPPED_CODES = {"010"}
TARGET_PREPOSITIONS = "to|with|against|on|for|from|of|toward|towards|into|at|over|by|upon"
BARE_PREPOSITIONS = set(TARGET_PREPOSITIONS.split("|")) | {"between", "in"}
# Verbs whose everyday sense is no event between actors ("Brazil beat
# Argentina 2-1", "Japan will face Germany"): never coded alone.
NOT_ALONE = {"beat", "face", "defeat", "best", "host", "play", "join"}
MAX_VARIANTS = 16  # patterns one dictionary pattern may become
SKIP = ["_3"]

HEADER = """\
# GENERATED by ontology/tools/convert_petrarch_verbs.py from the PETRARCH 2
# CAMEO verb dictionary (CAMEO.2.0.txt, Open Event Data Alliance, MIT
# licence: see ontology/verbs/LICENSE.phoenix).  Do not edit by hand: change
# the converter or write a rule in relations.rules, which wins where both
# match.  Regenerate: python3 ontology/tools/convert_petrarch_verbs.py
#
# Each block adds patterns to a relation of relations.rules; the bracket
# after a pattern id is the dictionary's CAMEO code ("literal": the verb is
# the act coded, so "abandoned" or "halted" negate nothing), and the comment
# above a group names the dictionary's verb block.
"""


def relation_for(code):
    best = None
    for prefix, rel in RELATION_OF:
        if code.startswith(prefix) and (best is None or len(prefix) > len(best[0])):
            best = (prefix, rel)
    return best[1] if best else None


def swap(elements):
    """The same pattern with source and target exchanged."""
    return [{"A": "B", "B": "A"}.get(e, e) for e in elements]


class Converter:
    def __init__(self, dictionary, codes, synonyms_alone=False):
        self.d = dictionary
        self.codes = codes
        self.synonyms_alone = synonyms_alone
        self.kept = {}      # relation -> list of (comment, id, code, elements)
        self.dropped = {}   # reason -> count
        self.notes = {}     # what was changed but kept -> count
        self.total = 0
        self.ids = set()

    def drop(self, reason):
        self.dropped[reason] = self.dropped.get(reason, 0) + 1
        return None

    def note(self, what):
        self.notes[what] = self.notes.get(what, 0) + 1

    def alternatives(self, w):
        """One dictionary word or set: its token sequences (one-word
        members in one alternation, each longer member a sequence)."""
        if not w.startswith("&"):
            words = w.replace("_", " ").lower().split()
            return [words] if words and all(clean(x) for x in words) else None
        one, multi = [], []
        for words, takes_plural in self.d.members(w):
            words = [x.lower() for x in words]
            if not all(clean(x) for x in words):
                continue
            forms = [words[-1]] + ([plural(words[-1])] if takes_plural else [])
            if len(words) == 1:
                one += forms
            else:
                multi += [words[:-1] + [f] for f in dict.fromkeys(forms)]
        seqs = [["|".join(dict.fromkeys(one))]] if one else []
        return seqs + multi or None

    def phrase(self, words, gap):
        """Words as element sequences, one per combination of set members."""
        options = []
        for w in words:
            if w in ("$", "+", "%", "^", "*"):
                return None
            alts = self.alternatives(w)
            if alts is None:
                return None
            options.append(alts)
        out = []
        for combo in itertools.product(*options):
            seq = []
            for part in combo:
                seq += ([gap] if seq and gap else []) + list(part)
            out.append(seq)
        return out

    def verb_sequences(self, verbs):
        """Verbs as (element sequence, passive form or None): single words
        joined in one alternation; multi-word verbs each a sequence."""
        singles, participles, multi = [], [], []
        for v in verbs:
            if not v["words"] or not all(clean(w) for w in v["words"]):
                continue
            regular = regular_forms(v["words"][0])
            forms = [f[0] for f in v["irregular"] if len(f) == len(v["words"])
                     and clean(f[0]) and f[0] not in regular]
            if len(v["words"]) == 1:
                singles.append(v["words"][0] + "~")
                singles.extend(forms)
                participles.append(v["words"][0] + "~:participle")
                participles.extend(f for f in forms if not f.endswith("s"))
            else:
                head = [v["words"][0] + "~"] + forms
                multi.append((["|".join(dict.fromkeys(head))] + v["words"][1:],
                              None))
        seqs = []
        if singles:
            seqs.append((["|".join(dict.fromkeys(singles))],
                         "|".join(dict.fromkeys(participles))))
        return seqs + multi

    def convert_all(self):
        for block in self.d.blocks:
            head = head_verbs(block)
            for v in block["verbs"]:
                if verb_key(v) in NOT_ALONE:
                    self.total += 1
                    self.drop("verb with an everyday sense (verb alone)")
                elif v["code"] is not None:
                    self.add(block, v["code"], [], [v])
                elif v in head or self.synonyms_alone:
                    self.add(block, block["code"], [], [v])
                else:
                    self.total += 1
                    self.drop("synonym without a code of its own (verb alone)")
            for text, found in block["patterns"]:
                elements, code = tokenize_pattern(text)
                verbs = [v for v in block["verbs"] if verb_key(v) in found]
                every = block["verbs"] if self.synonyms_alone else head
                self.add(block, code or block["code"], elements, verbs or every)

    def code_of(self, code):
        """A dictionary code as a listed CAMEO code, or a drop reason."""
        if code == "---":
            return None, "null code (a blocking pattern)"
        if code in SKIPPED_CODES:
            return None, "residual code 010 (make statement)"
        listed = listed_code(code, self.codes)
        if listed is None:
            return None, "code with no listed ancestor in cameo.tsv"
        if listed != code:
            self.note("code replaced by its nearest listed ancestor")
        return listed, None

    def add(self, block, code, elements, verbs):
        self.total += 1
        pair = ((code or "").split(":") + [""])[:2]
        if not pair[0] and not pair[1]:
            return self.drop("no code")
        forward, why = self.code_of(pair[0]) if pair[0] else (None, None)
        reverse = self.code_of(pair[1])[0] if pair[1] else None
        if forward is None and reverse is None:
            return self.drop(why or "no code")
        bodies = self.bodies(elements, verbs)
        if bodies is None:
            return None
        if len(bodies) > MAX_VARIANTS:
            self.note("set combinations cut to %d patterns" % MAX_VARIANTS)
            bodies = bodies[:MAX_VARIANTS]
        for body in bodies:
            if forward:
                self.emit(relation_for(forward), forward, block, body)
            if reverse and "AB" not in body:
                self.emit(relation_for(reverse), reverse, block, swap(body))
        return None

    def bodies(self, elements, verbs):
        """The pattern's element lists, or None (counted as dropped)."""
        if elements and "*" not in elements:
            return self.drop("no verb position")
        star = elements.index("*") if elements else 0
        left, right = elements[:star], elements[star + 1:]
        subject, before = self.left_side(left)
        if subject is None:
            return self.drop(before)
        if "%" in right:
            return self.drop("compound actor after the verb")
        tails = self.right_side(right, not elements, subject)
        if tails is None:
            return self.drop("a word or set with no plain-word form")
        sequences = self.verb_sequences(verbs)
        if not sequences:
            return self.drop("no one-token verb")
        out = []
        for verb, participle in sequences:
            for tail in tails:
                if subject == "AB" and ("A" in tail or "B" in tail):
                    return self.drop("compound actor with a target")
                if "A" in tail and subject != "B":
                    return self.drop("source after the verb with no target before it")
                if subject == "B" and "A" not in tail:
                    return self.drop("target before the verb")
                out.append([subject, ".."] + before + verb + tail)
                if participle and not elements and subject == "A":
                    out.append(["B", "_4", "be~", "@adverb*", participle,
                                "_6", "by", "A"])
        return out

    def left_side(self, left):
        """(subject slot, words right before the verb), or (None, why)."""
        subject, before = "A", []
        for e in left:
            if e in ("$", "+", "%"):
                if before:
                    return None, "an actor marker between words before the verb"
                subject = {"$": subject, "+": "B", "%": "AB"}[e]
            elif isinstance(e, tuple) and e[0] == "pp":
                return None, "a prepositional phrase before the verb"
            elif e == "^":
                return None, "a skip before the verb"
            else:
                words = e[1] if isinstance(e, tuple) else e.split("_")
                seqs = self.phrase(words, None)
                if seqs is None or len(seqs) != 1:
                    return None, "a set before the verb"
                before += seqs[0]
        return subject, before

    def right_side(self, right, alone, subject):
        """The element lists after the verb, with B (or A, for "$") placed;
        no B where the subject slot holds the target (B, AB)."""
        group = subject == "AB"
        if alone:
            return [[]] if group else [["_5", "B"]]
        parts, has_target = [], subject != "A"
        explicit = has_target or any(
            e == "+" or (isinstance(e, tuple) and "+" in e[1]) for e in right)
        for e in right:
            marker = None
            if isinstance(e, tuple):
                kind, words = e
                if kind == "pp" and words and words[-1] in ("+", "$"):
                    marker, words = words[-1], words[:-1]
                seqs = self.phrase(words, "_2" if kind == "pp" else None)
                if kind == "pp" and seqs and marker is None and not explicit \
                        and len(words) == 1 and words[0].lower() in BARE_PREPOSITIONS:
                    marker, explicit = "+", True
                if seqs is not None and marker:
                    seqs = [s + ["_2", "B" if marker == "+" else "A"] for s in seqs]
                    has_target |= marker == "+"
            elif e in ("+", "$"):
                seqs = [["B" if e == "+" else "A"]]
                has_target |= e == "+"
            elif e == "^":
                seqs = [SKIP]
            else:
                seqs = self.phrase(e.split("_"), None)
            if seqs is None:
                return None
            parts.append(seqs)
        lead_pp = not group and right and isinstance(right[0], tuple) and \
            right[0][0] == "pp"
        out = []
        for combo in itertools.product(*parts):
            out += self.join(list(combo), has_target, lead_pp)
        return out

    def join(self, parts, has_target, lead_pp):
        """The tails one combination of parts makes.  An object the pattern
        leaves unplaced before a leading prepositional phrase is right after
        the verb ("accused Iran of ...") or after the phrase ("acted on the
        resolution with Iran"): both are tried."""
        if not has_target and lead_pp:
            return [self.words(parts, ["B"]),
                    self.words(parts, []) + ["_2", TARGET_PREPOSITIONS, "B"]]
        out = self.words(parts, [])
        if not has_target:
            # "lodged a protest with Iran": the object's preposition leads
            # to the target ("signed a pact amid China's concerns" does not).
            out += ["_2", TARGET_PREPOSITIONS, "B"] if out else ["B"]
        return [out]

    @staticmethod
    def words(parts, head):
        out = list(head)
        for p in parts:
            if p in (["B"], ["A"]):
                out += ["_3"] + p if out else p
            elif p == SKIP or (out and out[-1] == SKIP[0]):
                out += p
            else:
                # Modifiers stand between the verb and its object's head
                # ("signed an 800 million dollar trade protocol").
                out += ["_4" if not out else "_3" if out == ["B"] else "_2"] + p
        return out

    def emit(self, relation, code, block, elements):
        text = " ".join(elements)
        entries = self.kept.setdefault(relation, [])
        if any(t == text and c == code for _, _, c, t in entries):
            return self.drop("duplicate after conversion")
        base = re.sub(r"[^a-z0-9]+", "_", block["name"].lower()).strip("_")
        n = 1
        while "%s.%s_%d" % (relation, base, n) in self.ids:
            n += 1
        rule_id = "%s_%d" % (base, n)
        self.ids.add("%s.%s" % (relation, rule_id))
        entries.append((block["name"], rule_id, code, text))
        return None


def render(conv):
    out = [HEADER]
    kept = sum(len(v) for v in conv.kept.values())
    out.append("# %d dictionary entries read, %d patterns written.\n" %
               (conv.total, kept))
    order = [rel for _, rel in RELATION_OF]
    for relation in sorted(conv.kept, key=order.index):
        out.append("\n[%s]\n" % relation)
        last = None
        for block, rule_id, code, text in conv.kept[relation]:
            if block != last:
                out.append("# %s\n" % block)
                last = block
            out.append("pattern %s [%s, literal] = %s\n" % (rule_id, code, text))
    return "".join(out)


def report(conv, stream):
    kept = sum(len(v) for v in conv.kept.values())
    dropped = sum(conv.dropped.values())
    print("read %d dictionary entries (verbs with a code of their own, "
          "verb blocks, patterns)" % conv.total, file=stream)
    print("kept %d entries as %d patterns" % (conv.total - dropped, kept),
          file=stream)
    for relation in sorted(conv.kept):
        print("  %-24s %5d" % (relation, len(conv.kept[relation])), file=stream)
    for what, n in sorted(conv.notes.items()):
        print("  (%s: %d)" % (what, n), file=stream)
    print("dropped %d:" % dropped, file=stream)
    for reason, n in sorted(conv.dropped.items(), key=lambda x: -x[1]):
        print("  %-44s %5d" % (reason, n), file=stream)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", default=DEFAULT_SOURCE)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--codes", default=os.path.join(ONTOLOGY, "cameo.tsv"))
    ap.add_argument("--synonyms-alone", action="store_true",
                    help="code every verb of a block alone with the block's code")
    ap.add_argument("--check", action="store_true",
                    help="exit 1 when --out differs from a fresh conversion")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    if not os.path.exists(a.source):
        print("%s: cannot open the verb dictionary" % a.source, file=sys.stderr)
        return 2
    conv = Converter(Dictionary(a.source), load_codes(a.codes),
                     synonyms_alone=a.synonyms_alone)
    conv.convert_all()
    text = render(conv)
    if not a.quiet:
        report(conv, sys.stderr)
    if a.check:
        current = open(a.out, encoding="utf-8").read() if os.path.exists(a.out) else ""
        if current != text:
            print("%s is stale: run %s" % (a.out, os.path.basename(__file__)),
                  file=sys.stderr)
            return 1
        return 0
    tmp = a.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
