"""Distributed helpers: the Trainer runs unchanged under `torchrun --nproc_per_node=N` (DDP over gloo on CPU,
NCCL on CUDA). Rank 0 alone writes checkpoints and shows the progress bar."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import torch
import torch.distributed as dist


@dataclass
class DistInfo:
    rank: int = 0
    world_size: int = 1
    local_rank: int = 0

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def enabled(self) -> bool:
        return self.world_size > 1


def init_distributed(device_type: str) -> DistInfo:
    """Join the process group that torchrun describes in the environment (no-op in a single process)."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world <= 1:
        return DistInfo()
    if not dist.is_initialized():
        dist.init_process_group(backend="nccl" if device_type == "cuda" else "gloo")
    return DistInfo(rank=dist.get_rank(), world_size=dist.get_world_size(),
                    local_rank=int(os.environ.get("LOCAL_RANK", "0")))


def shard_batch(batch: Any, rank: int, world_size: int) -> Any:
    """This rank's rows (rank::world_size along dim 0) of every tensor in a nested batch.

    Each rank sees a disjoint part of the *same* global batch, so N processes compute the gradient of the
    same global batch as one process would (for losses that are means over rows)."""
    if world_size <= 1:
        return batch
    if isinstance(batch, torch.Tensor):
        return batch[rank::world_size] if batch.dim() > 0 else batch
    if isinstance(batch, dict):
        return {k: shard_batch(v, rank, world_size) for k, v in batch.items()}
    if isinstance(batch, tuple) and hasattr(batch, "_fields"):  # namedtuple
        return type(batch)(*(shard_batch(v, rank, world_size) for v in batch))
    if isinstance(batch, list | tuple):
        return type(batch)(shard_batch(v, rank, world_size) for v in batch)
    return batch


def to_device(batch: Any, device: torch.device) -> Any:
    """Move every tensor inside dicts/lists/tuples to `device` (non-blocking where it can)."""
    if isinstance(batch, torch.Tensor):
        return batch.to(device, non_blocking=True)
    if isinstance(batch, dict):
        return {k: to_device(v, device) for k, v in batch.items()}
    if isinstance(batch, tuple) and hasattr(batch, "_fields"):
        return type(batch)(*(to_device(v, device) for v in batch))
    if isinstance(batch, list | tuple):
        return type(batch)(to_device(v, device) for v in batch)
    return batch
