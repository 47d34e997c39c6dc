"""A character CNN-CRF with learnt embeddings, trained for comparison with the CRF.

    python -m text.ner.neural [--data DIR] [--out DIR] [--epochs N] [--resume]

Needs PyTorch (training only; the app never imports this module). Inputs per
character: its embedding, the embeddings of the bigrams ending and starting at
it, and the embedding of its place in the segmenter's word with the word's tag;
three convolution layers (kernel 3, dilations 1, 2, 1, residual) give label
scores and a linear-chain CRF over BIOES labels decodes them. Chosen over a
BiLSTM because convolutions run as a few large matrix products, which numpy
does fast on one core. Trained on ``data.full_corpus``'s training sentences,
scored on its development split after every epoch; a checkpoint is written
after every epoch, and ``--resume`` continues from it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

from text.fold import fold
from text.ner.data import DEFAULT_DATA_DIR, MSRA_TYPES, Sentence, bioes, decode_bioes, full_corpus
from text.ner.scoring import format_table, score
from text.ner.segmenter import default_segmenter

LABELS = ["O"] + [f"{p}-{t}" for t in MSRA_TYPES for p in "BIES"]
PAD, UNK = 0, 1


def _roles(folded: str) -> list[str]:
    out: list[str] = []
    for word, tag in default_segmenter().tag_exact(folded):
        n = len(word)
        roles = ["S"] if n == 1 else ["B", *["M"] * (n - 2), "E"]
        out += [r + (tag[:2] if tag else "-") for r in roles]
    return out


def _units(folded: str) -> tuple[list[str], list[str], list[str], list[str]]:
    padded = "^" + folded + "$"
    left = [padded[i : i + 2] for i in range(len(folded))]
    right = [padded[i + 1 : i + 3] for i in range(len(folded))]
    return list(folded), left, right, _roles(folded)


class Vocab:
    def __init__(self, counts: Counter[str], min_count: int) -> None:
        self.items = ["<pad>", "<unk>"] + sorted(k for k, c in counts.items() if c >= min_count)
        self.index = {k: i for i, k in enumerate(self.items)}

    def ids(self, keys: list[str]) -> list[int]:
        return [self.index.get(k, UNK) for k in keys]


def encode(sentences: list[Sentence]) -> list[tuple[list[list[str]], list[int]]]:
    out = []
    for s in sentences:
        folded = fold(s.text)
        labels = [LABELS.index(lab) for lab in bioes(len(folded), s.entities)]
        out.append((list(_units(folded)), labels))
    return out


def build_model(sizes: list[int], dims: list[int], channels: int, dropout: float):  # noqa: ANN201
    import torch
    from torch import nn

    class CNNCRF(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embeddings = nn.ModuleList(
                nn.Embedding(n, d, padding_idx=PAD) for n, d in zip(sizes, dims, strict=True)
            )
            self.inp = nn.Conv1d(sum(dims), channels, 3, padding=1)
            self.convs = nn.ModuleList(
                nn.Conv1d(channels, channels, 3, padding=d, dilation=d) for d in (1, 2, 1)
            )
            self.drop = nn.Dropout(dropout)
            self.out = nn.Linear(channels, len(LABELS))
            self.trans = nn.Parameter(torch.zeros(len(LABELS), len(LABELS)))
            self.start = nn.Parameter(torch.zeros(len(LABELS)))
            self.end = nn.Parameter(torch.zeros(len(LABELS)))

        def emissions(self, inputs: list[torch.Tensor]) -> torch.Tensor:
            x = torch.cat([e(i) for e, i in zip(self.embeddings, inputs, strict=True)], -1)
            h = torch.relu(self.inp(self.drop(x).transpose(1, 2)))
            for conv in self.convs:
                h = h + torch.relu(conv(self.drop(h)))
            return self.out(self.drop(h.transpose(1, 2)))

        def nll(self, em: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            b, t, _ = em.shape
            ar = torch.arange(b)
            gold = self.start[tags[:, 0]] + em[ar, 0, tags[:, 0]]
            alpha = self.start + em[:, 0]
            last = tags[:, 0]
            for i in range(1, t):
                m = mask[:, i]
                step = self.trans[tags[:, i - 1], tags[:, i]] + em[ar, i, tags[:, i]]
                gold = gold + step * m
                nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans + em[:, i].unsqueeze(1), 1)
                alpha = torch.where(m.unsqueeze(1).bool(), nxt, alpha)
                last = torch.where(m.bool(), tags[:, i], last)
            gold = gold + self.end[last]
            return (torch.logsumexp(alpha + self.end, 1) - gold).sum()

    return CNNCRF()


def viterbi(em, trans, start, end) -> list[int]:  # noqa: ANN001 - numpy arrays
    import numpy as np

    score = start + em[0]
    back = []
    for i in range(1, len(em)):
        total = score[:, None] + trans
        back.append(total.argmax(0))
        score = total.max(0) + em[i]
    best = [int((score + end).argmax())]
    for b in reversed(back):
        best.append(int(b[best[-1]]))
    return list(np.array(best[::-1]))


def batches(items: list, size: int, shuffle: bool) -> list[list]:
    order = list(range(len(items)))
    if shuffle:
        random.shuffle(order)
    else:
        order.sort(key=lambda i: len(items[i][1]))
    return [[items[i] for i in order[k : k + size]] for k in range(0, len(order), size)]


def tensors(batch: list, vocabs: list[Vocab]):  # noqa: ANN201
    import torch

    t = max(len(labels) for _, labels in batch)
    inputs = []
    for k, vocab in enumerate(vocabs):
        rows = [vocab.ids(units[k]) + [PAD] * (t - len(units[k])) for units, _ in batch]
        inputs.append(torch.tensor(rows))
    tags = torch.tensor([labels + [0] * (t - len(labels)) for _, labels in batch])
    mask = torch.tensor([[1.0] * len(lab) + [0.0] * (t - len(lab)) for _, lab in batch])
    return inputs, tags, mask


def evaluate(model, items: list, vocabs: list[Vocab]) -> dict:  # noqa: ANN001
    import torch

    model.eval()
    trans = model.trans.detach().numpy()
    start, end = model.start.detach().numpy(), model.end.detach().numpy()
    gold, pred = [], []
    index = 0
    with torch.no_grad():
        for batch in batches(items, 256, shuffle=False):
            inputs, _, _ = tensors(batch, vocabs)
            em = model.emissions(inputs).numpy()
            for row, (_, labels) in zip(em, batch, strict=True):
                n = len(labels)
                best = viterbi(row[:n], trans, start, end)
                gold += [(index, a, b, t) for a, b, t in decode_bioes([LABELS[x] for x in labels])]
                pred += [(index, a, b, t) for a, b, t in decode_bioes([LABELS[x] for x in best])]
                index += 1
    model.train()
    return score(gold, pred, MSRA_TYPES)


def main(argv: list[str] | None = None) -> int:
    import torch

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--out", type=Path, default=Path("ner-neural"))
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--channels", type=int, default=160)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--resume", action="store_true")
    parser.add_argument("--limit", type=int, default=0, help="train on the first N sentences")
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    random.seed(1)
    torch.manual_seed(1)
    train_s, dev_s = full_corpus(args.data)
    if args.limit:
        train_s = train_s[: args.limit]
    started = time.perf_counter()
    train, dev = encode(train_s), encode(dev_s)
    print(f"encoded {len(train)} + {len(dev)} in {time.perf_counter() - started:.0f} s", flush=True)
    counts = [Counter() for _ in range(4)]
    for units, _ in train:
        for k in range(4):
            counts[k].update(units[k])
    vocabs = [Vocab(counts[0], 2), Vocab(counts[1], 3), Vocab(counts[2], 3), Vocab(counts[3], 1)]
    dims = [100, 50, 50, 24]
    model = build_model([len(v.items) for v in vocabs], dims, args.channels, 0.25)
    optim = torch.optim.Adam(model.parameters(), lr=2e-3)
    args.out.mkdir(parents=True, exist_ok=True)
    checkpoint = args.out / "checkpoint.pt"
    first = 0
    if args.resume and checkpoint.is_file():
        state = torch.load(checkpoint)
        model.load_state_dict(state["model"])
        optim.load_state_dict(state["optim"])
        first = state["epoch"] + 1
        print(f"resumed after epoch {first}", flush=True)
    best = 0.0
    for epoch in range(first, args.epochs):
        t0 = time.perf_counter()
        total = 0.0
        for g in optim.param_groups:
            g["lr"] = 2e-3 * (0.85**epoch)
        for batch in batches(train, 32, shuffle=True):
            inputs, tags, mask = tensors(batch, vocabs)
            loss = model.nll(model.emissions(inputs), tags, mask) / len(batch)
            optim.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optim.step()
            total += float(loss.detach())
        result = evaluate(model, dev, vocabs)
        f1 = result["micro"].f1
        print(
            f"epoch {epoch}: loss {total:.0f}, dev F1 {100 * f1:.2f}, "
            f"{time.perf_counter() - t0:.0f} s",
            flush=True,
        )
        torch.save(
            {"model": model.state_dict(), "optim": optim.state_dict(), "epoch": epoch}, checkpoint
        )
        if f1 > best:
            best = f1
            torch.save(model.state_dict(), args.out / "best.pt")
            (args.out / "vocab.json").write_text(
                json.dumps([v.items for v in vocabs], ensure_ascii=False), encoding="utf-8"
            )
            print(format_table(f"development split, epoch {epoch}", result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
