"""Reads a PETRARCH/TABARI verb dictionary: synonym sets and verb blocks.

  d = Dictionary(path)
  d.sets    {"&NAME": {"members": [(words, no_plural)], "no_plural": bool}}
  d.blocks  [{"name", "code", "verbs": [parse_verb()], "patterns":
             [(pattern text, verbs its comment names)]}]

A set member may itself be a set ("+&OTHER"); members() expands them.  The
functions below (word forms, codes) are shared with the converter.
"""
import re


def strip_comment(line):
    return line.split("#", 1)[0].rstrip()


def plural(word):
    if word.endswith("s") and not word.endswith("ss"):
        return word  # already plural ("troops")
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def clean(word):
    return re.fullmatch(r"[a-z0-9][a-z0-9']*", word.lower()) is not None


def load_codes(path):
    codes = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or line.startswith("code\t"):
            continue
        cells = line.rstrip("\n").split("\t")
        if cells and cells[0]:
            codes.add(cells[0])
    return codes


def listed_code(code, codes):
    """The code itself when the CAMEO table lists it, else its nearest
    listed ancestor under the same root ("1951" -> "195", "075A" -> "075"),
    else None."""
    for n in range(len(code), 1, -1):
        if code[:n] in codes:
            return code[:n]
    return None


class Dictionary:
    """The synonym sets and verb blocks of a PETRARCH verb dictionary."""

    def __init__(self, path):
        self.sets = {}
        self.blocks = []
        self.parse(open(path, encoding="utf-8", errors="replace").read())

    def parse(self, text):
        current_set = None
        block = None
        section = "sets"
        for raw in text.split("\n"):
            if raw.startswith("####### VERB PATTERNS"):
                section = "verbs"
            if raw.startswith("######## TRANSFORMATIONS"):
                break
            line = strip_comment(raw).strip()
            if not line:
                # A comment line inside a set does not end it; a blank does.
                if not raw.strip():
                    current_set = None
                continue
            if section == "sets":
                current_set = self.parse_set_line(line, current_set)
                continue
            m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
            if m:
                block = {"name": m.group(1), "code": m.group(2),
                         "verbs": [], "patterns": []}
                self.blocks.append(block)
            elif block is None:
                continue
            elif line.startswith("-"):
                found = raw.split("#", 1)[1] if "#" in raw else ""
                block["patterns"].append((line[1:].strip(), found_verbs(found)))
            else:
                block["verbs"].append(parse_verb(line))

    def parse_set_line(self, line, current):
        if line.startswith("&"):
            name = line.split()[0]
            self.sets[name.rstrip("_")] = {"members": [],
                                           "no_plural": name.endswith("_")}
            return name.rstrip("_")
        if line.startswith("+") and current:
            phrase = line[1:].strip()
            words = phrase.replace("_", " ").split()
            if words:
                self.sets[current]["members"].append(
                    (words, phrase.endswith("_")))
        return current

    def members(self, name, seen=()):
        """A set's member phrases, nested sets expanded, each with whether
        it takes a regular plural."""
        s = self.sets.get(name.rstrip("_"))
        if s is None or name in seen:
            return []
        out = []
        for words, no_plural in s["members"]:
            if len(words) == 1 and words[0].startswith("&"):
                out += self.members(words[0], seen + (name,))
            else:
                out.append((words, not (s["no_plural"] or no_plural)))
        return out


def parse_verb(line):
    """'SPEED {SPEEDING SPEEDS SPED } [040]' -> words, irregular, code."""
    code = None
    m = re.search(r"\[([^\]]*)\]", line)
    if m:
        code = m.group(1)
        line = line[:m.start()] + line[m.end():]
    irregular = []
    m = re.search(r"\{([^}]*)\}", line)
    if m:
        irregular = [w.lstrip("+") for w in m.group(1).split()]
        line = line[:m.start()] + line[m.end():]
    words = line.strip().replace("+", "").replace("_", " ").split()
    return {"words": [w.lower() for w in words],
            "irregular": [w.replace("+", "").replace("_", " ").lower().split()
                          for w in irregular],
            "code": code}


def tokenize_pattern(text):
    """'* (OF ATTACK) + [112]' -> (elements, code).  Elements are strings
    ('*', '$', '+', '%', '^', words, '&SET') and ('np'|'pp', [words])."""
    m = re.search(r"\[([^\]]*)\]", text)
    code = m.group(1) if m else None
    body = text[:m.start()] if m else text
    out = []
    for t in re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", body):
        if t.startswith("{"):
            out.append(("np", t[1:-1].split()))
        elif t.startswith("("):
            out.append(("pp", t[1:-1].split()))
        else:
            out.append(t)
    return out, code


def regular_forms(base):
    """The forms "base~" already gives (as the engine's lexicon makes them),
    so that only truly irregular forms are spelled out."""
    vowels = "aeiou"
    out = {base}
    stem = base[:-1]
    if base.endswith("y") and len(base) > 1 and base[-2] not in vowels:
        out |= {stem + "ies", stem + "ied"}
    elif base.endswith(("s", "x", "z", "ch", "sh")):
        out |= {base + "es", base + "ed"}
    else:
        out |= {base + "s", base + "d" if base.endswith("e") else base + "ed"}
    silent_e = base.endswith("e") and not base.endswith(("ee", "ye", "oe"))
    out.add(stem + "ing" if silent_e else base + "ing")
    if len(base) >= 3 and base[-1] not in vowels + "wxy" and \
            base[-2] in vowels and base[-3] not in vowels:
        out |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return out


def verb_key(v):
    return "_".join(v["words"])


def found_verbs(comment):
    """The verbs a pattern's comment says it was found with: '# END , END'
    or '# CALLED_OFF <ab 02 Dec 2005>'."""
    comment = re.sub(r"<[^>]*>", " ", comment)
    return {w.lower() for w in re.findall(r"[A-Z][A-Z_']+", comment)}


def head_verbs(block):
    """The verb the block is named after ('DESTROY'); a block named for a
    sense ('MEET_PEOPLE') has none, and its synonyms need codes of their own
    to be coded alone."""
    name = block["name"].lower()
    return [v for v in block["verbs"] if verb_key(v) == name]
