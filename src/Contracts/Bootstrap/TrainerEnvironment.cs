namespace Spot.Contracts.Bootstrap;

/// <summary>
/// The environment variables a trainer reads its job from. The launcher's user-data sets them; the same names may
/// also be passed as <c>NAME=value</c> arguments, which win over the environment. Defaults and rules are the
/// trainer's; each name here says what it holds.
/// </summary>
public static class TrainerEnvironment
{
    /// <summary>Required. The job's id, written into every manifest and status.</summary>
    public const string JobId = "SPOT_JOB_ID";

    /// <summary>
    /// Required. Where the job's checkpoints, status and training curves live: <c>s3://bucket/prefix</c> on instances,
    /// or a local directory.
    /// </summary>
    public const string CheckpointUri = "SPOT_CHECKPOINT_URI";

    /// <summary>
    /// The dataset: <c>s3://bucket/prefix</c> or a local directory. For image models, the IDX files (train-* and
    /// t10k-*, optionally .gz); for the language model, a text file or <c>bundled</c>.
    /// </summary>
    public const string DataUri = "SPOT_DATA_URI";

    /// <summary>Required. Optimizer steps the whole job takes, over all attempts.</summary>
    public const string TotalSteps = "SPOT_TOTAL_STEPS";

    /// <summary>Model by name: <c>mlp</c>, <c>cnn</c> or <c>transformer</c>.</summary>
    public const string Model = "SPOT_MODEL";

    /// <summary>Model hyperparameters as <c>key=value</c> pairs separated by <c>;</c>, e.g. <c>hidden=256,128;dropout=0.1</c>.</summary>
    public const string ModelOptions = "SPOT_MODEL_OPTIONS";

    /// <summary><c>adamw</c> or <c>sgd</c> (with momentum).</summary>
    public const string Optimizer = "SPOT_OPTIMIZER";

    public const string LearningRate = "SPOT_LEARNING_RATE";
    public const string WeightDecay = "SPOT_WEIGHT_DECAY";

    /// <summary>Momentum for <c>sgd</c>.</summary>
    public const string Momentum = "SPOT_MOMENTUM";

    /// <summary><c>cosine</c> (with warm-up), <c>step</c> or <c>constant</c>.</summary>
    public const string LearningRateSchedule = "SPOT_LR_SCHEDULE";

    public const string WarmupSteps = "SPOT_WARMUP_STEPS";

    /// <summary>For the <c>step</c> schedule: steps between decays.</summary>
    public const string LearningRateStepSize = "SPOT_LR_STEP_SIZE";

    /// <summary>For the <c>step</c> schedule: the factor applied at each decay.</summary>
    public const string LearningRateGamma = "SPOT_LR_GAMMA";

    /// <summary><c>fp32</c>, <c>bf16</c> or <c>fp16</c>.</summary>
    public const string Precision = "SPOT_PRECISION";

    /// <summary>Examples per step on each rank.</summary>
    public const string BatchSize = "SPOT_BATCH_SIZE";

    /// <summary>Seed for weights, shuffling and dropout.</summary>
    public const string Seed = "SPOT_SEED";

    /// <summary>
    /// When to checkpoint: <c>steps:N</c>, <c>seconds:T</c>, or <c>auto</c> (Young/Daly from the measured snapshot and
    /// persist cost and <see cref="PoolMtbfSeconds"/>).
    /// </summary>
    public const string CheckpointInterval = "SPOT_CHECKPOINT_INTERVAL";

    /// <summary>For <c>auto</c>: the mean time between interruptions of the pool the instance runs in, as the launcher estimates it.</summary>
    public const string PoolMtbfSeconds = "SPOT_POOL_MTBF_SECONDS";

    /// <summary>How many committed checkpoints to keep.</summary>
    public const string CheckpointKeep = "SPOT_CHECKPOINT_KEEP";

    /// <summary>Optional. End this attempt after that step with a durable checkpoint and the "preempted" exit code.</summary>
    public const string StopAtStep = "SPOT_STOP_AT_STEP";

    /// <summary>Initial dynamic loss scale for low-precision runs.</summary>
    public const string LossScaleInitial = "SPOT_LOSS_SCALE_INITIAL";

    /// <summary>Clean steps between loss-scale doublings.</summary>
    public const string LossScaleGrowthInterval = "SPOT_LOSS_SCALE_GROWTH_INTERVAL";

    /// <summary>Seconds between two polls of the IMDS interruption notice and rebalance recommendation (AWS advises 5).</summary>
    public const string NoticePollSeconds = "SPOT_NOTICE_POLL_SECONDS";

    /// <summary>Seconds between two status heartbeats.</summary>
    public const string StatusEverySeconds = "SPOT_STATUS_EVERY_SECONDS";

    /// <summary>The attempt this process belongs to, written into status and logs.</summary>
    public const string AttemptId = "SPOT_ATTEMPT_ID";

    /// <summary>Intra-op threads for the tensor library.</summary>
    public const string Threads = "SPOT_THREADS";

    /// <summary>Number of data-parallel processes, and this process's place among them.</summary>
    public const string WorldSize = "SPOT_WORLD_SIZE";

    public const string Rank = "SPOT_RANK";
}
