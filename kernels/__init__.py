"""Fused Triton kernels, each with its plain torch reference and autograd wrapper."""
