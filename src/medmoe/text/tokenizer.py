"""Subword tokenizers trained on the task corpus (Russian and English clinical text), HF `tokenizers` format.

Why these choices: BPE over Metaspace-split words decodes back to the original spacing (needed for report
generation); NFC only unifies composed/decomposed letters (e.g. "й" typed as и + breve) and keeps symbols
such as "№", "²" and "µ" (NFKC would turn "№" into "No"); no lowercasing (case carries meaning in
abbreviations such as "ОРВИ" or "CT"); digits are split one by one so
that lab values and doses share a small, dense set of tokens instead of thousands of rare number tokens.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

DEFAULT_SPECIAL_TOKENS = ("<pad>", "<s>", "</s>", "<unk>", "<mask>")

# Always in the vocabulary, even if the training corpus lacks them, so unseen notes rarely hit <unk>.
BASE_ALPHABET = (
    [chr(c) for c in range(33, 127)]
    + [chr(c) for c in range(ord("А"), ord("я") + 1)] + ["Ё", "ё"]
    + list("°±×÷№«»—–‘’“”…µ²³½¼¾≤≥←→↑↓•▁")
)


def train_tokenizer(texts: Iterable[str], vocab_size: int = 8000,
                    special_tokens: Sequence[str] = DEFAULT_SPECIAL_TOKENS) -> Tokenizer:
    """Train a BPE tokenizer; special tokens get ids 0.. in the given order (so "<pad>" is 0 by default)."""
    special = list(special_tokens)
    unk = "<unk>" if "<unk>" in special else None
    tok = Tokenizer(models.BPE(unk_token=unk))
    tok.normalizer = normalizers.NFC()
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always"),
        pre_tokenizers.Digits(individual_digits=True),
        pre_tokenizers.Punctuation(behavior="isolated"),
    ])
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=special, min_frequency=2,
                                  show_progress=False, initial_alphabet=BASE_ALPHABET)
    tok.train_from_iterator((t for t in texts if t), trainer=trainer)
    return tok
