"""MoELayer against references: dense equivalence, a naive per-token loop, hand-computed losses."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F
from torch.testing import assert_close

import medmoe.moe.layer as layer_mod
from medmoe.errors import ConfigError
from medmoe.moe import MoEConfig, MoELayer, SwiGLU, TransformerConfig


def naive_moe(m: MoELayer, x_ND: torch.Tensor) -> torch.Tensor:
    """Reference: loop over tokens and their chosen experts (what the sorted dispatch must equal)."""
    _, _, idx, w = m.route(x_ND)
    Fd = m.cfg.d_expert
    out = torch.zeros_like(x_ND)
    for n in range(x_ND.shape[0]):
        for k in range(m.cfg.top_k):
            e = int(idx[n, k])
            h = x_ND[n] @ m.w_in_EDH[e]
            out[n] += w[n, k] * ((F.silu(h[:Fd]) * h[Fd:]) @ m.w_out_EFD[e])
    if m.shared is not None:
        out = out + m.shared(x_ND)
    return out


@pytest.fixture(params=["grouped", "loop"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(layer_mod, "_GROUPED_MM_WORKS", [request.param == "grouped"])
    return request.param


def test_one_expert_top1_equals_dense_swiglu(backend: str) -> None:
    torch.manual_seed(0)
    cfg = MoEConfig(d_model=16, d_expert=32, n_experts=1, top_k=1)
    m = MoELayer(cfg)
    dense = SwiGLU(16, 32)
    with torch.no_grad():
        dense.w1.weight.copy_(m.w_in_EDH[0, :, :32].t())
        dense.w3.weight.copy_(m.w_in_EDH[0, :, 32:].t())
        dense.w2.weight.copy_(m.w_out_EFD[0].t())
    x = torch.randn(3, 5, 16)
    assert_close(m(x), dense(x))


@pytest.mark.parametrize("top_k,n_shared", [(1, 0), (2, 0), (2, 1), (3, 0)])
def test_sorted_dispatch_equals_naive_reference(backend: str, top_k: int, n_shared: int) -> None:
    torch.manual_seed(1)
    m = MoELayer(MoEConfig(d_model=16, d_expert=8, n_experts=5, top_k=top_k, n_shared=n_shared))
    x = torch.randn(2, 7, 16)
    assert_close(m(x), naive_moe(m, x.reshape(-1, 16)).reshape(2, 7, 16), rtol=1e-5, atol=1e-5)


def test_grouped_and_loop_backends_agree_with_gradients(monkeypatch: pytest.MonkeyPatch) -> None:
    torch.manual_seed(2)
    m = MoELayer(MoEConfig(d_model=16, d_expert=8, n_experts=4, top_k=2))
    x = torch.randn(20, 16, requires_grad=True)
    grads = []
    for works in (True, False):
        monkeypatch.setattr(layer_mod, "_GROUPED_MM_WORKS", [works])
        m.zero_grad()
        x.grad = None
        y = m(x)
        (y * torch.arange(16.0)).sum().backward()
        grads.append((y.detach(), x.grad.clone(), m.w_in_EDH.grad.clone(), m.w_out_EFD.grad.clone()))
    for a, b in zip(*grads, strict=True):
        assert_close(a, b, rtol=1e-5, atol=1e-5)


def test_gradients_reach_only_selected_experts(backend: str) -> None:
    torch.manual_seed(3)
    m = MoELayer(MoEConfig(d_model=8, d_expert=8, n_experts=6, top_k=1))
    with torch.no_grad():  # force every token to experts 1 (and never the others)
        m.router.weight.zero_()
        m.router.weight[1] = 1.0
    x = torch.rand(4, 8) + 0.1
    m(x).sum().backward()
    used = set(m.last_stats.expert_ids.flatten().tolist())
    assert used == {1}
    for e in range(6):
        g = m.w_in_EDH.grad[e].abs().sum() + m.w_out_EFD.grad[e].abs().sum()
        assert (g > 0) == (e in used), f"expert {e}"


def test_switch_aux_and_z_loss_match_hand_computation() -> None:
    cfg = MoEConfig(d_model=2, d_expert=4, n_experts=2, top_k=1, aux_alpha=0.5, z_alpha=0.25)
    m = MoELayer(cfg)
    with torch.no_grad():
        m.router.weight.copy_(torch.eye(2))  # logits = x
    x = torch.tensor([[1.0, 0.0], [0.0, 2.0], [0.0, 3.0]])
    m(x)
    p = torch.softmax(x, dim=-1)  # token 0 -> expert 0, tokens 1, 2 -> expert 1
    f = torch.tensor([1 / 3, 2 / 3])
    P = p.mean(0)
    aux = 0.5 * 2 * (f * P).sum()
    z = 0.25 * torch.logsumexp(x, -1).square().mean()
    assert_close(m.aux_loss, aux + z)
    # Balanced routing gives the Switch loss its minimum alpha (f = P = 1/E).
    assert aux.item() > 0.5


def test_dropless_drops_nothing_and_capacity_drops_are_counted(backend: str) -> None:
    torch.manual_seed(4)
    cfg = MoEConfig(d_model=8, d_expert=8, n_experts=4, top_k=2)
    m = MoELayer(cfg)
    with torch.no_grad():  # heavily skewed router: most tokens want experts 0 and 1
        m.router.weight.zero_()
        m.router.weight[0] = 3.0
        m.router.weight[1] = 2.0
    x = torch.rand(32, 8)
    m(x)
    s = m.last_stats
    assert s.dropped == 0 and int(s.tokens_per_expert.sum()) == 64

    capped = MoELayer(MoEConfig(d_model=8, d_expert=8, n_experts=4, top_k=2, capacity_factor=1.0))
    capped.load_state_dict(m.state_dict())
    y = capped(x)
    s = capped.last_stats
    cap = 64 // 4
    assert s.tokens_per_expert.max().item() <= cap
    assert s.dropped == 64 - int(s.tokens_per_expert.sum()) and s.dropped > 0
    assert torch.isfinite(y).all()


def test_bias_balancing_moves_toward_balance() -> None:
    torch.manual_seed(5)
    m = MoELayer(MoEConfig(d_model=8, d_expert=8, n_experts=4, top_k=1, balance="bias", bias_rate=0.02))
    with torch.no_grad():
        m.router.weight[0] += 1.0  # expert 0 is preferred by most tokens
    x = torch.rand(256, 8)
    m.train()
    m(x)
    first = m.last_stats.balance
    assert first > 2.0
    # After one step the over-loaded expert is pushed down and the idle ones up.
    assert m.expert_bias_E[0] < 0 < m.expert_bias_E[1:].max()
    later = []
    for _ in range(60):
        m(x)
        later.append(m.last_stats.balance)
    assert m.aux_loss.item() == 0.0
    # Same input every step, so loads oscillate around balance; they must end far below "all on one".
    assert sum(later[-10:]) / 10 < 2.2 < first
    m.eval()  # no updates outside training
    before = m.expert_bias_E.clone()
    m(x)
    assert torch.equal(before, m.expert_bias_E)


def test_routing_stats_are_consistent() -> None:
    torch.manual_seed(6)
    m = MoELayer(MoEConfig(d_model=8, d_expert=8, n_experts=4, top_k=2))
    m(torch.randn(3, 5, 8))
    s = m.last_stats
    assert s.n_tokens == 15 and s.expert_ids.shape == (15, 2)
    assert torch.equal(torch.bincount(s.expert_ids.flatten(), minlength=4), s.tokens_per_expert)
    assert 0 < s.entropy <= torch.log(torch.tensor(4.0)).item() + 1e-6
    assert_close(s.expert_weights.sum(-1), torch.ones(15))


def test_empty_input() -> None:
    m = MoELayer(MoEConfig(d_model=8, d_expert=8, n_experts=4, top_k=2))
    assert m(torch.randn(0, 8)).shape == (0, 8)


@pytest.mark.parametrize("kwargs,field", [
    ({"n_experts": 0}, "MoEConfig.n_experts"),
    ({"n_experts": 2, "top_k": 3}, "MoEConfig.top_k"),
    ({"balance": "magic"}, "MoEConfig.balance"),
    ({"capacity_factor": 0.0}, "MoEConfig.capacity_factor"),
    ({"d_expert": -1}, "MoEConfig.d_expert"),
])
def test_moe_config_rejects_bad_values(kwargs: dict, field: str) -> None:
    with pytest.raises(ConfigError, match=field):
        MoEConfig(**kwargs)


@pytest.mark.parametrize("kwargs,field", [
    ({"d_model": 30, "n_heads": 4, "moe": MoEConfig(d_model=30)}, "TransformerConfig.d_model"),
    ({"d_model": 64}, "TransformerConfig.moe"),
    ({"pad_id": 100}, "TransformerConfig.pad_id"),
    ({"dropout": 1.0}, "TransformerConfig.dropout"),
    ({"moe_every": -1}, "TransformerConfig.moe_every"),
])
def test_transformer_config_rejects_bad_values(kwargs: dict, field: str) -> None:
    with pytest.raises(ConfigError, match=field):
        TransformerConfig(vocab_size=50, **kwargs)


def test_autocast_runs_experts_in_bf16_close_to_fp32(backend: str) -> None:
    # The Trainer autocasts on CUDA only; CPU autocast exercises the same code path here.
    torch.manual_seed(7)
    m = MoELayer(MoEConfig(d_model=16, d_expert=16, n_experts=4, top_k=2))
    x = torch.randn(12, 16)
    ref = m(x)
    with torch.autocast("cpu", dtype=torch.bfloat16):
        y = m(x)
    assert y.dtype == torch.bfloat16
    assert_close(y.float(), ref, rtol=5e-2, atol=5e-2)
