"""The one training engine (`Trainer`), distributed helpers and a tiny toy task for the demo."""

from medmoe.train.dist import DistInfo, init_distributed, shard_batch, to_device
from medmoe.train.trainer import TrainConfig, Trainer, TrainResult, lr_at

__all__ = ["Trainer", "TrainConfig", "TrainResult", "lr_at", "DistInfo", "init_distributed", "shard_batch",
           "to_device"]
