#!/usr/bin/env bash
# The quality gate: Warta's figures on the shared data must not fall below quality/floors.json.
# Needs the shared data folder (default ../shared, or $WARTA_SHARED); never part of `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${WARTA_SHARED:-../shared}
D=$SHARED/data
exec .venv/bin/warta eval \
  --articles "$SHARED/devset/articles" \
  --pfsa "$D/pfsa-id/pfsa-id/dev-40.txt" "$D/pfsa-id/pfsa-id-med/dev-dl-20-v2.txt" \
  --summaries "$D/indosum/dev.01.jsonl" \
  --ner "$D/nergrit/test_preprocess.txt" --ner "$D/nerui/test.01.tsv" --ner "$D/nerugm/test.01.tsv" \
  --ud "$D"/ud-id-pud/*.conllu "$D/ud-id-csui/id_csui-ud-test.conllu" \
  --floors quality/floors.json
