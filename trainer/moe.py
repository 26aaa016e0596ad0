"""The mixture-of-experts MLP (``mlp: moe``): a router, ``num_experts`` SwiGLU experts, an optional shared expert.

Granite 3.0's MoE layer, computed as transformers' GraniteMoe computes it so that exported weights give
the same logits: router logits ``x @ router`` (in the activations' dtype, then fp32), each token's
``top_k`` largest logits, routing weights the softmax over those k (``router: softmax_topk``), and
``out = Σ_j w_j · expert_j(x)``, plus the shared expert's output when ``moe.shared_expert_size`` > 0
(granitemoeshared). The experts run through ``codelm.kernels.moe``: tokens sorted by expert, one
grouped matmul per projection (Triton on GPU when ``kernels`` lists ``moe``).

Router losses, per layer and averaged over layers (``router_statistics``), added to the training loss
with ``moe.aux_loss_coef`` and ``moe.z_loss_coef``:

- load balancing (Switch Transformer, Fedus et al. 2022, normalised as transformers'
  ``load_balancing_loss_func`` so that Granite's ``router_aux_loss_coef`` means the same):
  ``E · Σ_e f_e · P_e``, with ``f_e`` the share of tokens that chose expert e among their top_k
  (``Σ f = top_k``: a uniform router scores top_k) and ``P_e`` the router's mean probability for e;
  the gradient flows through P, pulling probability away from overloaded experts;
- z-loss (ST-MoE, Zoph et al. 2022): the mean over tokens of ``logsumexp(logits)²``, which keeps the
  router's logits small enough for a stable softmax in low precision.

``moe.train_mode: dense`` is DS-MoE (Pan et al. 2024, "Dense Training, Sparse Inference"): in training
every token goes through every expert, weighted by the full softmax of its router logits, so every
expert and the whole router get gradients from every token; in evaluation and inference the layer
routes sparsely, top_k experts as above, which is also what the exported model computes.
"""

from __future__ import annotations

import dataclasses

import torch
import torch.nn.functional as F
from torch import nn

from codelm.kernels.moe import moe_experts, moe_experts_reference
from codelm.trainer.model import MLP, ModelConfig


class ExpertWeights(nn.Module):
    """One projection of every expert, ``(experts, in, out)``; a module so that it has a ``weight`` as nn.Linear."""

    def __init__(self, num_experts: int, fan_in: int, fan_out: int, std: float):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(num_experts, fan_in, fan_out))
        nn.init.normal_(self.weight, std=std)


class MoE(nn.Module):
    def __init__(self, config: ModelConfig):
        super().__init__()
        self.config = config
        hidden, inner = config.hidden_size, config.intermediate_size
        self.router = nn.Linear(hidden, config.num_experts, bias=False)
        # [gate | up] along the last dimension, as the dense SwiGLU MLP's fused projection.
        self.gate_up = ExpertWeights(config.num_experts, hidden, 2 * inner, config.initializer_range)
        self.down = ExpertWeights(config.num_experts, inner, hidden, config.initializer_range)
        shared_size = config.moe.shared_expert_size
        self.shared = (
            MLP(dataclasses.replace(config, mlp="swiglu", intermediate_size=shared_size, mlp_bias=False))
            if shared_size
            else None
        )
        # This forward's router statistics, collected by ``router_statistics`` after the last block.
        self.statistics: dict | None = None

    def forward(self, x):
        shape = x.shape
        x = x.reshape(-1, shape[-1])  # (tokens, hidden)
        logits = self.router(x).float()  # (tokens, experts)
        probabilities = logits.softmax(dim=-1)
        top_logits, expert_ids = logits.topk(self.config.top_k, dim=-1)  # (tokens, top_k)
        gate_up, down = self.gate_up.weight, self.down.weight
        if self.training and self.config.moe.train_mode == "dense":
            out = dense_experts(x, gate_up, down, probabilities.to(x.dtype))
        else:
            experts = moe_experts if "moe" in self.config.kernels else moe_experts_reference
            out = experts(x, gate_up, down, top_logits.softmax(dim=-1).to(x.dtype), expert_ids)
        if self.shared is not None:
            out = out + self.shared(x)
        self.statistics = layer_statistics(logits, probabilities, expert_ids)
        return out.view(shape)


def dense_experts(x: torch.Tensor, gate_up: torch.Tensor, down: torch.Tensor, weights: torch.Tensor) -> torch.Tensor:
    """``Σ_e weights[:, e] · expert_e(x)`` over every expert (DS-MoE training); ``weights`` (tokens, experts)."""
    tokens = x.shape[0]
    num_experts, hidden, double_inner = gate_up.shape
    # Every expert's gate|up projection in one matmul: x @ (hidden, experts · 2·inner).
    projected = (x @ gate_up.transpose(0, 1).reshape(hidden, -1)).view(tokens, num_experts, double_inner)
    gate, up = projected.chunk(2, dim=-1)
    activation = F.silu(gate) * up * weights.unsqueeze(-1)  # (tokens, experts, inner)
    # ... and the weighted sum over experts as one matmul with the stacked down projections.
    return activation.reshape(tokens, -1) @ down.reshape(-1, hidden)


def layer_statistics(logits: torch.Tensor, probabilities: torch.Tensor, expert_ids: torch.Tensor) -> dict:
    """One layer's load-balancing loss, z-loss and tokens per expert (see the module docstring)."""
    num_experts = logits.shape[-1]
    tokens_per_expert = torch.bincount(expert_ids.reshape(-1), minlength=num_experts)
    share = tokens_per_expert.float() / logits.shape[0]
    return {
        "aux_loss": num_experts * (share * probabilities.mean(dim=0)).sum(),
        "z_loss": torch.logsumexp(logits, dim=-1).square().mean(),
        "tokens_per_expert": tokens_per_expert,
    }


def router_statistics(blocks) -> dict:
    """The model's router losses (means over layers) and ``tokens_per_expert`` ``(layers, experts)``."""
    layers = [block.mlp.statistics for block in blocks]
    return {
        "aux_loss": torch.stack([layer["aux_loss"] for layer in layers]).mean(),
        "z_loss": torch.stack([layer["z_loss"] for layer in layers]).mean(),
        "tokens_per_expert": torch.stack([layer["tokens_per_expert"] for layer in layers]),
    }


class ExpertLoad:
    """Router statistics over a logging window, for ``metrics.jsonl``; summed over data-parallel ranks.

    ``expert_load_min``/``_max``: the least and most loaded expert of any layer, as a share of its fair
    share (the layer's routed tokens / experts): 1.0 for both is perfect balance.
    """

    def __init__(self):
        self._start_window()

    def _start_window(self) -> None:
        self.tokens = None  # (layers, experts), summed
        self.losses = None  # aux loss, z-loss, summed
        self.micro_steps = 0

    def add(self, aux: dict) -> None:
        tokens = aux["tokens_per_expert"].detach().double()
        losses = torch.stack([aux["aux_loss"].detach(), aux["z_loss"].detach()]).double()
        self.tokens = tokens if self.tokens is None else self.tokens + tokens
        self.losses = losses if self.losses is None else self.losses + losses
        self.micro_steps += 1

    def record(self) -> dict:
        import torch.distributed as dist

        tokens, losses = self.tokens, self.losses / self.micro_steps
        if dist.is_initialized():
            dist.all_reduce(tokens)
            dist.all_reduce(losses)
            losses /= dist.get_world_size()
        load = tokens / (tokens.sum(dim=1, keepdim=True) / tokens.shape[1])
        self._start_window()
        return {
            "aux_loss": float(losses[0]),
            "z_loss": float(losses[1]),
            "expert_load_min": float(load.min()),
            "expert_load_max": float(load.max()),
            "tokens_per_expert": tokens.long().tolist(),
        }
