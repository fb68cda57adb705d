using System.Text;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Tests.Support;

namespace Spot.Trainer.Tests.Checkpoints;

public sealed class LocalDirectoryCheckpointStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly LocalDirectoryCheckpointStore _store;

    public LocalDirectoryCheckpointStoreTests() => _store = new LocalDirectoryCheckpointStore(_dir.Path);

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_part_reads_back_byte_for_byte_and_a_missing_one_reads_as_null()
    {
        await _store.PutPartAsync("step-0000000001", "model.bin", new byte[] { 1, 2, 3 }, CancellationToken.None);

        Assert.Equal(new byte[] { 1, 2, 3 }, await _store.ReadPartAsync("step-0000000001", "model.bin", CancellationToken.None));
        Assert.Null(await _store.ReadPartAsync("step-0000000001", "optimizer.bin", CancellationToken.None));
        Assert.Null(await _store.ReadPartAsync("step-0000000002", "model.bin", CancellationToken.None));
    }

    [Fact]
    public async Task The_latest_pointer_is_null_at_first_and_then_names_the_last_checkpoint_set()
    {
        Assert.Null(await _store.GetLatestAsync(CancellationToken.None));

        await _store.SetLatestAsync("step-0000000010", CancellationToken.None);
        await _store.SetLatestAsync("step-0000000020", CancellationToken.None);

        Assert.Equal("step-0000000020", await _store.GetLatestAsync(CancellationToken.None));
        Assert.Equal("step-0000000020", File.ReadAllText(_dir.Combine("latest")));
    }

    [Fact]
    public async Task Writes_leave_no_temporary_files_behind()
    {
        await _store.PutPartAsync("step-0000000001", "model.bin", new byte[100], CancellationToken.None);
        await _store.PutManifestAsync("step-0000000001", Encoding.UTF8.GetBytes("{}"), CancellationToken.None);
        await _store.SetLatestAsync("step-0000000001", CancellationToken.None);

        var files = Directory.EnumerateFiles(_dir.Path, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order();
        Assert.Equal(new[] { "latest", "manifest.json", "model.bin" }, files);
    }

    [Fact]
    public async Task List_names_checkpoints_with_stored_objects_and_ignores_ones_holding_only_unfinished_writes()
    {
        await _store.PutPartAsync("step-0000000002", "model.bin", new byte[1], CancellationToken.None);
        await _store.PutPartAsync("step-0000000001", "model.bin", new byte[1], CancellationToken.None);
        // What a crash in the middle of a write leaves: a temporary file and nothing else.
        Directory.CreateDirectory(_dir.Combine("checkpoints", "step-0000000003"));
        File.WriteAllBytes(_dir.Combine("checkpoints", "step-0000000003", "model.bin.5f2a.tmp"), new byte[1]);

        Assert.Equal(new[] { "step-0000000001", "step-0000000002" }, await _store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Delete_removes_the_checkpoint_and_tolerates_one_that_is_gone()
    {
        await _store.PutPartAsync("step-0000000001", "model.bin", new byte[1], CancellationToken.None);

        await _store.DeleteAsync("step-0000000001", CancellationToken.None);
        await _store.DeleteAsync("step-0000000001", CancellationToken.None);

        Assert.Empty(await _store.ListAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("part.tmp")]
    public async Task Names_that_could_leave_the_root_or_pose_as_temporary_files_are_refused(string name)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            _store.PutPartAsync("step-0000000001", name, new byte[1], CancellationToken.None));

        Assert.Contains($"'{name}' is not a valid checkpoint or part name", error.Message);
    }
}
