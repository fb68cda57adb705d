using System.Diagnostics;
using System.Text.Json;
using Spot.Trainer.Data;
using Spot.Trainer.Models;
using Spot.Trainer.Training;
using TorchSharp;

namespace Spot.Bench.Trainer.Throughput;

/// <summary>The TorchSharp side: the trainer's own session and step, on batches its own sampler draws.</summary>
public static class TorchSharpCnnRun
{
    /// <summary>Steps per second over <paramref name="steps"/> steps, after <paramref name="warmup"/> untimed ones.</summary>
    public static double StepsPerSecond(TrainingOptions options, ITrainingData train, int warmup, int steps)
    {
        using var session = new TrainingSession(options, train, new SingleProcessGradientReducer());
        for (int i = 0; i < warmup; i++)
            session.RunStep(train);
        long started = Stopwatch.GetTimestamp();
        for (int i = 0; i < steps; i++)
            session.RunStep(train);
        return steps / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    /// <summary>The model's parameter shapes in order, for the PyTorch side to check its mirror against.</summary>
    public static IReadOnlyList<(string Name, long[] Shape)> ParameterShapes(TrainingOptions options, ModelInput input)
    {
        using var model = ModelFactory.Create(options.Model, options.ModelOptions, input);
        return model.named_parameters().Select(p => (p.name, p.parameter.shape)).ToList();
    }

    public static string ShapesJson(IReadOnlyList<(string Name, long[] Shape)> shapes) =>
        JsonSerializer.Serialize(shapes.ToDictionary(s => s.Name, s => s.Shape));
}
