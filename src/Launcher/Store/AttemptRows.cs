using Microsoft.Data.Sqlite;
using Spot.CostModel.Ledger;

namespace Spot.Launcher.Store;

/// <summary>Reads attempts from rows selected with <see cref="Select"/>, which joins the job for its name.</summary>
internal static class AttemptRows
{
    public const string Select = """
        SELECT a.job_id, j.name AS job_name, a.attempt, a.client_token, a.instance_id, a.instance_type,
               a.availability_zone, a.region, a.market, a.max_usd_per_hour, a.on_demand_usd_per_hour, a.state,
               a.requested_at, a.launched_at, a.started_at, a.ended_at, a.end_reason, a.trainer_exit_code,
               a.start_step, a.last_step, a.last_durable_step
        FROM attempts a JOIN jobs j ON j.id = a.job_id
        """;

    public static StoredAttempt Read(SqliteDataReader row)
    {
        var maxPrice = row.NullableString("max_usd_per_hour");
        var endReason = row.NullableString("end_reason");
        return new StoredAttempt(
            row.Int64("job_id"),
            row.String("job_name"),
            (int)row.Int64("attempt"),
            row.String("client_token"),
            row.NullableString("instance_id"),
            row.String("instance_type"),
            row.String("availability_zone"),
            row.String("region"),
            DbValues.ReadMarket(row.String("market"), "attempts.market"),
            maxPrice is null ? null : DbValues.ReadMoney(maxPrice, "attempts.max_usd_per_hour"),
            DbValues.ReadMoney(row.String("on_demand_usd_per_hour"), "attempts.on_demand_usd_per_hour"),
            DbValues.ReadEnum<AttemptState>(row.String("state"), "attempts.state"),
            DbValues.ReadTime(row.String("requested_at"), "attempts.requested_at"),
            OptionalTime(row, "launched_at"),
            OptionalTime(row, "started_at"),
            OptionalTime(row, "ended_at"),
            endReason is null ? null : DbValues.ReadEnum<AttemptEndReason>(endReason, "attempts.end_reason"),
            (int?)row.NullableInt64("trainer_exit_code"),
            row.Int64("start_step"),
            row.Int64("last_step"),
            row.NullableInt64("last_durable_step"));
    }

    private static DateTimeOffset? OptionalTime(SqliteDataReader row, string column) =>
        row.NullableString(column) is { } text ? DbValues.ReadTime(text, "attempts." + column) : null;
}
