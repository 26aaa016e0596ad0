"""µP (maximal update parametrization, Yang et al. 2022, "Tensor Programs V"): which weights scale with width.

Under µP with Adam a weight whose two dimensions both grow with the width (a *hidden matrix*: q/k/v,
attention output, MLP projections, MoE experts) is initialised with std / sqrt(m) and trained with
lr / m, m = hidden_size / base_width; weights with at most one growing dimension (embeddings, the
output layer, biases, norm weights, a router) keep the base init and learning rate. The logits are
divided by m and attention logits scaled in proportion to 1/head_dim (``codelm.trainer.model``). These
keep every activation's scale, and the best learning rate, the same at every width (Shen et al. 2024
train with µP so that the Power scheduler's hyperparameters transfer).

Which dimensions grow is read off the shapes, as the ``mup`` package's base shapes do: the model is
built again at the base width on the meta device (no memory) and each parameter's shape compared.
"""

from __future__ import annotations

import dataclasses


def base_config(config):
    """The same architecture at ``mup.base_width``: heads kept, head and MLP widths (an MoE's shared expert's
    too) shrunk in proportion."""
    ratio = config.mup.base_width / config.hidden_size
    intermediate = max(1, round(config.intermediate_size * ratio))
    moe = dataclasses.replace(config.moe, shared_expert_size=round(config.moe.shared_expert_size * ratio))
    return dataclasses.replace(
        config, hidden_size=config.mup.base_width, intermediate_size=intermediate, moe=moe, mup=None
    )


def width_dimensions(model) -> dict[str, int]:
    """Parameter name -> how many of its dimensions differ from the base-width model's."""
    import torch

    with torch.device("meta"):
        base = type(model)(base_config(model.config))
    base_shapes = {name: parameter.shape for name, parameter in base.named_parameters()}
    return {
        name: sum(size != base_size for size, base_size in zip(parameter.shape, base_shapes[name]))
        for name, parameter in model.named_parameters()
    }


def hidden_matrices(model) -> list:
    """The parameters with at least two width-sized dimensions: the ones µP initialises and trains at 1/m."""
    parameters = dict(model.named_parameters())
    return [parameters[name] for name, count in width_dimensions(model).items() if count >= 2]


def coordinate_check(config, batches: list[dict], lr: float, steps: int) -> list[dict[str, float]]:
    """µP's coordinate check: the mean absolute coordinate of the embeddings, every block's output and the
    logits, before and after each of ``steps`` AdamW updates at ``lr`` (with the trainer's parameter groups).

    Under µP each figure stays put as ``config.hidden_size`` grows; under the standard parametrization the
    updated activations grow with the width (Yang et al. 2022, Fig. 5).
    """
    import torch

    from codelm.trainer.loop import parameter_groups
    from codelm.trainer.model import CodeLM

    torch.manual_seed(0)
    model = CodeLM(config).train()
    groups = parameter_groups(model, weight_decay=0.0)
    for group in groups:
        group["lr"] = lr * group.get("lr_scale", 1.0)
    optimizer = torch.optim.AdamW(groups, lr=lr)
    scales: dict[str, float] = {}

    def record(name):
        def hook(module, inputs, output):
            tensor = output[0] if isinstance(output, tuple) else output
            scales[name] = float(tensor.detach().abs().mean())

        return hook

    model.token_embedding.register_forward_hook(record("embedding"))
    for layer, block in enumerate(model.blocks):
        block.register_forward_hook(record(f"block {layer}"))
    history = []
    for step in range(steps + 1):
        batch = batches[step % len(batches)]
        output = model(batch["input_ids"], position_ids=batch["position_ids"], targets=batch["labels"])
        history.append({**scales, "logits": float(output.logits.detach().abs().mean())})
        if step < steps:
            optimizer.zero_grad()
            output.loss.backward()
            optimizer.step()
    return history
