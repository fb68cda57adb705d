using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spot.Launcher.Drills;

namespace Spot.Launcher.Cli.Drills;

/// <summary>
/// The drill report as JSON for scripts and CI. Every key is written by hand, in a fixed order, rather than by
/// serializing the records, so renaming a property can never silently change the schema (README "Drills" lists it).
/// Optional values are null, never missing.
/// </summary>
public static class DrillReportJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Failure messages quote names and paths; keep them readable instead of \u0027-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(DrillReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("runs", report.Runs.Count);
            json.WriteNumber("passed", report.Passed);
            json.WriteNumber("failed", report.Failed);
            json.WriteNumber("leftover_instances", report.LeftoverInstances);
            json.WriteBoolean("weights_identical", report.WeightsIdentical);
            json.WriteStartArray("results");
            foreach (var run in report.Runs) WriteRun(json, run);
            json.WriteEndArray();
            json.WriteStartArray("skipped");
            foreach (var skip in report.Skipped)
            {
                json.WriteStartObject();
                json.WriteString("plan", skip.Plan);
                json.WriteString("reason", skip.Reason);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteRun(Utf8JsonWriter json, DrillRunReport run)
    {
        json.WriteStartObject();
        json.WriteString("plan", run.Plan);
        json.WriteNumber("seed", run.Seed);
        json.WriteString("job", run.Job);
        json.WriteString("expected", DrillFigures.State(run.Expected));
        json.WriteString("final", DrillFigures.State(run.Final));
        json.WriteString("reference_final", DrillFigures.State(run.ReferenceFinal));
        json.WriteBoolean("passed", run.Passed);
        json.WriteStrings("failures", run.Failures);
        json.WriteNumber("elapsed_seconds", DrillFigures.Seconds(run.Elapsed));
        json.WriteNumber("steps_lost", run.StepsLost);
        json.WriteBooleanOrNull("weights_identical", run.WeightsIdentical);
        WriteLatest(json, run.Latest);
        json.WriteNumber("leftover_instances", run.LeftoverInstances);
        json.WriteStartArray("faults");
        foreach (var fault in run.Faults) WriteFault(json, fault);
        json.WriteEndArray();
        json.WriteStartArray("ledger");
        foreach (var attempt in run.Ledger) DrillLedgerJson.WriteAttempt(json, attempt);
        json.WriteEndArray();
        json.WriteStrings("expected_end_reasons", run.ExpectedEndReasons.Select(r => DrillFigures.Snake(r)));
        json.WriteBoolean("ledger_consistent", run.LedgerConsistent);
        json.WriteEndObject();
    }

    private static void WriteLatest(Utf8JsonWriter json, LatestCheckpoint latest)
    {
        json.WriteStartObject("latest");
        json.WriteString("checkpoint", latest.CheckpointId);
        json.WriteNumberOrNull("step", latest.Step);
        json.WriteBoolean("verifies", latest.Verifies);
        json.WriteString("problem", latest.Problem);
        json.WriteString("model_sha256", latest.ModelSha256);
        json.WriteEndObject();
    }

    private static void WriteFault(Utf8JsonWriter json, InjectedFault fault)
    {
        json.WriteStartObject();
        json.WriteString("fault", fault.Fault);
        json.WriteString("trigger", fault.Trigger);
        json.WriteBoolean("fired", fault.Fired);
        json.WriteNumber("at_seconds", DrillFigures.Seconds(fault.At));
        json.WriteNumberOrNull("attempt", fault.Attempt);
        json.WriteString("instance_id", fault.InstanceId);
        json.WriteNumberOrNull("step", fault.Step);
        json.WriteString("detail", fault.Detail);
        json.WriteString("absorbed", fault.Absorbed);
        json.WriteNumberOrNull("recovery_seconds", DrillFigures.Seconds(fault.TimeToRecover));
        json.WriteEndObject();
    }
}
