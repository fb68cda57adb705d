using Spot.Contracts.Bootstrap;
using Spot.Trainer.Hosting;
using Spot.Trainer.Training;

namespace Spot.Bench.Trainer;

/// <summary>
/// The training options the trainer itself would run with, read through its own job reader, so the benchmarks use
/// the trainer's defaults (optimizer, rate, schedule, batch size, precision) rather than a copy of them.
/// </summary>
public static class TrainerDefaults
{
    public static TrainingOptions For(string model, string modelOptions, long totalSteps)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [TrainerEnvironment.JobId] = "bench",
            [TrainerEnvironment.CheckpointUri] = Path.GetTempPath(),
            [TrainerEnvironment.Model] = model,
            [TrainerEnvironment.ModelOptions] = modelOptions,
            [TrainerEnvironment.TotalSteps] = totalSteps.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        try
        {
            return TrainerJobReader.Read(environment, []).Training;
        }
        catch (TrainerJobException e)
        {
            throw new BenchArgumentException(e.Message);
        }
    }
}
