"""Regression floors on real held-out news (``tests/data/quotes_indosum``, IndoSum, CC BY-SA 4.0).

16 IndoSum articles (folds dev.03 and dev.04; CNN Indonesia, Antaranews, Merdeka, Poskotanews, Goal,
Suara, Kumparan, Rimanews, Juara) whose gold quotations were written and committed before the system
ran on them. Scored once unseen (direct / indirect attribution F1 0.956 / 0.774, see
docs/quotes.md), then used to find patterns that did not generalise; each fix is a general rule
with its own unit test on sentences written for it (``test_quotes_indirect_generalise2.py``,
``test_speakers_generalise2.py``). The floors sit just under what ``warta.analyze`` reaches now, so
they catch regressions; they no longer measure unseen accuracy. Batch B
(``tests/data/quotes_indosum_b``, 8 more articles) was scored unseen after the batch-A fixes
(0.955 / 0.703), then fixed the same way (``test_quotes_indirect_generalise3.py``,
``test_speakers_generalise3.py``). Batch C (``tests/data/quotes_indosum_c``, 10 articles of fold
dev.01 on sport, economy, regional crime, international news and entertainment) was scored unseen
after the batch-B fixes (0.828 / 0.667), then fixed the same way (``test_speakers_generalise4.py``,
``test_quotes_indirect_generalise4.py``). Batch D (``tests/data/quotes_indosum_d``, 10 more articles
of fold dev.01) was scored unseen after the batch-C fixes (0.871 / 0.733), then fixed the same way
(``test_speakers_generalise5.py``, ``test_quotes_generalise5.py``). Batches E-P (10 articles each,
fold dev.01) were written blind and scored unseen one after another, each after the fixes made on
the ones before it (figures in each folder's SOURCE.md); their fixes are tested in
``test_speakers_generalise6.py`` and ``test_quotes_generalise6.py``.
"""

from pathlib import Path

import pytest

from warta import analyze
from warta.eval.articles import load_gold, score_articles

FOLDER = Path(__file__).parent / "data" / "quotes_indosum"


@pytest.fixture(scope="module")
def figures():
    gold = load_gold(FOLDER)
    assert len(gold) == 16
    pred = {a["id"]: analyze(a["text"], published=a.get("published"), url=a.get("url")).to_dict() for a in gold}
    return score_articles(gold, pred)


def test_quotes_indosum_direct_floor(figures):
    d = figures["direct"]
    assert d["gold"] == 57
    assert d["span_f1"] >= 0.98
    assert d["attribution_f1"] >= 0.98
    assert d["speaker_acc_strict"] >= 0.95


def test_quotes_indosum_indirect_floor(figures):
    i = figures["indirect"]
    assert i["gold"] == 52
    assert i["attribution_f1"] >= 0.95
    assert i["attribution_recall"] >= 0.95
    assert i["speaker_acc_strict"] >= 0.95


@pytest.fixture(scope="module")
def figures_b():
    gold = load_gold(FOLDER.with_name("quotes_indosum_b"))
    assert len(gold) == 8
    pred = {a["id"]: analyze(a["text"], published=a.get("published"), url=a.get("url")).to_dict() for a in gold}
    return score_articles(gold, pred)


def test_quotes_indosum_batch_b_floor(figures_b):
    d, i = figures_b["direct"], figures_b["indirect"]
    assert (d["gold"], i["gold"]) == (23, 21)
    assert d["attribution_f1"] >= 0.95
    assert d["speaker_acc_strict"] >= 0.95
    assert i["attribution_f1"] >= 0.93
    assert i["attribution_recall"] >= 0.88


@pytest.fixture(scope="module")
def figures_c():
    gold = load_gold(FOLDER.with_name("quotes_indosum_c"))
    assert len(gold) == 10
    pred = {a["id"]: analyze(a["text"], published=a.get("published"), url=a.get("url")).to_dict() for a in gold}
    return score_articles(gold, pred)


def test_quotes_indosum_batch_c_floor(figures_c):
    d, i = figures_c["direct"], figures_c["indirect"]
    assert (d["gold"], i["gold"]) == (29, 26)
    assert d["attribution_f1"] >= 0.97
    assert d["speaker_acc_strict"] >= 0.95
    assert i["attribution_f1"] >= 0.90
    assert i["attribution_recall"] >= 0.84
    assert i["speaker_acc_strict"] >= 0.95


@pytest.fixture(scope="module")
def figures_d():
    gold = load_gold(FOLDER.with_name("quotes_indosum_d"))
    assert len(gold) == 10
    pred = {a["id"]: analyze(a["text"], published=a.get("published"), url=a.get("url")).to_dict() for a in gold}
    return score_articles(gold, pred)


def test_quotes_indosum_batch_d_floor(figures_d):
    # batch D: scored unseen after the batch-C fixes (0.871 / 0.733), then fixed by general rules
    # (test_speakers_generalise5.py, test_quotes_generalise5.py)
    d, i = figures_d["direct"], figures_d["indirect"]
    assert (d["gold"], i["gold"]) == (32, 33)
    assert d["attribution_f1"] >= 0.93
    assert d["speaker_acc_strict"] >= 0.93
    assert i["attribution_f1"] >= 0.87
    assert i["attribution_recall"] >= 0.81
    assert i["speaker_acc_strict"] >= 0.92


# batch folder -> (direct gold, indirect gold, floors); each batch was scored unseen first
LATER_BATCHES = {
    "quotes_indosum_e": (34, 30, {"d_att": 0.89, "d_strict": 0.83, "i_att": 0.91, "i_rec": 0.91}),
    "quotes_indosum_f": (37, 48, {"d_att": 0.97, "d_strict": 0.97, "i_att": 0.88, "i_rec": 0.85}),
    "quotes_indosum_g": (39, 37, {"d_att": 0.97, "d_strict": 0.92, "i_att": 0.96, "i_rec": 0.95}),
    "quotes_indosum_h": (40, 33, {"d_att": 0.95, "d_strict": 0.95, "i_att": 0.94, "i_rec": 0.91}),
    "quotes_indosum_i": (34, 25, {"d_att": 0.91, "d_strict": 0.83, "i_att": 0.91, "i_rec": 0.85}),
    # session 12: a pronoun passes over a subject the NER labels an organisation or place; the NER
    # labels the judge "Kusno" a place, so J loses one speaker (+7 on all seen folders, PFSA-ID +0.001)
    "quotes_indosum_j": (36, 32, {"d_att": 0.92, "d_strict": 0.85, "i_att": 0.85, "i_rec": 0.78}),
    "quotes_indosum_k": (39, 27, {"d_att": 0.90, "d_strict": 0.66, "i_att": 0.81, "i_rec": 0.75}),
    "quotes_indosum_l": (41, 42, {"d_att": 0.95, "d_strict": 0.92, "i_att": 0.88, "i_rec": 0.83}),
    "quotes_indosum_m": (34, 41, {"d_att": 0.94, "d_strict": 0.94, "i_att": 0.87, "i_rec": 0.80}),
    "quotes_indosum_n": (40, 38, {"d_att": 0.90, "d_strict": 0.90, "i_att": 0.86, "i_rec": 0.81}),
    # o and be: indirect floors lowered in session 10, when "yakin" became a silent cue (no quotation;
    # over all 104 gold folders it gave 5 gold quotes and 17 false ones; these batches annotate it)
    "quotes_indosum_o": (34, 36, {"d_att": 0.96, "d_strict": 0.97, "i_att": 0.85, "i_rec": 0.78}),
    "quotes_indosum_p": (33, 31, {"d_att": 0.91, "d_strict": 0.79, "i_att": 0.83, "i_rec": 0.78}),
    # batches Q-AF (session 6): scored unseen first (each SOURCE.md), then fixed by general rules
    "quotes_indosum_q": (25, 25, {"d_att": 0.98, "d_strict": 0.98, "i_att": 0.87, "i_rec": 0.86}),
    "quotes_indosum_r": (29, 30, {"d_att": 0.92, "d_strict": 0.80, "i_att": 0.73, "i_rec": 0.64}),
    "quotes_indosum_s": (37, 36, {"d_att": 0.82, "d_strict": 0.84, "i_att": 0.83, "i_rec": 0.81}),
    "quotes_indosum_t": (35, 35, {"d_att": 0.92, "d_strict": 0.89, "i_att": 0.90, "i_rec": 0.89}),
    "quotes_indosum_u": (29, 27, {"d_att": 0.98, "d_strict": 0.77, "i_att": 0.81, "i_rec": 0.72}),
    "quotes_indosum_v": (26, 24, {"d_att": 0.88, "d_strict": 0.78, "i_att": 0.83, "i_rec": 0.85}),
    "quotes_indosum_w": (40, 27, {"d_att": 0.77, "d_strict": 0.78, "i_att": 0.86, "i_rec": 0.79}),
    "quotes_indosum_x": (20, 25, {"d_att": 0.98, "d_strict": 0.98, "i_att": 0.78, "i_rec": 0.74}),
    "quotes_indosum_y": (28, 26, {"d_att": 0.80, "d_strict": 0.76, "i_att": 0.55, "i_rec": 0.51}),
    "quotes_indosum_z": (24, 25, {"d_att": 0.83, "d_strict": 0.73, "i_att": 0.77, "i_rec": 0.74}),
    "quotes_indosum_aa": (33, 28, {"d_att": 0.91, "d_strict": 0.58, "i_att": 0.64, "i_rec": 0.58}),
    "quotes_indosum_ab": (22, 24, {"d_att": 0.89, "d_strict": 0.84, "i_att": 0.81, "i_rec": 0.81}),
    "quotes_indosum_ac": (24, 15, {"d_att": 0.68, "d_strict": 0.60, "i_att": 0.64, "i_rec": 0.57}),
    "quotes_indosum_ad": (26, 23, {"d_att": 0.84, "d_strict": 0.85, "i_att": 0.75, "i_rec": 0.71}),
    "quotes_indosum_ae": (43, 32, {"d_att": 0.94, "d_strict": 0.67, "i_att": 0.77, "i_rec": 0.69}),
    # session 15: `Korut` as speaker now reads `Korea Utara`; the gold's `Militer Korut` matched the
    # bare `Korut` only through the shared word
    "quotes_indosum_af": (22, 26, {"d_att": 0.72, "d_strict": 0.31, "i_att": 0.79, "i_rec": 0.74}),
    # batches AG-AJ (session 6, scored unseen last) and AK-AZ (session 7, four rounds, each scored
    # unseen first, figures in each SOURCE.md): floors after the session-7 fixes, 0.02 below the figures
    "quotes_indosum_ag": (24, 12, {"d_att": 0.81, "d_strict": 0.72, "i_att": 0.90, "i_rec": 0.97}),
    "quotes_indosum_ah": (19, 13, {"d_att": 0.87, "d_strict": 0.71, "i_att": 0.69, "i_rec": 0.74}),
    "quotes_indosum_ai": (21, 20, {"d_att": 0.64, "d_strict": 0.53, "i_att": 0.68, "i_rec": 0.62}),
    "quotes_indosum_aj": (20, 19, {"d_att": 0.85, "d_strict": 0.87, "i_att": 0.82, "i_rec": 0.71}),
    "quotes_indosum_ak": (15, 11, {"d_att": 0.84, "d_strict": 0.77, "i_att": 0.88, "i_rec": 0.88}),
    "quotes_indosum_al": (16, 20, {"d_att": 0.91, "d_strict": 0.85, "i_att": 0.85, "i_rec": 0.87}),
    "quotes_indosum_am": (18, 19, {"d_att": 0.92, "d_strict": 0.97, "i_att": 0.80, "i_rec": 0.71}),
    "quotes_indosum_an": (17, 12, {"d_att": 0.92, "d_strict": 0.92, "i_att": 0.93, "i_rec": 0.97}),
    "quotes_indosum_ao": (34, 25, {"d_att": 0.95, "d_strict": 0.89, "i_att": 0.89, "i_rec": 0.89}),
    "quotes_indosum_ap": (36, 29, {"d_att": 0.86, "d_strict": 0.86, "i_att": 0.80, "i_rec": 0.77}),
    "quotes_indosum_aq": (32, 28, {"d_att": 0.86, "d_strict": 0.78, "i_att": 0.86, "i_rec": 0.90}),
    "quotes_indosum_ar": (34, 43, {"d_att": 0.97, "d_strict": 0.77, "i_att": 0.88, "i_rec": 0.84}),
    "quotes_indosum_as": (39, 31, {"d_att": 0.92, "d_strict": 0.87, "i_att": 0.77, "i_rec": 0.78}),
    "quotes_indosum_at": (46, 33, {"d_att": 0.97, "d_strict": 0.87, "i_att": 0.82, "i_rec": 0.79}),
    "quotes_indosum_au": (25, 26, {"d_att": 0.93, "d_strict": 0.93, "i_att": 0.76, "i_rec": 0.74}),
    "quotes_indosum_av": (34, 36, {"d_att": 0.92, "d_strict": 0.92, "i_att": 0.91, "i_rec": 0.92}),
    "quotes_indosum_aw": (38, 36, {"d_att": 0.88, "d_strict": 0.84, "i_att": 0.75, "i_rec": 0.70}),
    "quotes_indosum_ax": (38, 39, {"d_att": 0.90, "d_strict": 0.76, "i_att": 0.87, "i_rec": 0.85}),
    "quotes_indosum_ay": (41, 30, {"d_att": 0.84, "d_strict": 0.83, "i_att": 0.84, "i_rec": 0.81}),
    "quotes_indosum_az": (27, 34, {"d_att": 0.90, "d_strict": 0.75, "i_att": 0.87, "i_rec": 0.86}),
    # batches BA-BL (session 7, three more rounds, each scored unseen first)
    "quotes_indosum_ba": (28, 24, {"d_att": 0.92, "d_strict": 0.94, "i_att": 0.78, "i_rec": 0.77}),
    "quotes_indosum_bb": (41, 38, {"d_att": 0.89, "d_strict": 0.87, "i_att": 0.88, "i_rec": 0.87}),
    "quotes_indosum_bc": (32, 24, {"d_att": 0.97, "d_strict": 0.85, "i_att": 0.82, "i_rec": 0.77}),
    # BD direct (session 13): Djafar's newly read "Sebelumnya … Djafar mengaku bahwa …" makes him the last
    # speaker, so the next paragraph's "…," katanya di Gedung KPK goes to him, not to KPK's Febri (-2)
    "quotes_indosum_bd": (30, 19, {"d_att": 0.88, "d_strict": 0.88, "i_att": 0.78, "i_rec": 0.72}),
    "quotes_indosum_be": (30, 31, {"d_att": 0.94, "d_strict": 0.91, "i_att": 0.81, "i_rec": 0.81}),
    "quotes_indosum_bf": (32, 39, {"d_att": 0.80, "d_strict": 0.74, "i_att": 0.77, "i_rec": 0.67}),
    "quotes_indosum_bg": (35, 31, {"d_att": 0.73, "d_strict": 0.71, "i_att": 0.68, "i_rec": 0.68}),
    "quotes_indosum_bh": (27, 22, {"d_att": 0.97, "d_strict": 0.86, "i_att": 0.88, "i_rec": 0.88}),
    "quotes_indosum_bi": (30, 15, {"d_att": 0.84, "d_strict": 0.54, "i_att": 0.79, "i_rec": 0.84}),
    "quotes_indosum_bj": (24, 20, {"d_att": 0.93, "d_strict": 0.81, "i_att": 0.90, "i_rec": 0.92}),
    "quotes_indosum_bk": (30, 20, {"d_att": 0.65, "d_strict": 0.64, "i_att": 0.45, "i_rec": 0.42}),
    "quotes_indosum_bl": (42, 31, {"d_att": 0.86, "d_strict": 0.69, "i_att": 0.81, "i_rec": 0.78}),
    # batches BM-BP: scored unseen after every fix of session 7; not fixed afterwards
    "quotes_indosum_bm": (30, 29, {"d_att": 0.93, "d_strict": 0.87, "i_att": 0.86, "i_rec": 0.77}),
    "quotes_indosum_bn": (24, 20, {"d_att": 0.87, "d_strict": 0.84, "i_att": 0.93, "i_rec": 0.97}),
    "quotes_indosum_bo": (28, 27, {"d_att": 0.87, "d_strict": 0.58, "i_att": 0.77, "i_rec": 0.72}),
    "quotes_indosum_bp": (31, 28, {"d_att": 0.94, "d_strict": 0.94, "i_att": 0.75, "i_rec": 0.72}),
    # session 8: BQ-CJ scored once unseen (figures in each SOURCE.md); floors 0.02 below the figures
    # after the session's fixes (BQ-CF were read and fixed, CG-CJ not)
    "quotes_indosum_bq": (24, 12, {"d_att": 0.89, "d_strict": 0.68, "i_att": 0.76, "i_rec": 0.72}),
    "quotes_indosum_br": (25, 21, {"d_att": 0.91, "d_strict": 0.77, "i_att": 0.83, "i_rec": 0.83}),
    "quotes_indosum_bs": (32, 35, {"d_att": 0.91, "d_strict": 0.88, "i_att": 0.84, "i_rec": 0.80}),
    "quotes_indosum_bt": (32, 36, {"d_att": 0.91, "d_strict": 0.91, "i_att": 0.90, "i_rec": 0.89}),
    "quotes_indosum_bu": (40, 40, {"d_att": 0.97, "d_strict": 0.95, "i_att": 0.88, "i_rec": 0.85}),
    "quotes_indosum_bv": (26, 27, {"d_att": 0.82, "d_strict": 0.85, "i_att": 0.84, "i_rec": 0.79}),
    "quotes_indosum_bw": (26, 30, {"d_att": 0.94, "d_strict": 0.90, "i_att": 0.85, "i_rec": 0.81}),
    "quotes_indosum_bx": (28, 19, {"d_att": 0.90, "d_strict": 0.80, "i_att": 0.83, "i_rec": 0.76}),
    "quotes_indosum_by": (24, 22, {"d_att": 0.87, "d_strict": 0.89, "i_att": 0.73, "i_rec": 0.61}),
    "quotes_indosum_bz": (16, 27, {"d_att": 0.91, "d_strict": 0.79, "i_att": 0.88, "i_rec": 0.83}),
    "quotes_indosum_ca": (30, 18, {"d_att": 0.87, "d_strict": 0.87, "i_att": 0.89, "i_rec": 0.86}),
    "quotes_indosum_cb": (35, 36, {"d_att": 0.93, "d_strict": 0.68, "i_att": 0.88, "i_rec": 0.86}),
    "quotes_indosum_cc": (34, 47, {"d_att": 0.89, "d_strict": 0.74, "i_att": 0.82, "i_rec": 0.76}),
    "quotes_indosum_cd": (35, 22, {"d_att": 0.79, "d_strict": 0.80, "i_att": 0.70, "i_rec": 0.70}),
    "quotes_indosum_ce": (31, 29, {"d_att": 0.94, "d_strict": 0.91, "i_att": 0.84, "i_rec": 0.77}),
    "quotes_indosum_cf": (21, 26, {"d_att": 0.93, "d_strict": 0.69, "i_att": 0.92, "i_rec": 0.90}),
    "quotes_indosum_cg": (32, 31, {"d_att": 0.71, "d_strict": 0.60, "i_att": 0.77, "i_rec": 0.68}),
    "quotes_indosum_ch": (23, 21, {"d_att": 0.80, "d_strict": 0.80, "i_att": 0.64, "i_rec": 0.64}),
    "quotes_indosum_ci": (31, 26, {"d_att": 0.81, "d_strict": 0.62, "i_att": 0.87, "i_rec": 0.82}),
    "quotes_indosum_cj": (21, 34, {"d_att": 0.92, "d_strict": 0.97, "i_att": 0.79, "i_rec": 0.68}),
    # batches CK-CN (session 9): scored unseen first (SOURCE.md); floors after the session-9 fixes
    "quotes_indosum_ck": (29, 23, {"d_att": 0.76, "d_strict": 0.55, "i_att": 0.73, "i_rec": 0.71}),
    "quotes_indosum_cl": (27, 27, {"d_att": 0.94, "d_strict": 0.79, "i_att": 0.84, "i_rec": 0.83}),
    "quotes_indosum_cm": (27, 20, {"d_att": 0.94, "d_strict": 0.64, "i_att": 0.70, "i_rec": 0.62}),
    "quotes_indosum_cn": (16, 18, {"d_att": 0.74, "d_strict": 0.66, "i_att": 0.81, "i_rec": 0.70}),
    # batches CO-CR (session 9): scored unseen after every fix of the session, not fixed; floors
    # 0.02 below their unseen figures
    "quotes_indosum_co": (24, 25, {"d_att": 0.79, "d_strict": 0.72, "i_att": 0.72, "i_rec": 0.69}),
    "quotes_indosum_cp": (28, 23, {"d_att": 0.83, "d_strict": 0.83, "i_att": 0.80, "i_rec": 0.71}),
    "quotes_indosum_cq": (31, 32, {"d_att": 0.81, "d_strict": 0.65, "i_att": 0.77, "i_rec": 0.72}),
    "quotes_indosum_cr": (24, 28, {"d_att": 0.95, "d_strict": 0.97, "i_att": 0.81, "i_rec": 0.80}),
    "quotes_indosum_cs": (24, 20, {"d_att": 0.85, "d_strict": 0.85, "i_att": 0.82, "i_rec": 0.82}),
    "quotes_indosum_ct": (31, 29, {"d_att": 0.94, "d_strict": 0.88, "i_att": 0.70, "i_rec": 0.66}),
    "quotes_indosum_cu": (28, 28, {"d_att": 0.86, "d_strict": 0.80, "i_att": 0.85, "i_rec": 0.76}),
    "quotes_indosum_cv": (28, 29, {"d_att": 0.96, "d_strict": 0.90, "i_att": 0.92, "i_rec": 0.87}),
    "quotes_indosum_cw": (36, 26, {"d_att": 0.89, "d_strict": 0.84, "i_att": 0.74, "i_rec": 0.78}),
    "quotes_indosum_cx": (28, 27, {"d_att": 0.87, "d_strict": 0.87, "i_att": 0.83, "i_rec": 0.75}),
    # session 14: the entity verifier relabels `Dukuh Pakis` (place) as a person, who then speaks
    "quotes_indosum_cy": (27, 14, {"d_att": 0.75, "d_strict": 0.72, "i_att": 0.77, "i_rec": 0.83}),
    "quotes_indosum_cz": (30, 25, {"d_att": 0.87, "d_strict": 0.87, "i_att": 0.87, "i_rec": 0.81}),
    # blind batches of session 11 (floors set after the session's fixes)
    "quotes_indosum_da": (25, 18, {"d_att": 0.93, "d_strict": 0.89, "i_att": 0.88, "i_rec": 0.81}),
    "quotes_indosum_db": (42, 34, {"d_att": 0.95, "d_strict": 0.76, "i_att": 0.88, "i_rec": 0.86}),
    "quotes_indosum_dc": (31, 28, {"d_att": 0.94, "d_strict": 0.94, "i_att": 0.88, "i_rec": 0.80}),
    "quotes_indosum_dd": (27, 32, {"d_att": 0.97, "d_strict": 0.90, "i_att": 0.77, "i_rec": 0.72}),
    "quotes_indosum_de": (31, 11, {"d_att": 0.84, "d_strict": 0.90, "i_att": 0.53, "i_rec": 0.43}),
    "quotes_indosum_df": (22, 18, {"d_att": 0.97, "d_strict": 0.97, "i_att": 0.81, "i_rec": 0.81}),
    "quotes_indosum_dg": (26, 17, {"d_att": 0.97, "d_strict": 0.97, "i_att": 0.88, "i_rec": 0.80}),
    "quotes_indosum_dh": (46, 41, {"d_att": 0.74, "d_strict": 0.83, "i_att": 0.80, "i_rec": 0.76}),
    "quotes_indosum_di": (30, 25, {"d_att": 0.91, "d_strict": 0.81, "i_att": 0.83, "i_rec": 0.81}),
    "quotes_indosum_dj": (23, 28, {"d_att": 0.91, "d_strict": 0.88, "i_att": 0.84, "i_rec": 0.76}),
    "quotes_indosum_dk": (34, 27, {"d_att": 0.86, "d_strict": 0.77, "i_att": 0.83, "i_rec": 0.83}),
    "quotes_indosum_dl": (35, 25, {"d_att": 0.92, "d_strict": 0.92, "i_att": 0.71, "i_rec": 0.57}),
    # session 12: DM-DP and DQ-DT, scored unseen first (figures in each SOURCE.md)
    "quotes_indosum_dm": (20, 27, {"d_att": 0.95, "d_strict": 0.87, "i_att": 0.86, "i_rec": 0.79}),
    "quotes_indosum_dn": (36, 46, {"d_att": 0.82, "d_strict": 0.55, "i_att": 0.75, "i_rec": 0.74}),
    "quotes_indosum_do": (31, 34, {"d_att": 0.80, "d_strict": 0.81, "i_att": 0.69, "i_rec": 0.65}),
    "quotes_indosum_dp": (33, 31, {"d_att": 0.84, "d_strict": 0.85, "i_att": 0.83, "i_rec": 0.81}),
    "quotes_indosum_dq": (35, 35, {"d_att": 0.89, "d_strict": 0.89, "i_att": 0.75, "i_rec": 0.72}),
    # session 14: the entity verifier drops `Aman Abdurrahman`; one strict speaker lost
    "quotes_indosum_dr": (39, 31, {"d_att": 0.88, "d_strict": 0.68, "i_att": 0.68, "i_rec": 0.62}),
    # DS strict: a new "beralasan" quotation names "Ronaldo", whom the next pronoun then takes in the
    # short form (the trim of "Cristiano", which the article also writes alone); lenient unchanged
    "quotes_indosum_ds": (34, 32, {"d_att": 0.87, "d_strict": 0.72, "i_att": 0.84, "i_rec": 0.76}),
    "quotes_indosum_dt": (28, 32, {"d_att": 0.88, "d_strict": 0.83, "i_att": 0.75, "i_rec": 0.69}),
    "quotes_indosum_du": (36, 35, {"d_att": 0.89, "d_strict": 0.75, "i_att": 0.75, "i_rec": 0.66}),
    "quotes_indosum_dv": (44, 37, {"d_att": 0.96, "d_strict": 0.74, "i_att": 0.78, "i_rec": 0.73}),
    "quotes_indosum_dw": (26, 31, {"d_att": 0.84, "d_strict": 0.86, "i_att": 0.77, "i_rec": 0.65}),
    "quotes_indosum_dx": (45, 45, {"d_att": 0.92, "d_strict": 0.91, "i_att": 0.82, "i_rec": 0.78}),
    "quotes_indosum_dy": (22, 30, {"d_att": 0.88, "d_strict": 0.57, "i_att": 0.76, "i_rec": 0.78}),
    "quotes_indosum_dz": (24, 31, {"d_att": 0.81, "d_strict": 0.68, "i_att": 0.70, "i_rec": 0.68}),
    "quotes_indosum_ea": (33, 23, {"d_att": 0.81, "d_strict": 0.66, "i_att": 0.79, "i_rec": 0.76}),
    "quotes_indosum_eb": (31, 28, {"d_att": 0.84, "d_strict": 0.73, "i_att": 0.85, "i_rec": 0.83}),
    # session 13: EC-EF, EG-EJ, EK-EN and EO-ER, each scored unseen first (figures in each SOURCE.md)
    "quotes_indosum_ec": (18, 9, {"d_att": 0.89, "d_strict": 0.86, "i_att": 0.73, "i_rec": 0.64}),
    "quotes_indosum_ed": (18, 21, {"d_att": 0.98, "d_strict": 0.86, "i_att": 0.90, "i_rec": 0.83}),
    "quotes_indosum_ee": (24, 16, {"d_att": 0.95, "d_strict": 0.85, "i_att": 0.78, "i_rec": 0.73}),
    "quotes_indosum_ef": (27, 26, {"d_att": 0.96, "d_strict": 0.94, "i_att": 0.77, "i_rec": 0.71}),
    "quotes_indosum_eg": (34, 28, {"d_att": 0.83, "d_strict": 0.76, "i_att": 0.86, "i_rec": 0.83}),
    "quotes_indosum_eh": (35, 29, {"d_att": 0.85, "d_strict": 0.58, "i_att": 0.76, "i_rec": 0.73}),
    "quotes_indosum_ei": (35, 40, {"d_att": 0.87, "d_strict": 0.68, "i_att": 0.86, "i_rec": 0.88}),
    "quotes_indosum_ej": (36, 37, {"d_att": 0.81, "d_strict": 0.83, "i_att": 0.67, "i_rec": 0.68}),
    "quotes_indosum_ek": (31, 44, {"d_att": 0.94, "d_strict": 0.85, "i_att": 0.92, "i_rec": 0.91}),
    "quotes_indosum_el": (35, 37, {"d_att": 0.79, "d_strict": 0.71, "i_att": 0.81, "i_rec": 0.73}),
    "quotes_indosum_em": (29, 17, {"d_att": 0.94, "d_strict": 0.77, "i_att": 0.88, "i_rec": 0.86}),
    "quotes_indosum_en": (30, 33, {"d_att": 0.88, "d_strict": 0.81, "i_att": 0.76, "i_rec": 0.76}),
    "quotes_indosum_eo": (22, 21, {"d_att": 0.81, "d_strict": 0.79, "i_att": 0.71, "i_rec": 0.69}),
    "quotes_indosum_ep": (33, 25, {"d_att": 0.90, "d_strict": 0.82, "i_att": 0.70, "i_rec": 0.66}),
    # session 14: the refit verifier makes the club `Stadium` an organisation; its `pihaknya` then speaks
    "quotes_indosum_eq": (30, 21, {"d_att": 0.93, "d_strict": 0.63, "i_att": 0.72, "i_rec": 0.59}),
    # session 14: the NER's broken `Angkatan` (of `Angkatan Laut AS`) becomes an organisation and speaks
    # session 16: `Logos Technologies Doug Rombough` (a wrong speaker that matched the organisation the
    # gold names through its words) is now `Doug Rombough`, still wrong: one indirect match fewer
    "quotes_indosum_er": (28, 35, {"d_att": 0.87, "d_strict": 0.82, "i_att": 0.68, "i_rec": 0.64}),
    # batches ES-EZ (session 14): scored unseen first (each SOURCE.md); floors 0.02 under the figures
    "quotes_indosum_es": (29, 33, {"d_att": 0.91, "d_strict": 0.77, "i_att": 0.78, "i_rec": 0.70}),
    "quotes_indosum_et": (27, 25, {"d_att": 0.86, "d_strict": 0.83, "i_att": 0.70, "i_rec": 0.62}),
    "quotes_indosum_eu": (36, 33, {"d_att": 0.95, "d_strict": 0.75, "i_att": 0.87, "i_rec": 0.88}),
    "quotes_indosum_ev": (28, 24, {"d_att": 0.96, "d_strict": 0.76, "i_att": 0.71, "i_rec": 0.68}),
    # session 16: `Tesla Elon Musk` for `Tesla memastikan …` (matched `Tesla Motors` through its word) is
    # now `Elon Musk`, still wrong: one indirect match fewer
    # session 17: `Instagram Kevin Systrom` for a quote of `juru bicara Instagram` (matched through the
    # word `Instagram`) is now `Kevin Systrom`, still wrong: one direct match fewer
    "quotes_indosum_ew": (26, 28, {"d_att": 0.88, "d_strict": 0.62, "i_att": 0.73, "i_rec": 0.70}),
    "quotes_indosum_ex": (28, 30, {"d_att": 0.80, "d_strict": 0.67, "i_att": 0.65, "i_rec": 0.61}),
    "quotes_indosum_ey": (29, 21, {"d_att": 0.78, "d_strict": 0.73, "i_att": 0.81, "i_rec": 0.83}),
    "quotes_indosum_ez": (37, 38, {"d_att": 0.72, "d_strict": 0.75, "i_att": 0.83, "i_rec": 0.76}),
    # batches FA-FD (session 15): scored unseen first (each SOURCE.md); floors 0.02 under the figures
    "quotes_indosum_fa": (22, 23, {"d_att": 0.93, "d_strict": 0.88, "i_att": 0.86, "i_rec": 0.84}),
    "quotes_indosum_fb": (24, 25, {"d_att": 0.87, "d_strict": 0.89, "i_att": 0.77, "i_rec": 0.70}),
    "quotes_indosum_fc": (22, 12, {"d_att": 0.78, "d_strict": 0.73, "i_att": 0.58, "i_rec": 0.56}),
    "quotes_indosum_fd": (26, 24, {"d_att": 0.98, "d_strict": 0.78, "i_att": 0.77, "i_rec": 0.68}),
    # batches FE-FH (session 16): scored unseen first (each SOURCE.md); floors 0.02 under the figures
    "quotes_indosum_fe": (37, 41, {"d_att": 0.80, "d_strict": 0.81, "i_att": 0.73, "i_rec": 0.66}),
    "quotes_indosum_ff": (31, 17, {"d_att": 0.88, "d_strict": 0.88, "i_att": 0.62, "i_rec": 0.56}),
    "quotes_indosum_fg": (26, 32, {"d_att": 0.86, "d_strict": 0.90, "i_att": 0.80, "i_rec": 0.76}),
    "quotes_indosum_fh": (20, 10, {"d_att": 0.83, "d_strict": 0.73, "i_att": 0.86, "i_rec": 0.78}),
    # batches FI-FW (session 17): scored unseen first (each SOURCE.md); floors 0.02 under the figures
    "quotes_indosum_fi": (21, 30, {"d_att": 0.90, "d_strict": 0.88, "i_att": 0.69, "i_rec": 0.64}),
    "quotes_indosum_fj": (30, 30, {"d_att": 0.88, "d_strict": 0.78, "i_att": 0.64, "i_rec": 0.58}),
    "quotes_indosum_fk": (29, 26, {"d_att": 0.91, "d_strict": 0.94, "i_att": 0.66, "i_rec": 0.59}),
    "quotes_indosum_fl": (25, 9, {"d_att": 0.74, "d_strict": 0.64, "i_att": 0.68, "i_rec": 0.64}),
    "quotes_indosum_fm": (27, 16, {"d_att": 0.83, "d_strict": 0.75, "i_att": 0.76, "i_rec": 0.79}),
    "quotes_indosum_fn": (8, 26, {"d_att": 0.60, "d_strict": 0.35, "i_att": 0.57, "i_rec": 0.48}),
    "quotes_indosum_fo": (22, 19, {"d_att": 0.71, "d_strict": 0.76, "i_att": 0.62, "i_rec": 0.61}),
    "quotes_indosum_fp": (5, 14, {"d_att": 0.98, "d_strict": 0.78, "i_att": 0.61, "i_rec": 0.48}),
    "quotes_indosum_fq": (10, 10, {"d_att": 0.83, "d_strict": 0.68, "i_att": 0.71, "i_rec": 0.68}),
    "quotes_indosum_fr": (19, 16, {"d_att": 0.84, "d_strict": 0.92, "i_att": 0.59, "i_rec": 0.48}),
    "quotes_indosum_fs": (13, 10, {"d_att": 0.74, "d_strict": 0.51, "i_att": 0.33, "i_rec": 0.28}),
    "quotes_indosum_ft": (25, 15, {"d_att": 0.85, "d_strict": 0.76, "i_att": 0.62, "i_rec": 0.64}),
    "quotes_indosum_fu": (16, 12, {"d_att": 0.84, "d_strict": 0.69, "i_att": 0.98, "i_rec": 0.98}),
    "quotes_indosum_fv": (9, 8, {"d_att": 0.92, "d_strict": 0.98, "i_att": 0.55, "i_rec": 0.48}),
    "quotes_indosum_fw": (8, 8, {"d_att": 0.98, "d_strict": 0.85, "i_att": 0.44, "i_rec": 0.35}),
    # batches FX-GA (session 18): scored unseen first (each SOURCE.md); floors 0.02 under the figures
    "quotes_indosum_fx": (30, 26, {"d_att": 0.89, "d_strict": 0.80, "i_att": 0.84, "i_rec": 0.86}),
    "quotes_indosum_fy": (19, 9, {"d_att": 0.75, "d_strict": 0.73, "i_att": 0.78, "i_rec": 0.86}),
    "quotes_indosum_fz": (21, 17, {"d_att": 0.72, "d_strict": 0.55, "i_att": 0.36, "i_rec": 0.27}),
    "quotes_indosum_ga": (14, 11, {"d_att": 0.86, "d_strict": 0.74, "i_att": 0.52, "i_rec": 0.52}),
    # batches GB-GI (session 19): scored unseen first (each SOURCE.md); floors 0.02 under the figures
    "quotes_indosum_gb": (17, 10, {"d_att": 0.98, "d_strict": 0.68, "i_att": 0.48, "i_rec": 0.38}),
    "quotes_indosum_gc": (23, 14, {"d_att": 0.98, "d_strict": 0.76, "i_att": 0.76, "i_rec": 0.76}),
    "quotes_indosum_gd": (8, 18, {"d_att": 0.98, "d_strict": 0.85, "i_att": 0.74, "i_rec": 0.70}),
    "quotes_indosum_ge": (15, 18, {"d_att": 0.91, "d_strict": 0.71, "i_att": 0.56, "i_rec": 0.48}),
    "quotes_indosum_gf": (21, 11, {"d_att": 0.88, "d_strict": 0.88, "i_att": 0.58, "i_rec": 0.52}),
    "quotes_indosum_gg": (11, 11, {"d_att": 0.64, "d_strict": 0.68, "i_att": 0.61, "i_rec": 0.52}),
    "quotes_indosum_gh": (7, 17, {"d_att": 0.98, "d_strict": 0.98, "i_att": 0.81, "i_rec": 0.86}),
    "quotes_indosum_gi": (20, 11, {"d_att": 0.93, "d_strict": 0.93, "i_att": 0.78, "i_rec": 0.70}),
    "quotes_indosum_gj": (24, 16, {"d_att": 0.85, "d_strict": 0.48, "i_att": 0.64, "i_rec": 0.60}),
    "quotes_indosum_gk": (25, 18, {"d_att": 0.80, "d_strict": 0.66, "i_att": 0.82, "i_rec": 0.75}),
    "quotes_indosum_gl": (0, 9, {"d_att": None, "d_strict": None, "i_att": 0.35, "i_rec": 0.31}),
    "quotes_indosum_gm": (21, 28, {"d_att": 0.73, "d_strict": 0.76, "i_att": 0.58, "i_rec": 0.51}),
    "quotes_indosum_gn": (10, 18, {"d_att": 0.98, "d_strict": 0.98, "i_att": 0.71, "i_rec": 0.59}),
    "quotes_indosum_go": (26, 11, {"d_att": 0.88, "d_strict": 0.89, "i_att": 0.61, "i_rec": 0.61}),
    "quotes_indosum_gp": (3, 3, {"d_att": 0.73, "d_strict": 0.0, "i_att": 0.73, "i_rec": 0.98}),
    "quotes_indosum_gq": (15, 14, {"d_att": 0.87, "d_strict": 0.90, "i_att": 0.30, "i_rec": 0.26}),
}
# the IndoSum dev pool ran out in session 20: these batches hold fewer than 10 articles
BATCH_SIZES = {"quotes_indosum_gl": 8, "quotes_indosum_gn": 4, "quotes_indosum_gp": 5, "quotes_indosum_gq": 9}


@pytest.mark.parametrize("folder", sorted(LATER_BATCHES))
def test_quotes_indosum_later_batches_floor(folder):
    n_direct, n_indirect, floors = LATER_BATCHES[folder]
    gold = load_gold(FOLDER.with_name(folder))
    assert len(gold) == BATCH_SIZES.get(folder, 10)
    pred = {a["id"]: analyze(a["text"], published=a.get("published"), url=a.get("url")).to_dict() for a in gold}
    figures = score_articles(gold, pred)
    d, i = figures["direct"], figures["indirect"]
    assert (d["gold"], i["gold"]) == (n_direct, n_indirect)
    if n_direct:  # (batch GL has no direct quote: its scores are undefined)
        assert d["attribution_f1"] >= floors["d_att"], d
        assert d["speaker_acc_strict"] >= floors["d_strict"], d
    assert i["attribution_f1"] >= floors["i_att"], i
    assert i["attribution_recall"] >= floors["i_rec"], i
