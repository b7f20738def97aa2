"""Regression floors for entities on real held-out news (IndoSum, CC BY-SA 4.0).

Batches A-D (``tests/data/quotes_indosum*``) list persons, organisations and places as the devset
README asks. Each batch was scored once unseen (figures in ``docs/entities.md`` and the batches'
SOURCE.md), then used to find kinds of errors that were fixed by general rules with their own unit
tests (``tests/test_entities_*.py``). These floors sit just under what ``warta.analyze`` reaches
now, scored with the rules of ``shared/tools/score.py``: they catch regressions, they do not
measure unseen accuracy. Since session 14 the folders before batch ES are also the training data
of the entity verifier (``src/warta/models/entity_verifier``), so their floors are training-set
figures; ES onwards are held out from it (EA-ER were held out from the selection model).
"""

from pathlib import Path

import pytest

from warta import analyze
from warta.eval.articles import load_gold, score_articles

DATA = Path(__file__).parent / "data"

# batch folder -> (articles, floors for persons / organizations / locations F1)
# Session 9: a regional body before its place is one organisation (``Polres Bogor``, ``Pengadilan
# Negeri Jakarta Utara``), so a place named only inside such a body is no longer a separate location;
# the location floors of AO, AP, BI, BT and BV were lowered to 0.02 below their new figures
# (organisations over all seen folders and the devset: F1 0.721 -> 0.735; locations 0.890 -> 0.890).
FLOORS = {
    "quotes_indosum": (16, {"persons": 0.95, "organizations": 0.90, "locations": 0.97}),
    "quotes_indosum_b": (8, {"persons": 0.96, "organizations": 0.90, "locations": 0.96}),
    "quotes_indosum_c": (10, {"persons": 0.96, "organizations": 0.92, "locations": 0.96}),
    # session 14 (entity verifier): D organisations 0.718, EM persons 0.766; over the held-out
    # batches EA-ER persons / organisations / locations F1 0.807 / 0.673 / 0.889 -> 0.825 / 0.703 / 0.905
    "quotes_indosum_d": (10, {"persons": 0.91, "organizations": 0.71, "locations": 0.94}),
    # batches E-H: scored unseen first (figures in each SOURCE.md), then fixed by general rules
    "quotes_indosum_e": (10, {"persons": 0.81, "organizations": 0.52, "locations": 0.88}),
    "quotes_indosum_f": (10, {"persons": 0.85, "organizations": 0.74, "locations": 0.76}),
    "quotes_indosum_g": (10, {"persons": 0.83, "organizations": 0.57, "locations": 0.82}),
    "quotes_indosum_h": (10, {"persons": 0.85, "organizations": 0.71, "locations": 0.88}),
    "quotes_indosum_i": (10, {"persons": 0.76, "organizations": 0.67, "locations": 0.85}),
    "quotes_indosum_j": (10, {"persons": 0.86, "organizations": 0.81, "locations": 0.90}),
    "quotes_indosum_k": (10, {"persons": 0.81, "organizations": 0.73, "locations": 0.88}),
    "quotes_indosum_l": (10, {"persons": 0.87, "organizations": 0.73, "locations": 0.83}),
    "quotes_indosum_m": (10, {"persons": 0.77, "organizations": 0.81, "locations": 0.93}),
    "quotes_indosum_n": (10, {"persons": 0.81, "organizations": 0.68, "locations": 0.88}),
    "quotes_indosum_o": (10, {"persons": 0.93, "organizations": 0.72, "locations": 0.81}),
    "quotes_indosum_p": (10, {"persons": 0.67, "organizations": 0.59, "locations": 0.80}),
    # batches Q-AF (session 6): scored unseen first (each SOURCE.md), then fixed by general rules
    "quotes_indosum_q": (10, {"persons": 0.85, "organizations": 0.62, "locations": 0.86}),
    "quotes_indosum_r": (10, {"persons": 0.91, "organizations": 0.66, "locations": 0.86}),
    "quotes_indosum_s": (10, {"persons": 0.80, "organizations": 0.71, "locations": 0.87}),
    "quotes_indosum_t": (10, {"persons": 0.79, "organizations": 0.58, "locations": 0.96}),
    "quotes_indosum_u": (10, {"persons": 0.75, "organizations": 0.73, "locations": 0.84}),
    "quotes_indosum_v": (10, {"persons": 0.68, "organizations": 0.71, "locations": 0.81}),
    "quotes_indosum_w": (10, {"persons": 0.84, "organizations": 0.44, "locations": 0.82}),
    "quotes_indosum_x": (10, {"persons": 0.80, "organizations": 0.70, "locations": 0.89}),
    "quotes_indosum_y": (10, {"persons": 0.83, "organizations": 0.70, "locations": 0.87}),
    "quotes_indosum_z": (10, {"persons": 0.86, "organizations": 0.75, "locations": 0.92}),
    "quotes_indosum_aa": (10, {"persons": 0.73, "organizations": 0.64, "locations": 0.78}),
    "quotes_indosum_ab": (10, {"persons": 0.73, "organizations": 0.58, "locations": 0.85}),
    "quotes_indosum_ac": (10, {"persons": 0.88, "organizations": 0.75, "locations": 0.79}),
    "quotes_indosum_ad": (10, {"persons": 0.77, "organizations": 0.84, "locations": 0.93}),
    "quotes_indosum_ae": (10, {"persons": 0.71, "organizations": 0.70, "locations": 0.82}),
    "quotes_indosum_af": (10, {"persons": 0.80, "organizations": 0.74, "locations": 0.94}),
    # batches AG-AJ (session 6) and AK-AZ (session 7): each scored unseen first (SOURCE.md); floors
    # after the session-7 fixes, 0.02 below the figures
    "quotes_indosum_ag": (10, {"persons": 0.81, "organizations": 0.67, "locations": 0.88}),
    "quotes_indosum_ah": (10, {"persons": 0.88, "organizations": 0.59, "locations": 0.83}),
    "quotes_indosum_ai": (10, {"persons": 0.79, "organizations": 0.66, "locations": 0.86}),
    "quotes_indosum_aj": (10, {"persons": 0.76, "organizations": 0.65, "locations": 0.92}),
    "quotes_indosum_ak": (10, {"persons": 0.86, "organizations": 0.74, "locations": 0.92}),
    "quotes_indosum_al": (10, {"persons": 0.82, "organizations": 0.73, "locations": 0.80}),
    "quotes_indosum_am": (10, {"persons": 0.83, "organizations": 0.65, "locations": 0.86}),
    "quotes_indosum_an": (10, {"persons": 0.77, "organizations": 0.35, "locations": 0.89}),
    "quotes_indosum_ao": (10, {"persons": 0.80, "organizations": 0.57, "locations": 0.86}),
    "quotes_indosum_ap": (10, {"persons": 0.85, "organizations": 0.74, "locations": 0.83}),
    "quotes_indosum_aq": (10, {"persons": 0.81, "organizations": 0.61, "locations": 0.84}),
    "quotes_indosum_ar": (10, {"persons": 0.82, "organizations": 0.82, "locations": 0.96}),
    "quotes_indosum_as": (10, {"persons": 0.82, "organizations": 0.63, "locations": 0.89}),
    "quotes_indosum_at": (10, {"persons": 0.69, "organizations": 0.59, "locations": 0.85}),
    "quotes_indosum_au": (10, {"persons": 0.93, "organizations": 0.65, "locations": 0.88}),
    "quotes_indosum_av": (10, {"persons": 0.86, "organizations": 0.66, "locations": 0.81}),
    "quotes_indosum_aw": (10, {"persons": 0.83, "organizations": 0.68, "locations": 0.81}),
    "quotes_indosum_ax": (10, {"persons": 0.87, "organizations": 0.75, "locations": 0.99}),
    "quotes_indosum_ay": (10, {"persons": 0.83, "organizations": 0.62, "locations": 0.88}),
    "quotes_indosum_az": (10, {"persons": 0.87, "organizations": 0.80, "locations": 0.88}),
    # batches BA-BL (session 7, three more rounds, each scored unseen first)
    "quotes_indosum_ba": (10, {"persons": 0.81, "organizations": 0.74, "locations": 0.87}),
    "quotes_indosum_bb": (10, {"persons": 0.82, "organizations": 0.78, "locations": 0.83}),
    "quotes_indosum_bc": (10, {"persons": 0.84, "organizations": 0.82, "locations": 0.81}),
    "quotes_indosum_bd": (10, {"persons": 0.74, "organizations": 0.59, "locations": 0.96}),
    "quotes_indosum_be": (10, {"persons": 0.82, "organizations": 0.82, "locations": 0.87}),
    "quotes_indosum_bf": (10, {"persons": 0.82, "organizations": 0.77, "locations": 0.87}),
    "quotes_indosum_bg": (10, {"persons": 0.84, "organizations": 0.61, "locations": 0.92}),
    "quotes_indosum_bh": (10, {"persons": 0.87, "organizations": 0.74, "locations": 0.85}),
    "quotes_indosum_bi": (10, {"persons": 0.86, "organizations": 0.71, "locations": 0.93}),
    "quotes_indosum_bj": (10, {"persons": 0.84, "organizations": 0.67, "locations": 0.79}),
    "quotes_indosum_bk": (10, {"persons": 0.84, "organizations": 0.63, "locations": 0.89}),
    "quotes_indosum_bl": (10, {"persons": 0.84, "organizations": 0.75, "locations": 0.84}),
    # batches BM-BP: scored unseen after every fix of session 7; not fixed afterwards
    "quotes_indosum_bm": (10, {"persons": 0.75, "organizations": 0.72, "locations": 0.83}),
    "quotes_indosum_bn": (10, {"persons": 0.83, "organizations": 0.65, "locations": 0.91}),
    "quotes_indosum_bo": (10, {"persons": 0.69, "organizations": 0.56, "locations": 0.82}),
    "quotes_indosum_bp": (10, {"persons": 0.85, "organizations": 0.70, "locations": 0.94}),
    # session 8: BQ-CJ (floors 0.02 below the figures after the session's fixes)
    "quotes_indosum_bq": (10, {"persons": 0.88, "organizations": 0.66, "locations": 0.85}),
    "quotes_indosum_br": (10, {"persons": 0.83, "organizations": 0.85, "locations": 0.92}),
    "quotes_indosum_bs": (10, {"persons": 0.92, "organizations": 0.84, "locations": 0.87}),
    "quotes_indosum_bt": (10, {"persons": 0.86, "organizations": 0.56, "locations": 0.87}),
    "quotes_indosum_bu": (10, {"persons": 0.86, "organizations": 0.75, "locations": 0.86}),
    "quotes_indosum_bv": (10, {"persons": 0.88, "organizations": 0.62, "locations": 0.80}),
    "quotes_indosum_bw": (10, {"persons": 0.91, "organizations": 0.72, "locations": 0.94}),
    "quotes_indosum_bx": (10, {"persons": 0.83, "organizations": 0.75, "locations": 0.86}),
    "quotes_indosum_by": (10, {"persons": 0.87, "organizations": 0.83, "locations": 0.92}),
    "quotes_indosum_bz": (10, {"persons": 0.83, "organizations": 0.86, "locations": 0.87}),
    "quotes_indosum_ca": (10, {"persons": 0.81, "organizations": 0.77, "locations": 0.96}),
    "quotes_indosum_cb": (10, {"persons": 0.86, "organizations": 0.70, "locations": 0.85}),
    "quotes_indosum_cc": (10, {"persons": 0.85, "organizations": 0.66, "locations": 0.91}),
    "quotes_indosum_cd": (10, {"persons": 0.81, "organizations": 0.55, "locations": 0.94}),
    "quotes_indosum_ce": (10, {"persons": 0.74, "organizations": 0.64, "locations": 0.77}),
    "quotes_indosum_cf": (10, {"persons": 0.85, "organizations": 0.61, "locations": 0.83}),
    "quotes_indosum_cg": (10, {"persons": 0.81, "organizations": 0.61, "locations": 0.85}),
    "quotes_indosum_ch": (10, {"persons": 0.80, "organizations": 0.79, "locations": 0.87}),
    "quotes_indosum_ci": (10, {"persons": 0.92, "organizations": 0.69, "locations": 0.89}),
    "quotes_indosum_cj": (10, {"persons": 0.79, "organizations": 0.59, "locations": 0.79}),
    # batches CK-CN (session 9): scored unseen first (SOURCE.md); floors after the session-9 fixes
    "quotes_indosum_ck": (10, {"persons": 0.76, "organizations": 0.67, "locations": 0.92}),
    "quotes_indosum_cl": (10, {"persons": 0.87, "organizations": 0.74, "locations": 0.91}),
    "quotes_indosum_cm": (10, {"persons": 0.84, "organizations": 0.64, "locations": 0.89}),
    "quotes_indosum_cn": (10, {"persons": 0.77, "organizations": 0.80, "locations": 0.84}),
    # batches CO-CR (session 9): scored unseen after every fix of the session, not fixed; floors
    # 0.02 below their unseen figures
    "quotes_indosum_co": (10, {"persons": 0.79, "organizations": 0.62, "locations": 0.91}),
    "quotes_indosum_cp": (10, {"persons": 0.89, "organizations": 0.70, "locations": 0.82}),
    "quotes_indosum_cq": (10, {"persons": 0.78, "organizations": 0.63, "locations": 0.87}),
    "quotes_indosum_cr": (10, {"persons": 0.82, "organizations": 0.65, "locations": 0.80}),
    "quotes_indosum_cs": (10, {"persons": 0.79, "organizations": 0.77, "locations": 0.88}),
    "quotes_indosum_ct": (10, {"persons": 0.88, "organizations": 0.80, "locations": 0.96}),
    "quotes_indosum_cu": (10, {"persons": 0.82, "organizations": 0.77, "locations": 0.83}),
    "quotes_indosum_cv": (10, {"persons": 0.85, "organizations": 0.77, "locations": 0.82}),
    "quotes_indosum_cw": (10, {"persons": 0.82, "organizations": 0.65, "locations": 0.78}),
    "quotes_indosum_cx": (10, {"persons": 0.58, "organizations": 0.75, "locations": 0.90}),
    "quotes_indosum_cy": (10, {"persons": 0.77, "organizations": 0.68, "locations": 0.86}),
    "quotes_indosum_cz": (10, {"persons": 0.87, "organizations": 0.73, "locations": 0.95}),
    "quotes_indosum_da": (10, {"persons": 0.87, "organizations": 0.79, "locations": 0.92}),
    "quotes_indosum_db": (10, {"persons": 0.81, "organizations": 0.47, "locations": 0.87}),
    "quotes_indosum_dc": (10, {"persons": 0.74, "organizations": 0.70, "locations": 0.80}),
    "quotes_indosum_dd": (10, {"persons": 0.86, "organizations": 0.67, "locations": 0.87}),
    "quotes_indosum_de": (10, {"persons": 0.76, "organizations": 0.70, "locations": 0.89}),
    "quotes_indosum_df": (10, {"persons": 0.86, "organizations": 0.59, "locations": 0.86}),
    "quotes_indosum_dg": (10, {"persons": 0.91, "organizations": 0.72, "locations": 0.85}),
    "quotes_indosum_dh": (10, {"persons": 0.87, "organizations": 0.69, "locations": 0.93}),
    "quotes_indosum_di": (10, {"persons": 0.86, "organizations": 0.58, "locations": 0.92}),
    "quotes_indosum_dj": (10, {"persons": 0.84, "organizations": 0.71, "locations": 0.86}),
    "quotes_indosum_dk": (10, {"persons": 0.76, "organizations": 0.65, "locations": 0.85}),
    "quotes_indosum_dl": (10, {"persons": 0.79, "organizations": 0.67, "locations": 0.89}),
    "quotes_indosum_dm": (10, {"persons": 0.81, "organizations": 0.52, "locations": 0.81}),
    "quotes_indosum_dn": (10, {"persons": 0.81, "organizations": 0.66, "locations": 0.92}),
    "quotes_indosum_do": (10, {"persons": 0.83, "organizations": 0.63, "locations": 0.88}),
    "quotes_indosum_dp": (10, {"persons": 0.87, "organizations": 0.72, "locations": 0.76}),
    "quotes_indosum_dq": (10, {"persons": 0.74, "organizations": 0.71, "locations": 0.86}),
    "quotes_indosum_dr": (10, {"persons": 0.81, "organizations": 0.63, "locations": 0.88}),
    "quotes_indosum_ds": (10, {"persons": 0.80, "organizations": 0.77, "locations": 0.86}),
    "quotes_indosum_dt": (10, {"persons": 0.71, "organizations": 0.77, "locations": 0.86}),
    "quotes_indosum_du": (10, {"persons": 0.79, "organizations": 0.74, "locations": 0.84}),
    "quotes_indosum_dv": (10, {"persons": 0.79, "organizations": 0.65, "locations": 0.85}),
    "quotes_indosum_dw": (10, {"persons": 0.74, "organizations": 0.68, "locations": 0.87}),
    "quotes_indosum_dx": (10, {"persons": 0.83, "organizations": 0.59, "locations": 0.84}),
    "quotes_indosum_dy": (10, {"persons": 0.75, "organizations": 0.59, "locations": 0.83}),
    "quotes_indosum_dz": (10, {"persons": 0.74, "organizations": 0.71, "locations": 0.87}),
    "quotes_indosum_ea": (10, {"persons": 0.78, "organizations": 0.79, "locations": 0.81}),
    "quotes_indosum_eb": (10, {"persons": 0.73, "organizations": 0.57, "locations": 0.81}),
    # session 13: EC-EF, EG-EJ, EK-EN and EO-ER, each scored unseen first (figures in each SOURCE.md)
    "quotes_indosum_ec": (10, {"persons": 0.74, "organizations": 0.52, "locations": 0.89}),
    "quotes_indosum_ed": (10, {"persons": 0.78, "organizations": 0.73, "locations": 0.88}),
    "quotes_indosum_ee": (10, {"persons": 0.75, "organizations": 0.64, "locations": 0.90}),
    "quotes_indosum_ef": (10, {"persons": 0.69, "organizations": 0.56, "locations": 0.94}),
    # session 14: the candidates add `King Charles III` as a place; EG persons 0.815
    "quotes_indosum_eg": (10, {"persons": 0.81, "organizations": 0.70, "locations": 0.88}),
    "quotes_indosum_eh": (10, {"persons": 0.82, "organizations": 0.69, "locations": 0.87}),
    "quotes_indosum_ei": (10, {"persons": 0.78, "organizations": 0.70, "locations": 0.78}),
    "quotes_indosum_ej": (10, {"persons": 0.70, "organizations": 0.70, "locations": 0.79}),
    "quotes_indosum_ek": (10, {"persons": 0.80, "organizations": 0.65, "locations": 0.80}),
    "quotes_indosum_el": (10, {"persons": 0.83, "organizations": 0.64, "locations": 0.82}),
    "quotes_indosum_em": (10, {"persons": 0.76, "organizations": 0.42, "locations": 0.89}),
    "quotes_indosum_en": (10, {"persons": 0.84, "organizations": 0.69, "locations": 0.96}),
    "quotes_indosum_eo": (10, {"persons": 0.84, "organizations": 0.64, "locations": 0.89}),
    "quotes_indosum_ep": (10, {"persons": 0.73, "organizations": 0.67, "locations": 0.88}),
    "quotes_indosum_eq": (10, {"persons": 0.78, "organizations": 0.42, "locations": 0.81}),
    "quotes_indosum_er": (10, {"persons": 0.83, "organizations": 0.68, "locations": 0.88}),
    # batches ES-EZ (session 14): scored unseen first (each SOURCE.md); floors 0.02 under the figures
    "quotes_indosum_es": (10, {"persons": 0.82, "organizations": 0.79, "locations": 0.94}),
    "quotes_indosum_et": (10, {"persons": 0.81, "organizations": 0.70, "locations": 0.79}),
    "quotes_indosum_eu": (10, {"persons": 0.80, "organizations": 0.64, "locations": 0.81}),
    "quotes_indosum_ev": (10, {"persons": 0.81, "organizations": 0.75, "locations": 0.86}),
    "quotes_indosum_ew": (10, {"persons": 0.80, "organizations": 0.50, "locations": 0.88}),
    "quotes_indosum_ex": (10, {"persons": 0.80, "organizations": 0.63, "locations": 0.93}),
    "quotes_indosum_ey": (10, {"persons": 0.87, "organizations": 0.72, "locations": 0.87}),
    "quotes_indosum_ez": (10, {"persons": 0.74, "organizations": 0.57, "locations": 0.84}),
    # batches FA-FD (session 15): scored unseen first (each SOURCE.md); floors 0.02 under the figures
    "quotes_indosum_fa": (10, {"persons": 0.82, "organizations": 0.73, "locations": 0.93}),
    "quotes_indosum_fb": (10, {"persons": 0.91, "organizations": 0.73, "locations": 0.86}),
    # (session 16: "Smith" and "Johansson" now take their canonical full names, so score.py no longer
    # counts them as two more persons each: 0.767 -> 0.747, one name per person as issue 4 asks)
    "quotes_indosum_fc": (10, {"persons": 0.73, "organizations": 0.77, "locations": 0.87}),
    "quotes_indosum_fd": (10, {"persons": 0.91, "organizations": 0.69, "locations": 0.98}),
    # batches FE-FH (session 16): scored unseen first (each SOURCE.md); floors 0.02 under the figures
    "quotes_indosum_fe": (10, {"persons": 0.71, "organizations": 0.56, "locations": 0.86}),
    "quotes_indosum_ff": (10, {"persons": 0.80, "organizations": 0.78, "locations": 0.92}),
    "quotes_indosum_fg": (10, {"persons": 0.85, "organizations": 0.75, "locations": 0.87}),
    "quotes_indosum_fh": (10, {"persons": 0.65, "organizations": 0.52, "locations": 0.95}),
    # batches FI-FW (session 17): scored unseen first (each SOURCE.md); floors 0.02 under the figures
    "quotes_indosum_fi": (10, {"persons": 0.84, "organizations": 0.79, "locations": 0.88}),
    "quotes_indosum_fj": (10, {"persons": 0.74, "organizations": 0.69, "locations": 0.95}),
    "quotes_indosum_fk": (10, {"persons": 0.72, "organizations": 0.57, "locations": 0.80}),
    "quotes_indosum_fl": (10, {"persons": 0.68, "organizations": 0.76, "locations": 0.81}),
    "quotes_indosum_fm": (10, {"persons": 0.83, "organizations": 0.86, "locations": 0.88}),
    "quotes_indosum_fn": (10, {"persons": 0.81, "organizations": 0.62, "locations": 0.90}),
    "quotes_indosum_fo": (10, {"persons": 0.79, "organizations": 0.69, "locations": 0.91}),
    "quotes_indosum_fp": (10, {"persons": 0.81, "organizations": 0.74, "locations": 0.83}),
    "quotes_indosum_fq": (10, {"persons": 0.70, "organizations": 0.69, "locations": 0.85}),
    "quotes_indosum_fr": (10, {"persons": 0.74, "organizations": 0.63, "locations": 0.88}),
    # (FS organisations 0.68 -> 0.67: the session-19 verifier refit keeps one game title,
    # "Garena Arena of Valor", as an organisation; docs/entities.md "Session 19")
    "quotes_indosum_fs": (10, {"persons": 0.79, "organizations": 0.67, "locations": 0.92}),
    "quotes_indosum_ft": (10, {"persons": 0.82, "organizations": 0.81, "locations": 0.81}),
    "quotes_indosum_fu": (10, {"persons": 0.80, "organizations": 0.60, "locations": 0.87}),
    "quotes_indosum_fv": (10, {"persons": 0.85, "organizations": 0.88, "locations": 0.91}),
    "quotes_indosum_fw": (10, {"persons": 0.84, "organizations": 0.73, "locations": 0.80}),
    # batches FX-GA (session 18): scored unseen first (each SOURCE.md); floors 0.02 under the figures
    "quotes_indosum_fx": (10, {"persons": 0.88, "organizations": 0.70, "locations": 0.89}),
    "quotes_indosum_fy": (10, {"persons": 0.83, "organizations": 0.82, "locations": 0.86}),
    "quotes_indosum_fz": (10, {"persons": 0.65, "organizations": 0.61, "locations": 0.73}),
    "quotes_indosum_ga": (10, {"persons": 0.80, "organizations": 0.63, "locations": 0.93}),
    # batches GB-GI (session 19): scored unseen first (each SOURCE.md); floors 0.02 under the figures
    "quotes_indosum_gb": (10, {"persons": 0.78, "organizations": 0.70, "locations": 0.90}),
    "quotes_indosum_gc": (10, {"persons": 0.79, "organizations": 0.80, "locations": 0.92}),
    "quotes_indosum_gd": (10, {"persons": 0.74, "organizations": 0.71, "locations": 0.87}),
    "quotes_indosum_ge": (10, {"persons": 0.79, "organizations": 0.60, "locations": 0.88}),
    "quotes_indosum_gf": (10, {"persons": 0.80, "organizations": 0.84, "locations": 0.95}),
    "quotes_indosum_gg": (10, {"persons": 0.75, "organizations": 0.58, "locations": 0.73}),
    "quotes_indosum_gh": (10, {"persons": 0.64, "organizations": 0.61, "locations": 0.85}),
    "quotes_indosum_gi": (10, {"persons": 0.77, "organizations": 0.59, "locations": 0.86}),
    "quotes_indosum_gj": (10, {"persons": 0.68, "organizations": 0.74, "locations": 0.88}),
    "quotes_indosum_gk": (10, {"persons": 0.79, "organizations": 0.70, "locations": 0.87}),
    "quotes_indosum_gl": (8, {"persons": 0.65, "organizations": 0.50, "locations": 0.70}),
    "quotes_indosum_gm": (10, {"persons": 0.75, "organizations": 0.77, "locations": 0.76}),
    "quotes_indosum_gn": (4, {"persons": 0.85, "organizations": 0.79, "locations": 0.96}),
    "quotes_indosum_go": (10, {"persons": 0.80, "organizations": 0.55, "locations": 0.81}),
    "quotes_indosum_gp": (5, {"persons": 0.73, "organizations": 0.72, "locations": 0.84}),
    "quotes_indosum_gq": (9, {"persons": 0.78, "organizations": 0.60, "locations": 0.83}),
}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_entities_held_out_floor(folder):
    count, floors = FLOORS[folder]
    gold = load_gold(DATA / folder)
    assert len(gold) == count
    pred = {a["id"]: analyze(a["text"], published=a.get("published"), url=a.get("url")).to_dict() for a in gold}
    figures = score_articles(gold, pred)
    for key, floor in floors.items():
        assert figures[key]["f1"] >= floor, (folder, key, figures[key])
