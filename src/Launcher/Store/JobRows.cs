using Microsoft.Data.Sqlite;
using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Store;

/// <summary>Reads jobs and their transitions from rows selected with <see cref="Columns"/>.</summary>
internal static class JobRows
{
    public const string Columns = """
        id, uid, name, spec_yaml, state, created_at, updated_at, budget_usd, deadline,
        max_error_restarts, error_restarts, interruptions
        """;

    public static JobRecord Read(SqliteDataReader row)
    {
        var deadline = row.NullableString("deadline");
        return new JobRecord(
            row.Int64("id"),
            row.String("uid"),
            row.String("name"),
            row.String("spec_yaml"),
            DbValues.ReadEnum<JobState>(row.String("state"), "jobs.state"),
            DbValues.ReadTime(row.String("created_at"), "jobs.created_at"),
            DbValues.ReadTime(row.String("updated_at"), "jobs.updated_at"),
            DbValues.ReadMoney(row.String("budget_usd"), "jobs.budget_usd"),
            deadline is null ? null : DbValues.ReadTime(deadline, "jobs.deadline"),
            (int)row.Int64("max_error_restarts"),
            (int)row.Int64("error_restarts"),
            (int)row.Int64("interruptions"));
    }

    public static StateTransition ReadTransition(SqliteDataReader row)
    {
        var from = row.NullableString("from_state");
        return new StateTransition(
            row.Int64("job_id"),
            from is null ? null : DbValues.ReadEnum<JobState>(from, "job_transitions.from_state"),
            DbValues.ReadEnum<JobState>(row.String("to_state"), "job_transitions.to_state"),
            DbValues.ReadTime(row.String("at"), "job_transitions.at"),
            row.String("reason"));
    }
}
