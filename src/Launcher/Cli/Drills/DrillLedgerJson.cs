using System.Text.Json;
using Spot.CostModel.Billing;
using Spot.CostModel.Ledger;
using Spot.CostModel.Ledger.Json;

namespace Spot.Launcher.Cli.Drills;

/// <summary>
/// One ledger attempt of a drill as JSON: the record's own fields, then its bill by AWS's rules (per second, 60 s
/// minimum, an AWS interruption in the first hour free) and what the same seconds would have cost on-demand. The
/// bill is null while an attempt still runs, since it depends on when it ends.
/// </summary>
internal static class DrillLedgerJson
{
    public static void WriteAttempt(Utf8JsonWriter json, AttemptRecord attempt)
    {
        json.WriteStartObject();
        json.WriteNumber("attempt", attempt.Attempt);
        json.WriteString("instance_id", attempt.InstanceId);
        json.WriteString("instance_type", attempt.InstanceType);
        json.WriteString("availability_zone", attempt.AvailabilityZone);
        json.WriteString("market", DrillFigures.Snake(attempt.Market));
        json.WriteString("started_at", LedgerTimestamps.Write(attempt.StartedAt));
        json.WriteString("ended_at", attempt.EndedAt is { } end ? LedgerTimestamps.Write(end) : null);
        json.WriteString("end_reason", attempt.EndReason is { } reason ? DrillFigures.Snake(reason) : null);
        json.WriteNumber("steps_done", attempt.StepsDone);
        json.WriteNumber("steps_since_checkpoint", attempt.StepsSinceCheckpoint);
        json.WriteStartArray("price_segments");
        foreach (var segment in attempt.PriceSegments)
        {
            json.WriteStartObject();
            json.WriteString("from", LedgerTimestamps.Write(segment.From));
            json.WriteNumber("usd_per_hour", segment.UsdPerHour);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteNumber("on_demand_usd_per_hour", attempt.OnDemandUsdPerHour);

        var bill = attempt.EndedAt is null ? null : AttemptBiller.Bill(attempt);
        json.WriteNumberOrNull("used_seconds", bill?.UsedSeconds);
        json.WriteNumberOrNull("billed_seconds", bill?.BilledSeconds);
        json.WriteNumberOrNull("cost_usd", bill is null ? null : DrillFigures.Usd(bill.ChargeUsd));
        json.WriteBooleanOrNull("free_spot_interruption", bill?.WaivedForSpotInterruption);
        json.WriteNumberOrNull("on_demand_usd", bill is null ? null : DrillFigures.Usd(OnDemandUsd(bill)));
        json.WriteEndObject();
    }

    /// <summary>The attempt's seconds at its type's on-demand price, with the same 60 s minimum.</summary>
    private static decimal OnDemandUsd(AttemptBill bill) =>
        MinimumCharge.Of([new MeteredPiece(bill.UsedSeconds, bill.Attempt.OnDemandUsdPerHour)]).TotalUsd;
}
