"""MoESeq2Seq: an MoEEncoder plus a causal decoder with cross-attention; one embedding shared by the encoder
input, the decoder input and the output projection (tied), which matters for small vocabularies and data.

`generate` does greedy (beam_size=1) or beam search with a KV cache: each step feeds only the newest token;
self-attention keys/values are appended to the cache and cross-attention keys/values are computed once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch
from torch import Tensor, nn

from medmoe.errors import ConfigError
from medmoe.moe.blocks import DecoderBlock, RMSNorm, init_weights, key_mask
from medmoe.moe.config import TransformerConfig
from medmoe.moe.encoder import MoEEncoder

PrefixFn = Callable[[int, Tensor], list[int]]


class MoESeq2Seq(nn.Module):
    def __init__(self, cfg: TransformerConfig) -> None:
        super().__init__()
        if cfg.n_decoder_layers < 1:
            raise ConfigError("TransformerConfig.n_decoder_layers: MoESeq2Seq needs at least one decoder layer")
        self.cfg = cfg
        self.encoder = MoEEncoder(cfg)
        self.decoder_layers = nn.ModuleList(DecoderBlock(cfg, i) for i in range(cfg.n_decoder_layers))
        self.decoder_norm = RMSNorm(cfg.d_model)
        self.drop = nn.Dropout(cfg.dropout)
        init_weights(self.decoder_layers)

    @property
    def embedding(self) -> nn.Embedding:
        return self.encoder.tok_emb

    def encode(self, src_BS: Tensor, src_mask_BS: Tensor | None = None) -> Tensor:
        return self.encoder(src_BS, src_mask_BS)

    def decode(self, tgt_BT: Tensor, memory_BSD: Tensor, src_mask_BS: Tensor | None,
               caches: list[dict[str, Any]] | None = None) -> Tensor:
        """Decoder logits_BTV. With `caches` (one dict per layer), tgt_BT holds only the new tokens."""
        x_BTD = self.drop(self.embedding(tgt_BT))
        mem_mask = key_mask(src_mask_BS)
        for i, layer in enumerate(self.decoder_layers):
            x_BTD = layer(x_BTD, self.encoder.rotary, memory_BSD, mem_mask,
                          cache=caches[i] if caches is not None else None)
        return self.decoder_norm(x_BTD) @ self.embedding.weight.t()

    def forward(self, src_BS: Tensor, src_mask_BS: Tensor | None, tgt_in_BT: Tensor) -> Tensor:
        if src_mask_BS is None:
            src_mask_BS = src_BS != self.cfg.pad_id
        return self.decode(tgt_in_BT, self.encode(src_BS, src_mask_BS), src_mask_BS)

    @torch.no_grad()
    def generate(self, src_BS: Tensor, src_mask_BS: Tensor | None, *, bos_id: int, eos_id: int,
                 max_new_tokens: int = 256, beam_size: int = 1, length_penalty: float = 1.0,
                 repetition_penalty: float = 1.0, no_repeat_ngram_size: int = 0,
                 prefix_allowed_tokens_fn: PrefixFn | None = None) -> list[list[int]]:
        """Token ids per input (without bos/eos). beam_size=1 is greedy search.

        length_penalty: finished beams are ranked by sum(log p) / length**length_penalty (>1 favours longer).
        repetition_penalty: CTRL-style; logits of tokens already generated are divided (if >0) or multiplied
        (if <0) by it. no_repeat_ngram_size: an n-gram never appears twice. prefix_allowed_tokens_fn(b, ids)
        (ids: this beam's tokens so far, starting with bos) returns the allowed next tokens, e.g. for
        constrained decoding.
        """
        was_training = self.training
        self.eval()
        try:
            return self._beam_search(src_BS, src_mask_BS, bos_id, eos_id, max_new_tokens, max(1, beam_size),
                                     length_penalty, repetition_penalty, no_repeat_ngram_size,
                                     prefix_allowed_tokens_fn)
        finally:
            self.train(was_training)

    def _beam_search(self, src_BS: Tensor, src_mask_BS: Tensor | None, bos_id: int, eos_id: int,
                     max_new: int, W: int, length_penalty: float, rep_penalty: float, ngram: int,
                     prefix_fn: PrefixFn | None) -> list[list[int]]:
        B = src_BS.shape[0]
        dev = src_BS.device
        if src_mask_BS is None:
            src_mask_BS = src_BS != self.cfg.pad_id
        memory = self.encode(src_BS, src_mask_BS)
        # Every batch item gets W rows (beams); row r belongs to item r // W.
        memory = memory.repeat_interleave(W, dim=0)
        mem_mask = src_mask_BS.repeat_interleave(W, dim=0)
        seqs = torch.full((B * W, 1), bos_id, dtype=torch.long, device=dev)
        scores = torch.full((B, W), float("-inf"), device=dev)
        scores[:, 0] = 0.0  # only one live beam at the start, or the W copies would fill the beam
        caches: list[dict[str, Any]] = [{} for _ in self.decoder_layers]
        finished: list[list[tuple[float, list[int]]]] = [[] for _ in range(B)]
        done = [False] * B
        max_new = min(max_new, self.cfg.max_len - 1)

        for step in range(max_new):
            logits = self.decode(seqs[:, -1:], memory, mem_mask, caches)[:, -1].float()  # [B*W, V]
            V = logits.shape[-1]
            if rep_penalty != 1.0:
                prev = logits.gather(1, seqs[:, 1:]) if seqs.shape[1] > 1 else None
                if prev is not None:
                    prev = torch.where(prev > 0, prev / rep_penalty, prev * rep_penalty)
                    logits.scatter_(1, seqs[:, 1:], prev)
            logp = logits.log_softmax(-1)
            if ngram > 0 and seqs.shape[1] >= ngram:
                logp = _ban_repeated_ngrams(logp, seqs, ngram)
            if prefix_fn is not None:
                allowed = torch.full_like(logp, float("-inf"))
                for r in range(B * W):
                    ok = prefix_fn(r // W, seqs[r])
                    if ok:
                        allowed[r, ok] = 0.0
                logp = logp + allowed
            cand = (scores.view(B * W, 1) + logp).view(B, W * V)
            top_scores, top_idx = cand.topk(min(2 * W, W * V), dim=1)
            new_rows, new_tokens, new_scores = [], [], []
            cur_len = step + 1
            for b in range(B):
                beams: list[tuple[int, int, float]] = []
                if not done[b]:
                    for rank, (s, ix) in enumerate(zip(top_scores[b].tolist(), top_idx[b].tolist(), strict=True)):
                        if s == float("-inf"):
                            break
                        row, tok = b * W + ix // V, ix % V
                        if tok == eos_id:
                            if rank < W:
                                hyp = seqs[row, 1:].tolist()
                                finished[b].append((s / (cur_len ** length_penalty), hyp))
                        else:
                            beams.append((row, tok, s))
                        if len(beams) == W:
                            break
                    if len(finished[b]) >= W:
                        worst = sorted(f[0] for f in finished[b])[-W]
                        best_running = beams[0][2] / (cur_len ** length_penalty) if beams else float("-inf")
                        done[b] = best_running <= worst
                    if not beams:
                        done[b] = True
                if done[b] or not beams:
                    beams = [(b * W, self.cfg.pad_id, float("-inf"))]
                while len(beams) < W:
                    beams.append((beams[0][0], self.cfg.pad_id, float("-inf")))
                for row, tok, s in beams:
                    new_rows.append(row)
                    new_tokens.append(tok)
                    new_scores.append(s)
            if all(done):
                break
            rows = torch.tensor(new_rows, device=dev)
            seqs = torch.cat([seqs[rows], torch.tensor(new_tokens, device=dev).unsqueeze(1)], dim=1)
            scores = torch.tensor(new_scores, device=dev).view(B, W)
            for c in caches:
                for k in ("k", "v"):
                    c["self"][k] = c["self"][k][rows]

        out: list[list[int]] = []
        for b in range(B):
            if not done[b]:  # ran out of max_new_tokens: running beams count as finished
                L = seqs.shape[1] - 1
                for w in range(W):
                    s = scores[b, w].item()
                    if s > float("-inf"):
                        finished[b].append((s / (max(L, 1) ** length_penalty), seqs[b * W + w, 1:].tolist()))
            out.append(max(finished[b], key=lambda f: f[0])[1] if finished[b] else [])
        return out


def _ban_repeated_ngrams(logp: Tensor, seqs: Tensor, n: int) -> Tensor:
    """Set -inf on tokens that would complete an n-gram already present in the row (bos excluded)."""
    logp = logp.clone()
    for r, row in enumerate(seqs[:, 1:].tolist()):
        if len(row) < n - 1:
            continue
        prefix = tuple(row[len(row) - n + 1:]) if n > 1 else ()
        banned = [row[i + n - 1] for i in range(len(row) - n + 1) if tuple(row[i:i + n - 1]) == prefix]
        if banned:
            logp[r, banned] = float("-inf")
    return logp
