"""Encoder and seq2seq behaviour: padding, pooling, KV-cached decoding vs recomputation, beam search, upcycling."""

from __future__ import annotations

import pytest
import torch
from torch.testing import assert_close

from medmoe.errors import ConfigError
from medmoe.moe import MoEConfig, MoEEncoder, MoESeq2Seq, TransformerConfig, upcycle

BOS, EOS = 1, 2


def small_cfg(**kw: object) -> TransformerConfig:
    base: dict = dict(vocab_size=40, d_model=32, n_layers=2, n_decoder_layers=2, n_heads=4, d_ff=48, max_len=64,
                      moe=MoEConfig(d_model=32, d_expert=16, n_experts=4, top_k=2))
    base.update(kw)
    return TransformerConfig(**base)


def test_encoder_ignores_padding_and_pools() -> None:
    torch.manual_seed(0)
    enc = MoEEncoder(small_cfg()).eval()
    ids = torch.randint(3, 40, (1, 6))
    padded = torch.cat([ids, torch.zeros(1, 4, dtype=torch.long)], dim=1)
    h = enc(ids)
    hp = enc(padded)  # mask defaults to ids != pad_id
    assert_close(hp[:, :6], h, rtol=1e-5, atol=1e-5)
    mask = padded != 0
    assert_close(MoEEncoder.pool(hp, mask, "mean"), h.mean(1), rtol=1e-5, atol=1e-5)
    assert_close(MoEEncoder.pool(hp, mask, "max"), h.max(1).values)
    assert_close(MoEEncoder.pool(hp, mask, "first"), h[:, 0])
    with pytest.raises(ValueError):
        MoEEncoder.pool(hp, mask, "median")


def test_encoder_type_ids_change_the_output() -> None:
    torch.manual_seed(1)
    enc = MoEEncoder(small_cfg(n_token_types=2)).eval()
    ids = torch.randint(3, 40, (2, 5))
    a = enc(ids, None, torch.zeros_like(ids))
    b = enc(ids, None, torch.ones_like(ids))
    assert a.shape == (2, 5, 32) and not torch.allclose(a, b)


def test_dense_model_has_no_moe_layers() -> None:
    from medmoe.moe import MoELayer

    enc = MoEEncoder(small_cfg(moe_every=0))
    assert not any(isinstance(m, MoELayer) for m in enc.modules())
    enc2 = MoEEncoder(small_cfg(n_layers=4, moe_every=2))
    assert [isinstance(b.ffn, MoELayer) for b in enc2.layers] == [False, True, False, True]


def _naive_greedy(model: MoESeq2Seq, src: torch.Tensor, max_new: int) -> list[int]:
    out = [BOS]
    for _ in range(max_new):
        logits = model(src, None, torch.tensor([out]))[0, -1]
        tok = int(logits.argmax())
        if tok == EOS:
            break
        out.append(tok)
    return out[1:]


@pytest.fixture(scope="module")
def s2s() -> MoESeq2Seq:
    torch.manual_seed(3)
    m = MoESeq2Seq(small_cfg(vocab_size=12))
    with torch.no_grad():  # an untrained tied model just repeats its input token; larger weights break that
        for name, p in m.named_parameters():
            if p.dim() >= 2 and "tok_emb" not in name:
                p.normal_(0, 0.4)
    return m.eval()


def test_kv_cache_greedy_equals_recomputation(s2s: MoESeq2Seq) -> None:
    src = torch.randint(3, 12, (3, 7))
    out = s2s.generate(src, None, bos_id=BOS, eos_id=EOS, max_new_tokens=10)
    assert any(len(set(o)) > 1 for o in out)  # the model is not degenerate
    for b in range(3):
        assert out[b] == _naive_greedy(s2s, src[b:b + 1], 10)
    assert s2s.generate(src, None, bos_id=BOS, eos_id=EOS, max_new_tokens=10, beam_size=1) == out


@torch.no_grad()
def _best_by_brute_force(model: MoESeq2Seq, src: torch.Tensor, max_new: int) -> tuple[list[int], float]:
    """Best sequence of at most max_new tokens by total log-prob: finished (ending in eos) or cut at max_new."""
    V = model.cfg.vocab_size
    best: tuple[list[int], float] = ([], float("-inf"))
    prefixes: list[tuple[list[int], float]] = [([], 0.0)]
    for _ in range(max_new):
        tgt = torch.tensor([[BOS] + p for p, _ in prefixes])
        logp = model(src.expand(len(prefixes), -1), None, tgt)[:, -1].log_softmax(-1)
        nxt = []
        for (p, s), row in zip(prefixes, logp.tolist(), strict=True):
            if s + row[EOS] > best[1]:
                best = (p, s + row[EOS])
            for t in range(V):
                if t != EOS:
                    nxt.append((p + [t], s + row[t]))
        prefixes = nxt
    for p, s in prefixes:  # cut at max_new
        if s > best[1]:
            best = (p, s)
    return best


def test_wide_beam_search_is_exact(s2s: MoESeq2Seq) -> None:
    V, L = s2s.cfg.vocab_size, 3
    src = torch.randint(3, 12, (2, 6))
    beams = s2s.generate(src, None, bos_id=BOS, eos_id=EOS, max_new_tokens=L, beam_size=V * V, length_penalty=0.0)
    greedy = s2s.generate(src, None, bos_id=BOS, eos_id=EOS, max_new_tokens=L)
    for b in range(2):
        assert beams[b] == _best_by_brute_force(s2s, src[b:b + 1], L)[0]
    assert len(beams) == len(greedy) == 2


def test_generation_controls(s2s: MoESeq2Seq) -> None:
    src = torch.randint(3, 12, (4, 7))
    for out in s2s.generate(src, None, bos_id=BOS, eos_id=EOS, max_new_tokens=12, no_repeat_ngram_size=1,
                            beam_size=2):
        assert len(out) == len(set(out))
    for out in s2s.generate(src, None, bos_id=BOS, eos_id=EOS, max_new_tokens=12, no_repeat_ngram_size=2):
        bigrams = list(zip(out, out[1:], strict=False))
        assert len(bigrams) == len(set(bigrams))
    allowed = [5, 6, EOS]
    outs = s2s.generate(src, None, bos_id=BOS, eos_id=EOS, max_new_tokens=6,
                        prefix_allowed_tokens_fn=lambda b, ids: allowed)
    assert all(set(o) <= {5, 6} for o in outs)

    def repeats(outs: list[list[int]]) -> int:
        return sum(len(o) - len(set(o)) for o in outs)

    plain = s2s.generate(src, None, bos_id=BOS, eos_id=EOS, max_new_tokens=12)
    penalised = s2s.generate(src, None, bos_id=BOS, eos_id=EOS, max_new_tokens=12, repetition_penalty=50.0)
    assert repeats(plain) > 0 and repeats(penalised) < repeats(plain)


def test_seq2seq_needs_a_decoder() -> None:
    with pytest.raises(ConfigError, match="n_decoder_layers"):
        MoESeq2Seq(small_cfg(n_decoder_layers=0))


def test_seq2seq_output_embedding_is_tied() -> None:
    m = MoESeq2Seq(small_cfg())
    logits = m(torch.randint(3, 40, (2, 5)), None, torch.randint(3, 40, (2, 4)))
    logits.sum().backward()
    assert logits.shape == (2, 4, 40)
    assert m.embedding.weight.grad is not None
    assert sum(p.numel() for p in m.parameters() if p.dim() == 2 and p.shape == (40, 32)) == 40 * 32


def test_upcycled_model_equals_dense_at_init() -> None:
    torch.manual_seed(3)
    dense = MoEEncoder(small_cfg(moe_every=0, d_ff=48)).eval()
    moe_cfg = MoEConfig(d_model=32, d_expert=48, n_experts=4, top_k=2)
    moe = upcycle(dense, moe_cfg).eval()
    ids = torch.randint(3, 40, (3, 9))
    assert_close(moe(ids), dense(ids), rtol=1e-5, atol=1e-5)
    from medmoe.moe import MoELayer

    assert sum(isinstance(m, MoELayer) for m in moe.modules()) == 2
    assert moe.cfg.moe_every == 1 and moe.cfg.moe == moe_cfg
    assert dense.cfg.moe_every == 0  # the dense model is untouched
    rebuilt = MoEEncoder(moe.cfg)
    rebuilt.load_state_dict(moe.state_dict())  # the config describes the upcycled structure


def test_upcycle_rejects_mismatched_sizes() -> None:
    dense = MoEEncoder(small_cfg(moe_every=0, d_ff=48))
    with pytest.raises(ConfigError, match="d_expert"):
        upcycle(dense, MoEConfig(d_model=32, d_expert=16, n_experts=4, top_k=2))
