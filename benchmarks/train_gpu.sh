#!/usr/bin/env bash
# Tokens/s and MFU of a ~1B model (the santacoder-1.1b preset, and the Llama-shaped granite-3b-code
# design at 1B) on one GPU, bf16, with and without codelm's Triton kernels.
#
#     bash benchmarks/train_gpu.sh [WORK_DIR] [STEPS] [RUN...]
#
# Data: the standard library's source, ingested, tokenised (vocabulary 49152) and packed into
# 2048-token rows. Prints one line per run with the median tokens/s and MFU of the logged steps after
# the first five (compilation and warm-up), and writes them to WORK_DIR/train_gpu.jsonl.
# Naming RUNs (santacoder-1.1b, santacoder-1.1b-kernels, granite-llama-1b, granite-llama-1b-kernels)
# runs only those.
set -euo pipefail
WORK=${1:-work/train-gpu}
STEPS=${2:-40}
ONLY=" ${*:3} "
CODELM=${CODELM:-codelm}
python - <<'EOF' || { echo "train_gpu.sh: no CUDA device; nothing measured" >&2; exit 0; }
import sys, torch
sys.exit(0 if torch.cuda.is_available() else 1)
EOF
STDLIB=$(python -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
mkdir -p "$WORK"
$CODELM ingest "$STDLIB" "$WORK/ingested" --quiet >/dev/null
$CODELM tokenizer train "$WORK/ingested" "$WORK/tokenizer" --vocab-size 49152 --max-bytes 32MB --quiet >/dev/null
$CODELM pack "$WORK/ingested" "$WORK/packed" --tokenizer "$WORK/tokenizer" --seq-len 2048 --quiet >/dev/null
: > "$WORK/train_gpu.jsonl"
run() {
  local name=$1 kernels=$2; shift 2
  [[ "$ONLY" == "  " || "$ONLY" == *" $name "* ]] || return 0
  rm -rf "$WORK/runs/$name"
  $CODELM train --set data.train="$WORK/packed" --set train.output_dir="$WORK/runs/$name" \
    --set train.max_steps="$STEPS" --set train.log_every=1 --set train.save_every=100000 \
    --set train.precision=bf16 --set train.micro_batch_size=8 --set schedule.warmup_steps=5 \
    --set "model.kernels=$kernels" "$@" --quiet >/dev/null
  python - "$WORK/runs/$name/metrics.jsonl" "$name" >> "$WORK/train_gpu.jsonl" <<'EOF'
import json, statistics, sys
records = [json.loads(line) for line in open(sys.argv[1]) if '"loss"' in line][5:]
summary = {
    "run": sys.argv[2],
    "tokens_per_s": statistics.median(r["tokens_per_s"] for r in records),
    "mfu": statistics.median(r.get("mfu") or 0.0 for r in records),
}
print(json.dumps(summary))
EOF
  tail -n 1 "$WORK/train_gpu.jsonl"
}
run santacoder-1.1b "[]" --set model.preset=santacoder-1.1b
run santacoder-1.1b-kernels "[all]" --set model.preset=santacoder-1.1b
LLAMA_1B=(--set model.preset=granite-3b-code --set model.num_layers=16 --set model.hidden_size=2048
  --set model.num_heads=16 --set model.num_key_value_heads=4 --set model.intermediate_size=5632
  --set model.max_position_embeddings=2048)
run granite-llama-1b "[]" "${LLAMA_1B[@]}"
run granite-llama-1b-kernels "[all]" "${LLAMA_1B[@]}"
