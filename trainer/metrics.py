"""Training logs: ``metrics.jsonl`` (one JSON object per logged step), TensorBoard when installed, the curve PNG."""

from __future__ import annotations

import json
from pathlib import Path

METRICS_FILE = "metrics.jsonl"
CURVE_FILE = "loss.png"

# Dense bf16 peak FLOP/s per device (vendor datasheets), for MFU. Devices not listed get no MFU.
PEAK_BF16_FLOPS = {
    "H200": 989e12,
    "H100 SXM": 989e12,
    "H100 NVL": 835e12,
    "H100 PCIe": 756e12,
    "H100": 989e12,
    "A100": 312e12,
    "L40S": 362e12,
    "A10G": 70e12,
    "L4": 121e12,
}


def peak_flops(device_name: str | None, precision: str) -> float | None:
    """Peak FLOP/s of one device for the run's precision, when known (bf16 on known NVIDIA GPUs)."""
    if device_name is None or precision != "bf16":
        return None
    for name, flops in PEAK_BF16_FLOPS.items():
        if name in device_name:
            return flops
    return None


class MetricsLog:
    """Appends metrics lines; on resume, first drops lines from steps after the checkpoint being resumed."""

    def __init__(self, run_dir: Path, resumed_step: int | None):
        self.path = run_dir / METRICS_FILE
        if resumed_step is not None and self.path.exists():
            kept = [line for line in self.path.read_text().splitlines() if json.loads(line)["step"] <= resumed_step]
            self.path.write_text("".join(line + "\n" for line in kept))
        elif resumed_step is None:
            self.path.write_text("")
        self._tensorboard = None
        try:
            from torch.utils.tensorboard import SummaryWriter
        except ImportError:
            return
        self._tensorboard = SummaryWriter(str(run_dir / "tensorboard"))

    def write(self, record: dict) -> None:
        with self.path.open("a") as handle:
            handle.write(json.dumps(record) + "\n")
        if self._tensorboard is not None:
            for key, value in record.items():
                if key != "step" and isinstance(value, (int, float)):
                    self._tensorboard.add_scalar(key, value, record["step"])

    def close(self) -> None:
        if self._tensorboard is not None:
            self._tensorboard.close()


def read_metrics(run_dir: str | Path) -> list[dict]:
    path = Path(run_dir) / METRICS_FILE
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def plot_curves(run_dir: str | Path, reference_loss: float | None = None) -> Path | None:
    """Training and validation loss, and the learning rate, against the step: ``loss.png`` in the run folder."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    records = read_metrics(run_dir)
    train = [r for r in records if "loss" in r]
    val = [r for r in records if "val_loss" in r]
    if not train:
        return None
    figure, (loss_axis, lr_axis) = plt.subplots(1, 2, figsize=(11, 4))
    loss_axis.plot([r["step"] for r in train], [r["loss"] for r in train], label="train loss")
    if val:
        loss_axis.plot([r["step"] for r in val], [r["val_loss"] for r in val], "o-", label="validation loss")
    if reference_loss is not None:
        loss_axis.axhline(reference_loss, color="grey", linestyle="--", label="unigram entropy of the data")
    loss_axis.set_xlabel("step")
    loss_axis.set_ylabel("cross-entropy (nats/token)")
    loss_axis.legend()
    loss_axis.grid(alpha=0.3)
    lr_axis.plot([r["step"] for r in train], [r["lr"] for r in train], color="tab:green")
    lr_axis.set_xlabel("step")
    lr_axis.set_ylabel("learning rate")
    lr_axis.grid(alpha=0.3)
    figure.tight_layout()
    path = Path(run_dir) / CURVE_FILE
    figure.savefig(path, dpi=100)
    plt.close(figure)
    return path
