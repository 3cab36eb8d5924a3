"""Text tools shared by every task: tokenizer training (`tokenizer.py`), Russian text processing
(`russian.py`: razdel sentences/tokens, pymorphy3 lemmas, abbreviations, negation) and language detection
(`lang.py`)."""
