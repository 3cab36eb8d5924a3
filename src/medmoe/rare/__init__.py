"""Rare-disease diagnosis from HPO phenotypes.

- `similarity.py`: the Phenomizer-style baseline (IC, best-match average), vectorised over all diseases;
- `model.py`: the MoE ranker (`RareRanker` on the shared `MoEEncoder`), `data.py`: its vocabulary/tensors;
- `train.py`: training on synthetic patient streams with the shared `Trainer` (`python -m medmoe.rare.train`);
- `api.py`: `Diagnoser`, `Patient`, `RankedDisease` (the contract in docs/ARCHITECTURE.md);
- `io.py`: reading phenopackets; `evaluate.py` + `metrics.py`: top-k / MRR with bootstrap intervals.

Nothing heavy is imported here; import the submodules.
"""
