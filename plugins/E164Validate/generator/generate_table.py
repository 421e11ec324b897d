#!/usr/bin/env python3
"""Generate plugins/E164Validate/Sources/E164Table.generated.swift from libphonenumber's metadata.

Usage (from anywhere):
    python3 -m venv /tmp/pnvenv && /tmp/pnvenv/bin/pip install -r requirements.txt
    /tmp/pnvenv/bin/python generate_table.py            # writes the Swift table + conformance vectors
    /tmp/pnvenv/bin/python generate_table.py --check    # fails if the checked-in files are stale

What it does
------------
libphonenumber's validity test for a number `+CC NSN` is (phonenumberutil.is_valid_number):

  1. pick the region: the regions sharing CC are tried in order (main region first); a region with
     `leading_digits` is chosen when that pattern matches a prefix of NSN, a region without it is chosen
     when NSN is a valid number for it;
  2. NSN is valid for a region when it matches general_desc (pattern + possible lengths) and at least one
     number-type description (fixed line, mobile, toll free, premium, shared cost, personal, VoIP, pager,
     UAN, voicemail), each with its own possible lengths when it lists some.

The national-number patterns use a small regex subset (digits, `\\d`, classes, `(?:...)`, `|`, `?`,
`{n}`, `{n,m}`), so each region's whole test is compiled here, at generation time, into ONE minimal
deterministic automaton over the digits 0-9 whose accepting states carry the bit set of number types
that match. The Swift side walks it: one table lookup per digit, no regex engine at run time.
`leading_digits` patterns are compiled the same way (as "pattern followed by anything").

Before writing anything the script cross-checks the automata against phonenumbers itself
(is_valid_number, region_code_for_number, number_type) on every example number and on many random and
mutated numbers per region, and aborts on any disagreement.
"""
from __future__ import annotations

import argparse
import os
import random
import sys

import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumber, PhoneNumberType
from phonenumbers.geocoder import _region_display_name

PINNED_VERSION = "9.0.43"

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGIN = os.path.dirname(HERE)
OUT_TABLE = os.path.join(PLUGIN, "Sources", "E164Table.generated.swift")
OUT_VECTORS = os.path.join(PLUGIN, "Tests", "E164Conformance.generated.swift")

# Number types, in the order libphonenumber's _number_type_helper tests them. Bit i of a state label
# means "type i matches". The Swift enum E164NumberType uses the same bit numbers.
TYPES = [
    ("premium_rate", "premiumRate", PhoneNumberType.PREMIUM_RATE),
    ("toll_free", "tollFree", PhoneNumberType.TOLL_FREE),
    ("shared_cost", "sharedCost", PhoneNumberType.SHARED_COST),
    ("voip", "voip", PhoneNumberType.VOIP),
    ("personal_number", "personalNumber", PhoneNumberType.PERSONAL_NUMBER),
    ("pager", "pager", PhoneNumberType.PAGER),
    ("uan", "uan", PhoneNumberType.UAN),
    ("voicemail", "voicemail", PhoneNumberType.VOICEMAIL),
    ("fixed_line", "fixedLine", PhoneNumberType.FIXED_LINE),
    ("mobile", "mobile", PhoneNumberType.MOBILE),
]
BIT_FIXED = 8
BIT_MOBILE = 9
E164_MAX_DIGITS = 15


# --------------------------------------------------------------------------------------------------
# Regex subset -> NFA
# --------------------------------------------------------------------------------------------------
class NFA:
    """Thompson NFA over the alphabet 0-9. States are ints; eps[s] and edges[s][digit] are sets."""

    def __init__(self) -> None:
        self.eps: list[set[int]] = []
        self.edges: list[dict[int, set[int]]] = []

    def new(self) -> int:
        self.eps.append(set())
        self.edges.append({})
        return len(self.eps) - 1

    def add_edge(self, a: int, digits, b: int) -> None:
        for d in digits:
            self.edges[a].setdefault(d, set()).add(b)


class RegexSyntaxError(Exception):
    pass


def parse_regex(pattern: str):
    """Parse into an AST: ('lit', frozenset digits) | ('cat', [..]) | ('alt', [..]) | ('rep', node, min, max|None)."""
    pos = 0
    n = len(pattern)

    def peek():
        return pattern[pos] if pos < n else None

    def parse_alt():
        nonlocal pos
        branches = [parse_seq()]
        while peek() == "|":
            pos += 1
            branches.append(parse_seq())
        return branches[0] if len(branches) == 1 else ("alt", branches)

    def parse_seq():
        items = []
        while peek() is not None and peek() not in "|)":
            items.append(parse_quant(parse_atom()))
        return ("cat", items)

    def parse_int():
        nonlocal pos
        start = pos
        while peek() is not None and peek().isdigit():
            pos += 1
        if start == pos:
            raise RegexSyntaxError(f"number expected at {start} in {pattern!r}")
        return int(pattern[start:pos])

    def parse_quant(atom):
        nonlocal pos
        while True:
            c = peek()
            if c == "?":
                pos += 1
                atom = ("rep", atom, 0, 1)
            elif c == "*":
                pos += 1
                atom = ("rep", atom, 0, None)
            elif c == "+":
                pos += 1
                atom = ("rep", atom, 1, None)
            elif c == "{":
                pos += 1
                lo = parse_int()
                hi = lo
                if peek() == ",":
                    pos += 1
                    hi = None if peek() == "}" else parse_int()
                if peek() != "}":
                    raise RegexSyntaxError(f"'}}' expected at {pos} in {pattern!r}")
                pos += 1
                atom = ("rep", atom, lo, hi)
            else:
                return atom

    def parse_atom():
        nonlocal pos
        c = peek()
        if c == "(":
            pos += 1
            if pattern.startswith("?:", pos):
                pos += 2
            elif peek() == "?":
                raise RegexSyntaxError(f"unsupported group at {pos} in {pattern!r}")
            node = parse_alt()
            if peek() != ")":
                raise RegexSyntaxError(f"')' expected at {pos} in {pattern!r}")
            pos += 1
            return node
        if c == "[":
            pos += 1
            negate = False
            if peek() == "^":
                negate = True
                pos += 1
            digits = set()
            while peek() != "]":
                if peek() is None:
                    raise RegexSyntaxError(f"unterminated class in {pattern!r}")
                a = parse_class_char()
                if peek() == "-" and pattern[pos + 1] != "]":
                    pos += 1
                    b = parse_class_char()
                    digits.update(range(min(a), max(b) + 1))
                else:
                    digits.update(a)
            pos += 1
            if negate:
                digits = set(range(10)) - digits
            return ("lit", frozenset(digits))
        if c == "\\":
            pos += 1
            e = peek()
            pos += 1
            if e == "d":
                return ("lit", frozenset(range(10)))
            raise RegexSyntaxError(f"unsupported escape \\{e} in {pattern!r}")
        if c is not None and c.isdigit():
            pos += 1
            return ("lit", frozenset([int(c)]))
        raise RegexSyntaxError(f"unsupported character {c!r} at {pos} in {pattern!r}")

    def parse_class_char():
        nonlocal pos
        c = peek()
        if c == "\\":
            pos += 1
            e = peek()
            pos += 1
            if e == "d":
                return set(range(10))
            raise RegexSyntaxError(f"unsupported escape in class in {pattern!r}")
        if c is not None and c.isdigit():
            pos += 1
            return {int(c)}
        raise RegexSyntaxError(f"unsupported class character {c!r} in {pattern!r}")

    ast = parse_alt()
    if pos != n:
        raise RegexSyntaxError(f"trailing input at {pos} in {pattern!r}")
    return ast


def build(nfa: NFA, node) -> tuple[int, int]:
    """Thompson construction: returns (start, accept) of a fragment."""
    kind = node[0]
    if kind == "lit":
        s, t = nfa.new(), nfa.new()
        nfa.add_edge(s, node[1], t)
        return s, t
    if kind == "cat":
        s = nfa.new()
        cur = s
        for item in node[1]:
            a, b = build(nfa, item)
            nfa.eps[cur].add(a)
            cur = b
        return s, cur
    if kind == "alt":
        s, t = nfa.new(), nfa.new()
        for item in node[1]:
            a, b = build(nfa, item)
            nfa.eps[s].add(a)
            nfa.eps[b].add(t)
        return s, t
    if kind == "rep":
        _, sub, lo, hi = node
        s = nfa.new()
        cur = s
        for _ in range(lo):
            a, b = build(nfa, sub)
            nfa.eps[cur].add(a)
            cur = b
        t = nfa.new()
        nfa.eps[cur].add(t)
        if hi is None:
            a, b = build(nfa, sub)
            nfa.eps[cur].add(a)
            nfa.eps[b].add(cur)
        else:
            for _ in range(hi - lo):
                a, b = build(nfa, sub)
                nfa.eps[cur].add(a)
                nfa.eps[b].add(t)
                cur = b
        return s, t
    raise AssertionError(kind)


def closure(nfa: NFA, states) -> frozenset:
    stack = list(states)
    seen = set(states)
    while stack:
        s = stack.pop()
        for t in nfa.eps[s]:
            if t not in seen:
                seen.add(t)
                stack.append(t)
    return frozenset(seen)


# --------------------------------------------------------------------------------------------------
# Labelled DFA construction and minimisation
# --------------------------------------------------------------------------------------------------
class DFA:
    """Local DFA: state 0 is dead. trans[s] is a list of 10 ints, label[s] an int (0 = reject)."""

    def __init__(self, trans, label, start):
        self.trans = trans
        self.label = label
        self.start = start

    def run(self, digits: str) -> int:
        s = self.start
        for ch in digits:
            s = self.trans[s][ord(ch) - 48]
        return self.label[s]


def build_region_dfa(general, types, max_len: int) -> DFA:
    """general/types: (pattern, lengths:set|None). Label = bit set of types matching, when general matches."""
    nfa = NFA()
    comps = []  # (accept_state, lengths or None)
    starts = []
    for pattern, lengths in [general] + types:
        a, b = build(nfa, parse_regex(pattern))
        starts.append(a)
        comps.append((b, lengths))
    gen_accept, gen_lengths = comps[0]

    def label_of(subset, depth):
        if gen_accept not in subset or (gen_lengths and depth not in gen_lengths):
            return 0
        bits = 0
        for i, (acc, lengths) in enumerate(comps[1:]):
            if acc in subset and (not lengths or depth in lengths):
                bits |= 1 << i
        return bits

    return determinise(nfa, starts, label_of, max_len)


def build_prefix_dfa(pattern: str, max_len: int) -> DFA:
    """DFA accepting strings with a prefix in L(pattern) (re.match semantics)."""
    nfa = NFA()
    a, b = build(nfa, parse_regex(pattern))
    anything = nfa.new()
    nfa.add_edge(anything, range(10), anything)
    nfa.eps[b].add(anything)
    return determinise(nfa, [a], lambda subset, depth: 1 if anything in subset else 0, max_len)


def determinise(nfa: NFA, starts, label_of, max_len: int) -> DFA:
    start = (closure(nfa, starts), 0)
    index = {start: 1}
    order = [start]
    trans = [[0] * 10, None]
    label = [0, None]
    i = 0
    while i < len(order):
        subset, depth = order[i]
        sid = index[(subset, depth)]
        row = [0] * 10
        if depth < max_len:
            for d in range(10):
                nxt = set()
                for s in subset:
                    tgt = nfa.edges[s].get(d)
                    if tgt:
                        nxt.update(tgt)
                if not nxt:
                    continue
                key = (closure(nfa, nxt), depth + 1)
                if key not in index:
                    index[key] = len(trans)
                    order.append(key)
                    trans.append(None)
                    label.append(None)
                row[d] = index[key]
        trans[sid] = row
        label[sid] = label_of(subset, depth)
        i += 1
    return minimise(DFA(trans, label, 1))


def minimise(dfa: DFA) -> DFA:
    n = len(dfa.trans)
    # Moore refinement, starting from the partition by label (dead state 0 has label 0 and only self loops).
    part = [None] * n
    keys = {}
    for s in range(n):
        part[s] = keys.setdefault(("L", dfa.label[s]), len(keys))
    while True:
        keys = {}
        new = [None] * n
        for s in range(n):
            sig = (part[s], tuple(part[t] for t in dfa.trans[s]))
            new[s] = keys.setdefault(sig, len(keys))
        if len(keys) == len(set(part)):
            part = new
            break
        part = new
    # Renumber: the dead state's class becomes 0 (removed later when merged globally), start becomes 1..
    dead_class = part[0]
    mapping = {dead_class: 0}
    order = []
    # BFS from the start for a stable numbering
    queue = [dfa.start]
    seen = {dfa.start}
    while queue:
        s = queue.pop(0)
        c = part[s]
        if c not in mapping:
            mapping[c] = len(mapping)
            order.append(s)
        for t in dfa.trans[s]:
            if t not in seen:
                seen.add(t)
                queue.append(t)
    trans = [[0] * 10]
    label = [0]
    for s in order:
        trans.append([mapping[part[t]] for t in dfa.trans[s]])
        label.append(dfa.label[s])
    return DFA(trans, label, mapping[part[dfa.start]])


# --------------------------------------------------------------------------------------------------
# Metadata
# --------------------------------------------------------------------------------------------------
def metadata_for(cc: int, region: str):
    if region == "001":
        return PhoneMetadata.metadata_for_nongeo_region(cc)
    return PhoneMetadata.metadata_for_region(region)


def desc_tuple(desc):
    if desc is None or desc.national_number_pattern is None:
        return None
    lengths = set(desc.possible_length or ())
    return desc.national_number_pattern, lengths


def collect():
    countries = []
    for cc in sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE):
        regions = []
        for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[cc]:
            md = metadata_for(cc, region)
            if md is None:
                continue
            general = desc_tuple(md.general_desc)
            max_len = max(general[1])
            types = []
            for attr, _, _ in TYPES:
                t = desc_tuple(getattr(md, attr))
                # A description with no pattern, or with possible_length (-1,), never matches.
                if t is None or t[1] == {-1}:
                    t = ("", {-1})
                types.append(t)
            dfa = build_region_dfa(general, types, max_len)
            lead = build_prefix_dfa(md.leading_digits, max_len) if md.leading_digits else None
            name = _region_display_name(region, "en") if region != "001" else "International Networks"
            if region == "001":
                name = {
                    800: "International Freephone",
                    808: "International Shared Cost Service",
                    870: "Inmarsat",
                    878: "Universal Personal Telecommunications",
                    881: "Global Mobile Satellite System",
                    882: "International Networks",
                    883: "International Networks",
                    888: "OCHA (humanitarian affairs)",
                    979: "International Premium Rate Service",
                }.get(cc, "International service")
            regions.append({
                "code": region,
                "name": name or region,
                "md": md,
                "general_lengths": sorted(general[1]),
                "dfa": dfa,
                "lead": lead,
                "national_prefix": md.national_prefix or "",
                "same_mobile_fixed": bool(md.same_mobile_and_fixed_line_pattern),
            })
        countries.append({"cc": cc, "regions": regions})
    return countries


# --------------------------------------------------------------------------------------------------
# Reference logic (mirrors the Swift engine) and cross-check against phonenumbers
# --------------------------------------------------------------------------------------------------
def engine_region(country, nsn):
    for r in country["regions"]:
        if r["lead"] is not None:
            if r["lead"].run(nsn):
                return r
        elif r["dfa"].run(nsn):
            return r
    return None


def engine_type(region, label):
    for bit in range(8):
        if label & (1 << bit):
            return TYPES[bit][2]
    if label & (1 << BIT_FIXED):
        if region["same_mobile_fixed"] or label & (1 << BIT_MOBILE):
            return PhoneNumberType.FIXED_LINE_OR_MOBILE
        return PhoneNumberType.FIXED_LINE
    if label & (1 << BIT_MOBILE) and not region["same_mobile_fixed"]:
        return PhoneNumberType.MOBILE
    return PhoneNumberType.UNKNOWN


def engine_check(country, nsn):
    """(valid, region_code or None, type) the way the Swift strict mode computes it."""
    r = engine_region(country, nsn)
    if r is None:
        return False, None, PhoneNumberType.UNKNOWN
    label = r["dfa"].run(nsn)
    t = engine_type(r, label)
    return t != PhoneNumberType.UNKNOWN, r["code"], t


def pn_number(cc, nsn):
    zeros = len(nsn) - len(nsn.lstrip("0"))
    num = PhoneNumber(country_code=cc, national_number=int(nsn) if nsn.strip("0") else 0)
    if zeros:
        num.italian_leading_zero = True
        num.number_of_leading_zeros = zeros
    return num


def pn_check(cc, nsn):
    num = pn_number(cc, nsn)
    valid = phonenumbers.is_valid_number(num)
    region = phonenumbers.region_code_for_number(num)
    return valid, region if valid else None, phonenumbers.number_type(num) if valid else PhoneNumberType.UNKNOWN


def sample_numbers(country, rng):
    out = set()
    for r in country["regions"]:
        md = r["md"]
        for attr in ["general_desc"] + [a for a, _, _ in TYPES]:
            d = getattr(md, attr)
            if d is not None and d.example_number:
                out.add(d.example_number)
        # random walks through the automaton (valid-looking numbers) and plain random digit strings
        dfa = r["dfa"]
        for _ in range(60):
            s, digits = dfa.start, ""
            target = rng.choice(r["general_lengths"])
            for _ in range(target):
                choices = [d for d in range(10) if dfa.trans[s][d] != 0]
                if not choices:
                    break
                d = rng.choice(choices)
                digits += str(d)
                s = dfa.trans[s][d]
            if digits:
                out.add(digits)
        for _ in range(40):
            length = rng.choice(r["general_lengths"] + [min(r["general_lengths"]) - 1, max(r["general_lengths"]) + 1])
            if length > 0:
                out.add("".join(rng.choice("0123456789") for _ in range(length)))
    mutated = set()
    for x in sorted(out):
        if len(x) > 1:
            i = rng.randrange(len(x))
            mutated.add(x[:i] + rng.choice("0123456789") + x[i + 1:])
            mutated.add(x[:-1])
            mutated.add(x + rng.choice("0123456789"))
    return sorted(out | mutated)


def cross_check(countries):
    rng = random.Random(164)
    checked = 0
    vectors = []
    for country in countries:
        cc = country["cc"]
        for nsn in sample_numbers(country, rng):
            if not nsn:
                continue
            ok, region, t = engine_check(country, nsn)
            mine = (ok, region if ok else None, t)
            ref = pn_check(cc, nsn)
            if mine != ref:
                raise SystemExit(f"MISMATCH +{cc} {nsn}: engine {mine} vs phonenumbers {ref}")
            checked += 1
            vectors.append((cc, nsn, mine))
    return checked, vectors


# --------------------------------------------------------------------------------------------------
# Swift output
# --------------------------------------------------------------------------------------------------
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def enc18(v: int) -> str:
    assert 0 <= v < 1 << 18
    return B64[(v >> 12) & 63] + B64[(v >> 6) & 63] + B64[v & 63]


def swift_string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def accepted_lengths(dfa: DFA) -> set[int]:
    """Lengths of the strings the automaton accepts (it is acyclic: lengths are bounded)."""
    lengths = set()
    frontier = {dfa.start}
    depth = 0
    while frontier:
        if any(dfa.label[s] for s in frontier):
            lengths.add(depth)
        frontier = {t for s in frontier for t in dfa.trans[s] if t != 0}
        depth += 1
    return lengths


def leading_zero_possible(dfa: DFA) -> bool:
    """True when some fixed-line or mobile number of the region starts with 0 (Italy, Cote d'Ivoire, ...):
    there a 0 right after the country code is part of the number, not a trunk prefix. Toll-free and other
    special ranges starting with 0 (Indonesia's 00x, India's 000800) do not count."""
    wanted = (1 << BIT_FIXED) | (1 << BIT_MOBILE)
    first = dfa.trans[dfa.start][0]
    seen, stack = {first}, [first]
    while stack:
        s = stack.pop()
        if s == 0:
            continue
        if dfa.label[s] & wanted:
            return True
        for t in dfa.trans[s]:
            if t not in seen:
                seen.add(t)
                stack.append(t)
    return False


def emit(countries, checked) -> str:
    # Global state numbering: 0 = dead, then every automaton's states (its local 0 maps to the global 0).
    trans: list[int] = [0] * 10
    labels: list[int] = [0]

    def place(dfa: DFA) -> int:
        base = len(labels) - 1  # local state k (k >= 1) -> base + k
        for k in range(1, len(dfa.trans)):
            for t in dfa.trans[k]:
                trans.append(0 if t == 0 else base + t)
            labels.append(dfa.label[k])
        return base + dfa.start

    region_rows = []
    country_rows = []
    for country in countries:
        cc = country["cc"]
        first = len(region_rows)
        # Shortest / longest national numbers the country really has: lengths at which some valid number
        # (an accepting automaton state) exists, not just general_desc's possible lengths.
        min_nsn = min(min(accepted_lengths(r["dfa"])) for r in country["regions"])
        max_nsn = max(max(accepted_lengths(r["dfa"])) for r in country["regions"])
        zero_ok = False
        for r in country["regions"]:
            start = place(r["dfa"])
            lead = place(r["lead"]) if r["lead"] is not None else -1
            if leading_zero_possible(r["dfa"]):
                zero_ok = True
            mask = 0
            for length in accepted_lengths(r["dfa"]):
                mask |= 1 << length
            region_rows.append(
                f"        E164RegionRule(code: {swift_string(r['code'])}, name: {swift_string(r['name'])}, "
                f"countryCode: {cc}, start: {start}, leadingStart: {lead}, lengthMask: 0x{mask:X}, "
                f"nationalPrefix: {swift_string(r['national_prefix'])}, sameMobileAndFixed: {str(r['same_mobile_fixed']).lower()}),"
            )
        country_rows.append(
            f"        E164CountryRule(countryCode: {cc}, firstRegion: {first}, regionCount: {len(country['regions'])}, "
            f"minNSN: {min_nsn}, maxNSN: {max_nsn}, leadingZeroPossible: {str(zero_ok).lower()}),"
        )
    assert len(labels) < 1 << 16, "the Swift side stores states as UInt16"
    # Lookup of a country code by its digits: 1-digit codes at d, 2-digit at 10+dd, 3-digit at 110+ddd.
    cc_index = [-1] * 1110
    for i, country in enumerate(countries):
        cc = country["cc"]
        slot = cc if cc < 10 else (10 + cc if cc < 100 else 110 + cc)
        cc_index[slot] = i

    def chunk(values, per_line):
        lines = []
        for i in range(0, len(values), per_line):
            lines.append("".join(enc18(v) for v in values[i:i + per_line]))
        return "\\\n".join(lines)

    max_label = max(labels)
    assert max_label < 1 << 10
    out = []
    out.append("// GENERATED FILE: do not edit by hand.")
    out.append("// Generator: plugins/E164Validate/generator/generate_table.py")
    out.append(f"// Source: libphonenumber metadata from the Python package phonenumbers=={phonenumbers.__version__} (PyPI).")
    out.append(f"// {len(countries)} country calling codes, {len(region_rows)} regions, {len(labels)} automaton states;")
    out.append(f"// cross-checked against phonenumbers.is_valid_number/region_code_for_number/number_type on {checked} numbers.")
    out.append("// Regenerate: pip install -r generator/requirements.txt && python3 generator/generate_table.py")
    out.append("")
    out.append("enum E164Table {")
    out.append(f"    static let phonenumbersVersion = {swift_string(phonenumbers.__version__)}")
    out.append("")
    out.append("    /// Country calling codes: index into `countries` for a code of 1 digit at [d], 2 digits at [10 + dd],")
    out.append("    /// 3 digits at [110 + ddd]; -1 when not assigned.")
    out.append("    static let countryIndex: [Int16] = [")
    for i in range(0, len(cc_index), 30):
        out.append("        " + ", ".join(str(v) for v in cc_index[i:i + 30]) + ",")
    out.append("    ]")
    out.append("")
    out.append("    static let countries: [E164CountryRule] = [")
    out.extend(country_rows)
    out.append("    ]")
    out.append("")
    out.append("    static let regions: [E164RegionRule] = [")
    out.extend(region_rows)
    out.append("    ]")
    out.append("")
    out.append(f"    static let stateCount = {len(labels)}")
    out.append("")
    out.append("    /// Automaton transitions, 10 per state (digits 0-9), each an 18-bit state number written as 3 base-64")
    out.append("    /// characters (A-Z a-z 0-9 + /), 40 values a line. State 0 is the dead state.")
    out.append('    static let transitionsText: StaticString = """')
    out.append(chunk(trans, 40))
    out.append('"""')
    out.append("")
    out.append("    /// Per-state label: bit set of the number types (E164NumberType bit numbers) that accept here, 0 = reject.")
    out.append("    /// For a leading-digits automaton any non-zero label means \"prefix matched\".")
    out.append('    static let labelsText: StaticString = """')
    out.append(chunk(labels, 40))
    out.append('"""')
    out.append("}")
    out.append("")
    return "\n".join(out)


def emit_vectors(vectors) -> str:
    rng = random.Random(7)
    # Keep the file small: every valid example-like vector for a sample, plus invalid ones.
    valid = [v for v in vectors if v[2][0]]
    invalid = [v for v in vectors if not v[2][0]]
    pick = rng.sample(valid, min(1500, len(valid))) + rng.sample(invalid, min(1500, len(invalid)))
    pick.sort()
    type_names = {
        PhoneNumberType.FIXED_LINE: "fixedLine", PhoneNumberType.MOBILE: "mobile",
        PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixedLineOrMobile", PhoneNumberType.TOLL_FREE: "tollFree",
        PhoneNumberType.PREMIUM_RATE: "premiumRate", PhoneNumberType.SHARED_COST: "sharedCost",
        PhoneNumberType.VOIP: "voip", PhoneNumberType.PERSONAL_NUMBER: "personalNumber",
        PhoneNumberType.PAGER: "pager", PhoneNumberType.UAN: "uan", PhoneNumberType.VOICEMAIL: "voicemail",
    }
    out = [
        "// GENERATED FILE: do not edit by hand.",
        "// Generator: plugins/E164Validate/generator/generate_table.py",
        f"// Conformance vectors computed by phonenumbers=={phonenumbers.__version__} itself (is_valid_number,",
        "// region_code_for_number, number_type) on example, random and mutated national numbers. They check that the",
        "// Swift engine + generated table reproduce libphonenumber's verdicts; the hand-written, plan-based cases are",
        "// in E164Tests.swift.",
        "",
        "/// One vector a line: country code, national significant number, region when valid or - when invalid,",
        "/// type name or - (a string rather than an array literal: it compiles in no time).",
        'let e164ConformanceText = """',
    ]
    for cc, nsn, (ok, region, t) in pick:
        out.append(f"{cc} {nsn} {region if ok else '-'} {type_names.get(t, '-') if ok else '-'}")
    out.append('"""')
    out.append("")
    out.append("/// (country code, national significant number, region or \"\", type name or \"\")")
    out.append("let e164ConformanceVectors: [(Int, String, String, String)] = e164ConformanceText.split(separator: \"\\n\").map { line in")
    out.append("    let f = line.split(separator: \" \").map(String.init)")
    out.append("    return (Int(f[0])!, f[1], f[2] == \"-\" ? \"\" : f[2], f[3] == \"-\" ? \"\" : f[3])")
    out.append("}")
    out.append("")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the checked-in files are up to date")
    ap.add_argument("--allow-version-mismatch", action="store_true")
    args = ap.parse_args()
    if phonenumbers.__version__ != PINNED_VERSION and not args.allow_version_mismatch:
        raise SystemExit(f"phonenumbers {phonenumbers.__version__} installed, {PINNED_VERSION} pinned "
                         f"(see requirements.txt); pass --allow-version-mismatch to override")
    countries = collect()
    checked, vectors = cross_check(countries)
    table = emit(countries, checked)
    vec = emit_vectors(vectors)
    if args.check:
        stale = [p for p, text in ((OUT_TABLE, table), (OUT_VECTORS, vec))
                 if not os.path.exists(p) or open(p, encoding="utf-8").read() != text]
        if stale:
            raise SystemExit("stale: " + ", ".join(stale))
        print("up to date")
        return
    with open(OUT_TABLE, "w", encoding="utf-8") as f:
        f.write(table)
    with open(OUT_VECTORS, "w", encoding="utf-8") as f:
        f.write(vec)
    print(f"wrote {OUT_TABLE} ({len(table)} bytes) and {OUT_VECTORS}; cross-checked {checked} numbers",
          file=sys.stderr)


if __name__ == "__main__":
    main()
