// The tensor library's generator, thread count and dispose scopes are process-wide: tests must not interleave.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
