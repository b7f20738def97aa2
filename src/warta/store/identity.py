"""One identity per person or organisation across articles.

Each distinct (label, name, role) written in the corpus is a *surface*; :func:`resolve` groups
surfaces into identities, each link with a confidence:

- the same full name (two or more words, titles stripped) is one person, unless its roles are
  incompatible (namesakes with different roles stay apart); a role-less mention joins the name's
  only role group, or a clearly dominant one;
- a two-word name links to a unique longer name with the same first and last word;
- a bare surname or first name links to the one full name containing it, when that is unambiguous
  in the corpus (roles compatible, else the organisations around it); otherwise it stays apart; a
  bare name written with a role needs a full name that carries a compatible role;
- an organisation acronym links to the one organisation whose initials it is.

User corrections (merge/split) are replayed on top, in the order they were made.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from warta import config, lang
from warta.store.text import fold, optional_lexicon, tokens

SKey = tuple[str, str, str]  # (label, key, role_key)
# surface ids -> {surface id: keys of the organisations mentioned in the same articles}
Context = Callable[[list[int]], dict[int, set[str]]]


@dataclass(frozen=True)
class Surface:
    """A distinct (label, name key, role key) with its display forms and weight (mentions + quotes)."""

    id: int
    label: str
    key: str
    role_key: str
    name: str
    role: str | None
    weight: int = 1

    @property
    def skey(self) -> SKey:
        """The surface's natural key."""
        return (self.label, self.key, self.role_key)


@dataclass
class Identity:
    """A group of surfaces denoting one person/organisation; ``links`` maps surface id to the
    confidence of its link to the identity."""

    label: str
    links: dict[int, float] = field(default_factory=dict)
    split: bool = False


@cache
def _stop() -> frozenset[str]:
    return frozenset(fold(w) for w in optional_lexicon("stopwords")) | {"ri", "republik"}


@cache
def _generic() -> frozenset[str]:
    words = {t for entry in optional_lexicon("roles") for t in tokens(fold(entry))}
    words |= {t for entry in lang.lexicon("id", "store_role_generic") for t in tokens(fold(entry))}
    return frozenset(words)


def _role_words(role_key: str) -> frozenset[str]:
    return frozenset(t for t in role_key.split() if t not in _stop() and len(t) > 1)


def roles_compatible(a: str, b: str) -> bool:
    """True when two role keys may describe the same person: either is empty, or they share a
    specific word (an organisation or place), or, when one has only generic office words, any word."""
    if not a or not b:
        return True
    wa, wb = _role_words(a), _role_words(b)
    sa, sb = wa - _generic(), wb - _generic()
    if sa and sb:
        return bool(sa & sb)
    return bool(wa & wb)


class _UF:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _conf(name: str) -> float:
    return float(config.get("store", f"link_{name}"))


def _group_by_role(members: list[Surface], conf_exact: float, conf_roleless: float) -> list[dict[int, float]]:
    """Split surfaces sharing one name key into role-compatible groups."""
    roled = [s for s in members if s.role_key]
    bare = [s for s in members if not s.role_key]
    uf = _UF()
    for i, a in enumerate(roled):
        uf.find(a.id)
        for b in roled[i + 1 :]:
            if roles_compatible(a.role_key, b.role_key):
                uf.union(a.id, b.id)
    groups: dict[int, dict[int, float]] = defaultdict(dict)
    weight: dict[int, int] = defaultdict(int)
    for s in roled:
        root = uf.find(s.id)
        groups[root][s.id] = conf_exact
        weight[root] += s.weight
    out = list(groups.values())
    if not bare:
        return out
    if len(out) <= 1:
        target = out[0] if out else {}
        if not out:
            out.append(target)
        for s in bare:
            target[s.id] = conf_roleless if roled else conf_exact
        return out
    ranked = sorted(groups, key=lambda r: -weight[r])
    ratio = float(config.get("store", "dominant_ratio"))
    if weight[ranked[0]] >= ratio * weight[ranked[1]]:
        for s in bare:
            groups[ranked[0]][s.id] = _conf("dominant")
    else:
        out.append({s.id: conf_exact for s in bare})
    return out


def _acronym(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in _stop())


def resolve(
    surfaces: Iterable[Surface],
    corrections: Iterable[tuple[str, dict]] = (),
    context: Context | None = None,
) -> list[Identity]:
    """Group ``surfaces`` into identities (see the module docstring), then apply ``corrections``:
    ``("merge", {"a": skey, "b": skey})`` and ``("split", {"surfaces": [skey, ...]})``.
    ``context`` gives the organisations co-mentioned with surfaces, used for ambiguous bare names."""
    by_label: dict[str, list[Surface]] = defaultdict(list)
    for s in surfaces:
        by_label[s.label].append(s)
    idents: list[Identity] = []
    for label, items in sorted(by_label.items()):
        if label == "PERSON":
            idents.extend(_resolve_people(items, context))
        elif label == "ORG":
            idents.extend(_resolve_orgs(items))
        else:
            by_key: dict[str, dict[int, float]] = defaultdict(dict)
            for s in items:
                by_key[s.key][s.id] = 1.0
            idents.extend(Identity(label, links) for links in by_key.values())
    skeys = {}
    for items in by_label.values():
        for s in items:
            skeys[s.skey] = s.id
    return _apply_corrections(idents, corrections, skeys)


def _specific(words: Iterable[str]) -> set[str]:
    return {w for w in words if w not in _stop() and w not in _generic() and len(w) > 1}


def _by_context(
    pending: list[tuple[Surface, list[int]]],
    groups: list[dict[int, float]],
    group_roles: list[set[str]],
    context: Context,
) -> list[tuple[Surface, int | None]]:
    """Settle ambiguous bare names by organisation context: the one candidate whose roles or
    co-mentioned organisations share a specific word with the bare name's own."""
    need = {s.id for s, _ in pending} | {sid for _, gids in pending for g in gids for sid in groups[g]}
    ctx = context(sorted(need))
    out: list[tuple[Surface, int | None]] = []
    for s, gids in pending:
        mine = _specific(w for k in ctx.get(s.id, ()) for w in k.split()) | _specific(s.role_key.split())
        hits = []
        for g in gids:
            theirs = _specific(w for sid in groups[g] for k in ctx.get(sid, ()) for w in k.split())
            theirs |= _specific(w for r in group_roles[g] for w in r.split())
            if mine & theirs:
                hits.append(g)
        out.append((s, hits[0] if len(hits) == 1 else None))
    return out


@cache
def _office_words() -> frozenset[str]:
    from warta.store.text import _role_abbrev

    return _generic() | frozenset(_role_abbrev())


def _strip_role_prefixes(items: list[Surface]) -> tuple[list[Surface], dict[int, float]]:
    """``Sekjen NATO Jens Stoltenberg`` -> the name ``jens stoltenberg`` (written elsewhere in the
    corpus) with role ``sekjen nato``: a name whose leading words start with an office word and
    whose tail is another full name is re-keyed to that tail (link confidence capped)."""
    keys = {s.key for s in items if len(s.key.split()) >= 2}
    words = _office_words()
    out, caps = [], {}
    for s in items:
        w = s.key.split()
        if len(w) >= 3 and w[0] in words:
            for i in range(1, len(w) - 1):
                tail = " ".join(w[i:])
                if w[i] not in words and tail in keys:
                    prefix = " ".join(w[:i])
                    out.append(replace(s, key=tail, role_key=s.role_key or prefix))
                    caps[s.id] = _conf("role_prefix")
                    break
            else:
                out.append(s)
        else:
            out.append(s)
    return out, caps


def _merge_tails(
    full: dict[str, list[Surface]],
    key_groups: dict[str, list[int]],
    groups: list[dict[int, float]],
    group_roles: list[set[str]],
    merged: set[int],
) -> None:
    """``Muhammad Iqbal`` -> the one longer name ending with it (``Lalu Muhammad Iqbal``) when both
    carry roles that share a specific word (same office in the same organisation). Longer names
    that end one another count once, as the longest (``Argo Yuwono`` -> ``Raden Prabowo Argo
    Yuwono``, also written ``Prabowo Argo Yuwono``)."""
    tails: dict[str, set[str]] = defaultdict(set)
    for key in full:
        w = key.split()
        for i in range(1, len(w) - 1):
            tails[" ".join(w[i:])].add(key)
    for key in full:
        longer = tails.get(key, set())
        # nested longer forms are one name: "Prabowo Argo Yuwono" inside "Raden Prabowo Argo Yuwono"
        longer = {k for k in longer if not tails.get(k, set()) & longer}
        if len(longer) != 1 or len(key_groups[key]) != 1:
            continue
        (target,) = longer
        src, dst = key_groups[key][0], key_groups[target][0] if len(key_groups[target]) == 1 else None
        if dst is None or src in merged or dst in merged or not group_roles[src] or not group_roles[dst]:
            continue
        mine = _specific(w for r in group_roles[src] for w in r.split())
        theirs = _specific(w for r in group_roles[dst] for w in r.split())
        compatible = all(roles_compatible(a, b) for a in group_roles[src] for b in group_roles[dst])
        if compatible and mine & theirs:
            for sid in groups[src]:
                groups[dst][sid] = min(groups[src][sid], _conf("subname"))
            group_roles[dst] |= group_roles[src]
            merged.add(src)


def _resolve_people(items: list[Surface], context: Context | None = None) -> list[Identity]:
    exact, roleless = _conf("exact"), _conf("roleless")
    items, caps = _strip_role_prefixes(items)
    by_key: dict[str, list[Surface]] = defaultdict(list)
    for s in items:
        by_key[s.key].append(s)
    full = {k: v for k, v in by_key.items() if len(k.split()) >= 2}
    groups: list[dict[int, float]] = []
    group_roles: list[set[str]] = []
    by_surface: dict[int, int] = {}

    def add(links: dict[int, float]) -> int:
        groups.append(links)
        group_roles.append({s.role_key for s in items if s.id in links and s.role_key})
        for sid in links:
            by_surface[sid] = len(groups) - 1
        return len(groups) - 1

    key_groups: dict[str, list[int]] = defaultdict(list)
    for key in sorted(full, key=lambda k: (-len(k.split()), k)):
        for links in _group_by_role(full[key], exact, roleless):
            key_groups[key].append(add(links))
    # two-word names -> unique longer name with the same first and last word
    ends: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key in full:
        w = key.split()
        if len(w) >= 3:
            ends[(w[0], w[-1])].add(key)
    merged: set[int] = set()
    for key in full:
        w = key.split()
        longer = ends.get((w[0], w[-1]), set()) if len(w) == 2 else set()
        if len(longer) == 1 and len(key_groups[key]) == 1:
            (target_key,) = longer
            if len(key_groups[target_key]) == 1:
                src, dst = key_groups[key][0], key_groups[target_key][0]
                if all(roles_compatible(a, b) for a in group_roles[src] for b in group_roles[dst]):
                    for sid in groups[src]:
                        groups[dst][sid] = min(groups[src][sid], _conf("subname"))
                    group_roles[dst] |= group_roles[src]
                    merged.add(src)
    _merge_tails(full, key_groups, groups, group_roles, merged)
    token_index: dict[str, set[int]] = defaultdict(set)
    for key, gids in key_groups.items():
        for tok in key.split():
            for g in gids:
                if g not in merged:
                    token_index[tok].add(g)
    leftovers: dict[str, list[Surface]] = defaultdict(list)
    pending: list[tuple[Surface, list[int]]] = []
    for key, members in by_key.items():
        if key in full:
            continue
        for s in members:
            cands = token_index.get(key, set())
            # a bare name with a role joins only a full name that carries a compatible role somewhere
            # ("Pangeran Harry" is not the role-less "Harry Styles")
            fitting = [g for g in cands if (group_roles[g] or not s.role_key)
                       and all(roles_compatible(s.role_key, r) for r in group_roles[g])]
            if len(cands) == 1 and fitting:
                conf = (
                    _conf("bare_unique")
                    if not s.role_key or not group_roles[fitting[0]]
                    else _conf("bare_role")
                )
                groups[fitting[0]][s.id] = conf
            elif len(fitting) == 1 and s.role_key:
                groups[fitting[0]][s.id] = _conf("bare_choice")
            elif len(fitting) > 1 and context is not None:
                pending.append((s, fitting))
            else:
                leftovers[key].append(s)
    if pending:
        for s, gid in _by_context(pending, groups, group_roles, context):
            if gid is None:
                leftovers[s.key].append(s)
            else:
                groups[gid][s.id] = _conf("bare_context")
    for members in leftovers.values():
        for links in _group_by_role(members, exact, roleless):
            add(links)
    for g in groups:
        for sid in g.keys() & caps.keys():
            g[sid] = min(g[sid], caps[sid])
    return [Identity("PERSON", g) for i, g in enumerate(groups) if i not in merged and g]


def _resolve_orgs(items: list[Surface]) -> list[Identity]:
    by_key: dict[str, dict[int, float]] = defaultdict(dict)
    for s in items:
        by_key[s.key][s.id] = _conf("exact")
    initials: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        if len(key.split()) >= 2:
            initials[_acronym(key)].append(key)
    for key in list(by_key):
        if len(key.split()) == 1 and len(initials.get(key, [])) == 1:
            target = initials[key][0]
            for sid in by_key.pop(key):
                by_key[target][sid] = _conf("acronym")
    return [Identity("ORG", links) for links in by_key.values()]


def _apply_corrections(
    idents: list[Identity], corrections: Iterable[tuple[str, dict]], skeys: dict[SKey, int]
) -> list[Identity]:
    owner = {sid: ident for ident in idents for sid in ident.links}
    for action, payload in corrections:
        if action == "merge":
            sa, sb = skeys.get(tuple(payload["a"])), skeys.get(tuple(payload["b"]))
            if sa is None or sb is None or owner[sa] is owner[sb]:
                continue
            keep, gone = owner[sa], owner[sb]
            for sid in gone.links:
                keep.links[sid] = 1.0
                owner[sid] = keep
            for sid in keep.links:
                keep.links[sid] = 1.0
            gone.links = {}
        elif action == "split":
            sids = [skeys[tuple(k)] for k in payload["surfaces"] if tuple(k) in skeys]
            if not sids:
                continue
            new = Identity(owner[sids[0]].label, split=True)
            for sid in sids:
                owner[sid].links.pop(sid, None)
                new.links[sid] = 1.0
                owner[sid] = new
            idents.append(new)
    return [i for i in idents if i.links]
