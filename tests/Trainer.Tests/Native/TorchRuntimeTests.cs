using Spot.Trainer.Native;
using TorchSharp;
using static TorchSharp.torch;

namespace Spot.Trainer.Tests.Native;

public sealed class TorchRuntimeTests
{
    [Fact]
    public void Matmul_runs_on_the_patched_native_library()
    {
        // Without the GLIBCXX_3.4.32 patch in the test output, the first torch call throws on Debian 12.
        TorchRuntime.Initialize(2);
        using var a = tensor(new float[] { 1, 2, 3, 4 }).reshape(2, 2);
        using var product = a.matmul(a);

        Assert.Equal(new float[] { 7, 10, 15, 22 }, product.data<float>().ToArray());
        Assert.Equal(2, get_num_threads());
    }

    [Fact]
    public void Initialize_rejects_zero_threads()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TorchRuntime.Initialize(0));
    }

    [Fact]
    public void Bf16_and_fp16_linear_layers_run_forward_and_backward_on_cpu()
    {
        TorchRuntime.Initialize(2);
        foreach (var type in new[] { ScalarType.BFloat16, ScalarType.Float16 })
        {
            using var scope = NewDisposeScope();
            var layer = nn.Linear(4, 3).to(type);
            var input = ones(2, 4, dtype: type);
            layer.forward(input).sum().backward();

            var weight = layer.parameters().First();
            Assert.Equal(type, weight.grad!.dtype);
            Assert.Equal(2f, weight.grad.to(ScalarType.Float32).max().item<float>());
        }
    }
}
