#!/usr/bin/env python3
"""Training steps per second of Spot's Fashion-MNIST CNN in PyTorch, for comparison with the TorchSharp trainer.

The network mirrors src/Trainer/Models/CnnClassifier.cs layer by layer; the step mirrors TrainingStep.Run in fp32
(forward, cross-entropy, backward, AdamW step at the cosine schedule's rate, zero_grad, loss read back), and batches
are drawn like TrainingSession.RunStep: a seeded permutation of the training split, one index_select per batch.
spot-bench-trainer runs this script and passes the shapes it read from the TorchSharp model, so a drift in the
architecture fails here instead of silently comparing two different networks. Prints one JSON object.
"""

import argparse
import gzip
import json
import math
import os
import sys
import time

import torch
from torch import nn
from torch.nn import functional as F

# Same normalisation as Spot.Trainer.Data.FashionMnist.
PIXEL_MEAN = 0.2860
PIXEL_STD = 0.3530


def positive_int(text):
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} must be a whole number >= 1")
    return value


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", required=True, help="directory with train-images-idx3-ubyte(.gz) and train-labels-idx1-ubyte(.gz)")
    parser.add_argument("--threads", type=positive_int, required=True)
    parser.add_argument("--batch", type=positive_int, required=True)
    parser.add_argument("--warmup", type=int, default=20, help="steps run before timing starts")
    parser.add_argument("--steps", type=positive_int, required=True, help="timed steps")
    parser.add_argument("--channels", required=True, help="first and second convolution widths, e.g. 32,64")
    parser.add_argument("--hidden", type=positive_int, required=True)
    parser.add_argument("--dropout", type=float, required=True)
    parser.add_argument("--lr", type=float, required=True)
    parser.add_argument("--weight-decay", type=float, required=True)
    parser.add_argument("--total-steps", type=positive_int, required=True, help="the cosine schedule's length")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--expect-shapes", help="JSON {name: [dims]} of the TorchSharp model's parameters")
    args = parser.parse_args()
    channels = args.channels.split(",")
    if len(channels) != 2 or not all(c.strip().isdigit() and int(c) > 0 for c in channels):
        parser.error(f"--channels takes two positive whole numbers separated by a comma, not '{args.channels}'")
    args.channels = [int(c) for c in channels]
    if args.warmup < 0:
        parser.error(f"--warmup must be 0 or more, not {args.warmup}")
    if not 0 <= args.dropout < 1:
        parser.error(f"--dropout must be in [0, 1), not {args.dropout}")
    return args


def read_idx(directory, base_name):
    """Reads an unsigned-byte IDX file, plain or gzip-compressed, into a uint8 tensor of its dimensions."""
    for name, opener in ((base_name, open), (base_name + ".gz", gzip.open)):
        path = os.path.join(directory, name)
        if os.path.exists(path):
            with opener(path, "rb") as stream:
                raw = stream.read()
            break
    else:
        sys.exit(f"cnn_steps.py: neither {base_name} nor {base_name}.gz exists in {directory}")
    if raw[0] != 0 or raw[1] != 0 or raw[2] != 0x08:
        sys.exit(f"cnn_steps.py: {base_name} is not an unsigned-byte IDX file")
    rank = raw[3]
    dims = [int.from_bytes(raw[4 + 4 * i: 8 + 4 * i], "big") for i in range(rank)]
    return torch.frombuffer(bytearray(raw[4 + 4 * rank:]), dtype=torch.uint8).reshape(dims)


def load_train(directory):
    images = read_idx(directory, "train-images-idx3-ubyte")
    labels = read_idx(directory, "train-labels-idx1-ubyte")
    pixels = images.unsqueeze(1).float().div_(255).sub_(PIXEL_MEAN).div_(PIXEL_STD)
    return pixels, labels.long()


def build_model(channels, hidden, dropout, image_size=28, classes=10):
    flat = channels[1] * (image_size // 4) ** 2
    return nn.Sequential(
        nn.Conv2d(1, channels[0], 3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(channels[0], channels[1], 3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(flat, hidden),
        nn.ReLU(),
        nn.Dropout(dropout),
        nn.Linear(hidden, classes),
    )


def check_shapes(model, expected_json):
    """Compares parameter shapes in order with the TorchSharp model's, by position (the names differ)."""
    expected = list(json.loads(expected_json).items())
    actual = [(name, list(p.shape)) for name, p in model.named_parameters()]
    if [dims for _, dims in expected] != [dims for _, dims in actual]:
        sys.exit(f"cnn_steps.py: the PyTorch model's parameters {actual} do not mirror the TorchSharp model's {expected}")


def cosine_rate(base, step, total):
    # The trainer's default schedule (no warm-up); the rate's value does not change the work per step.
    return base * 0.5 * (1 + math.cos(math.pi * min(step, total) / total))


def main():
    args = parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    images, labels = load_train(args.data)
    model = build_model(args.channels, args.hidden, args.dropout)
    if args.expect_shapes:
        check_shapes(model, args.expect_shapes)
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=args.weight_decay)
    generator = torch.Generator().manual_seed(args.seed)
    order = torch.randperm(images.shape[0], generator=generator)
    position = 0

    def step(number):
        nonlocal order, position
        if position + args.batch > order.shape[0]:
            order, position = torch.randperm(images.shape[0], generator=generator), 0
        indices = order[position:position + args.batch]
        position += args.batch
        inputs, targets = images.index_select(0, indices), labels.index_select(0, indices)
        model.train()
        loss = F.cross_entropy(model(inputs), targets)
        loss.backward()
        for group in optimizer.param_groups:
            group["lr"] = cosine_rate(args.lr, number, args.total_steps)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)  # TorchSharp's zero_grad() default
        return loss.item()

    for number in range(args.warmup):
        step(number)
    started = time.perf_counter()
    for number in range(args.warmup, args.warmup + args.steps):
        last_loss = step(number)
    seconds = time.perf_counter() - started
    print(json.dumps({
        "framework": "pytorch",
        "version": torch.__version__,
        "threads": torch.get_num_threads(),
        "batch": args.batch,
        "steps": args.steps,
        "seconds": seconds,
        "steps_per_second": args.steps / seconds,
        "last_loss": last_loss,
    }))


if __name__ == "__main__":
    main()
