"""Model directories: round trip, tamper/truncation/shape/version failures, name resolution, configs."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import torch
from torch import nn
from torch.testing import assert_close

from medmoe.checkpoint import load_model, register_model_kind, resolve_model_path, save_model
from medmoe.config import from_dict, to_dict
from medmoe.errors import CheckpointError, ConfigError
from medmoe.moe import MoEConfig, MoEEncoder, MoESeq2Seq, TransformerConfig


def cfg(**kw: object) -> TransformerConfig:
    base: dict = dict(vocab_size=30, d_model=16, n_layers=1, n_decoder_layers=1, n_heads=2, d_ff=32, max_len=32,
                      moe=MoEConfig(d_model=16, d_expert=8, n_experts=3, top_k=2, balance="bias"))
    base.update(kw)
    return TransformerConfig(**base)


@dataclass
class HeadConfig:
    encoder: TransformerConfig = field(default_factory=cfg)
    n_labels: int = 3
    labels: tuple[str, ...] = ("a", "b", "c")
    threshold: float | None = None


class WithHead(nn.Module):
    def __init__(self, c: HeadConfig) -> None:
        super().__init__()
        self.enc = MoEEncoder(c.encoder)
        self.head = nn.Linear(c.encoder.d_model, c.n_labels)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        return self.head(MoEEncoder.pool(self.enc(ids), ids != 0))


register_model_kind("test-with-head", HeadConfig, WithHead)


def test_config_round_trip_nested() -> None:
    c = HeadConfig(threshold=0.5)
    d = json.loads(json.dumps(to_dict(c)))
    assert from_dict(HeadConfig, d) == c
    with pytest.raises(ConfigError, match="unknown field"):
        from_dict(HeadConfig, {**d, "n_lables": 2})
    with pytest.raises(ConfigError, match=r"HeadConfig\.encoder\.moe: MoEConfig\.top_k"):
        d["encoder"]["moe"]["top_k"] = 9
        from_dict(HeadConfig, d)


def test_save_load_gives_identical_outputs(tmp_path: Path) -> None:
    torch.manual_seed(0)
    c = HeadConfig()
    model = WithHead(c)
    model.train()
    ids = torch.randint(1, 30, (2, 6))
    model(ids)  # moves the bias-balancing buffer away from zero: it must be saved too
    model.eval()
    want = model(ids)
    p = save_model(tmp_path / "m", model, c, "test-with-head", metadata={"seed": 0}, extra_json={"labels": ["a"]})
    lm = load_model(p, kind="test-with-head")
    assert_close(lm.model(ids), want)
    assert lm.config == c and lm.metadata["seed"] == 0 and lm.extra_json == {"labels": ["a"]}
    assert lm.metadata["medmoe_version"] and not lm.model.training
    assert {f.name for f in p.iterdir()} == {"config.json", "model.safetensors", "metadata.json", "labels.json"}


def test_seq2seq_with_tied_weights_and_tokenizer(tmp_path: Path) -> None:
    from medmoe.text.tokenizer import train_tokenizer

    torch.manual_seed(1)
    tok = train_tokenizer(["боль в груди", "chest pain"] * 20, vocab_size=200)
    c = cfg(vocab_size=tok.get_vocab_size())
    m = MoESeq2Seq(c).eval()
    src, tgt = torch.randint(1, c.vocab_size, (2, 5)), torch.randint(1, c.vocab_size, (2, 4))
    p = save_model(tmp_path / "s2s", m, c, "moe-seq2seq", tokenizer=tok)
    lm = load_model(p)
    assert_close(lm.model(src, None, tgt), m(src, None, tgt))
    assert lm.tokenizer.encode("боль в груди").ids == tok.encode("боль в груди").ids


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    torch.manual_seed(2)
    c = cfg()
    return save_model(tmp_path / "enc", MoEEncoder(c), c, "moe-encoder")


def test_tampered_weights_fail(saved: Path) -> None:
    f = saved / "model.safetensors"
    data = bytearray(f.read_bytes())
    data[-3] ^= 0xFF
    f.write_bytes(bytes(data))
    with pytest.raises(CheckpointError, match="checksum"):
        load_model(saved)


def test_metadata_may_be_edited_but_extra_json_may_not(tmp_path: Path) -> None:
    c = cfg()
    p = save_model(tmp_path / "m", MoEEncoder(c), c, "moe-encoder", extra_json={"labels": ["a", "b"]})
    meta = json.loads((p / "metadata.json").read_text())
    (p / "metadata.json").write_text(json.dumps({**meta, "scores": {"f1": 0.9}}))
    assert load_model(p).metadata["scores"] == {"f1": 0.9}
    (p / "labels.json").write_text(json.dumps(["b", "a"]))
    with pytest.raises(CheckpointError, match="labels.json: checksum"):
        load_model(p)


def test_truncated_weights_fail_even_without_checksums(saved: Path) -> None:
    head = json.loads((saved / "config.json").read_text())
    head.pop("sha256")
    (saved / "config.json").write_text(json.dumps(head))
    f = saved / "model.safetensors"
    f.write_bytes(f.read_bytes()[: f.stat().st_size // 2])
    with pytest.raises(CheckpointError, match="cannot read"):
        load_model(saved)


def test_shape_mismatch_fails(saved: Path) -> None:
    head = json.loads((saved / "config.json").read_text())
    head["config"]["moe"]["d_expert"] = 16
    (saved / "config.json").write_text(json.dumps(head))
    with pytest.raises(CheckpointError, match="shape"):
        load_model(saved)


def test_newer_format_version_and_wrong_kind_fail(saved: Path) -> None:
    with pytest.raises(CheckpointError, match="expected 'moe-seq2seq'"):
        load_model(saved, kind="moe-seq2seq")
    head = json.loads((saved / "config.json").read_text())
    head["format_version"] = 99
    (saved / "config.json").write_text(json.dumps(head))
    with pytest.raises(CheckpointError, match="format_version"):
        load_model(saved)


def test_bad_json_and_unknown_kind_fail(saved: Path) -> None:
    head = json.loads((saved / "config.json").read_text())
    head["kind"] = "no-such-kind"
    head["kind_module"] = "os"  # never imported: only medmoe modules are
    (saved / "config.json").write_text(json.dumps(head))
    with pytest.raises(CheckpointError, match="not registered"):
        load_model(saved)
    (saved / "config.json").write_text("{not json")
    with pytest.raises(CheckpointError, match="not valid JSON"):
        load_model(saved)


def test_resolve_model_path(saved: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_model_path(saved) == saved
    home = tmp_path / "home"
    monkeypatch.setenv("MEDMOE_HOME", str(home))
    (home / "models").mkdir(parents=True)
    saved.rename(home / "models" / "mine")
    assert resolve_model_path("mine") == home / "models" / "mine"
    assert isinstance(load_model("mine").model, MoEEncoder)
    with pytest.raises(CheckpointError, match="not found"):
        resolve_model_path("nope-model")


def test_save_replaces_existing_dir_and_rejects_bad_names(saved: Path) -> None:
    c = cfg(n_layers=2)
    save_model(saved, MoEEncoder(c), c, "moe-encoder")
    assert load_model(saved).config.n_layers == 2
    with pytest.raises(ConfigError):
        save_model(saved, MoEEncoder(c), c, "moe-encoder", extra_json={"config": {}})
    with pytest.raises(ConfigError):
        save_model(saved, MoEEncoder(c), c, "not-registered")


def test_tokenizer_round_trips_russian_and_english() -> None:
    from medmoe.text.tokenizer import train_tokenizer

    texts = ["Пациентка 34 лет, жалобы на одышку.", "No fever; SpO2 97% on room air."] * 30
    tok = train_tokenizer(texts, vocab_size=300)
    assert tok.token_to_id("<pad>") == 0 and tok.token_to_id("<s>") == 1 and tok.token_to_id("</s>") == 2
    for t in ["Пациентка 35 лет: одышка, SpO2 91%.", "Ёжик №5 «тест» — 38,5°C"]:
        enc = tok.encode(t)
        assert tok.token_to_id("<unk>") not in enc.ids
        assert tok.decode(enc.ids) == t
    # digits are split, so an unseen number costs one token per digit
    assert tok.encode("12345").tokens[-5:] == ["1", "2", "3", "4", "5"]
