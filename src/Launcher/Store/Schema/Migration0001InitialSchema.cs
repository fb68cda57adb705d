namespace Spot.Launcher.Store.Schema;

/// <summary>
/// The first schema. Instants are TEXT in UTC with seven fractional digits (fixed width, so they sort and compare
/// as text, and round-trip to the tick); money is TEXT so decimals come back exactly; states, markets and reasons are
/// stored by name. Ledger columns use the names in CostModel's LedgerFields.
/// </summary>
internal static class Migration0001InitialSchema
{
    public static Migration Migration { get; } = new(1, "jobs, attempts, transitions, price segments, events",
    [
        """
        CREATE TABLE jobs (
            id                  INTEGER PRIMARY KEY AUTOINCREMENT,
            uid                 TEXT    NOT NULL UNIQUE,
            name                TEXT    NOT NULL UNIQUE,
            spec_yaml           TEXT    NOT NULL,
            state               TEXT    NOT NULL,
            created_at          TEXT    NOT NULL,
            updated_at          TEXT    NOT NULL,
            budget_usd          TEXT    NOT NULL,
            deadline            TEXT,
            max_error_restarts  INTEGER NOT NULL CHECK (max_error_restarts >= 0),
            error_restarts      INTEGER NOT NULL DEFAULT 0 CHECK (error_restarts >= 0),
            interruptions       INTEGER NOT NULL DEFAULT 0 CHECK (interruptions >= 0)
        ) STRICT
        """,
        "CREATE INDEX jobs_by_state ON jobs (state)",
        """
        CREATE TABLE job_transitions (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            job_id      INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
            from_state  TEXT,
            to_state    TEXT    NOT NULL,
            at          TEXT    NOT NULL,
            reason      TEXT    NOT NULL
        ) STRICT
        """,
        "CREATE INDEX job_transitions_by_job ON job_transitions (job_id, id)",
        """
        CREATE TABLE attempts (
            job_id                  INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
            attempt                 INTEGER NOT NULL CHECK (attempt >= 1),
            client_token            TEXT    NOT NULL UNIQUE,
            instance_id             TEXT,
            instance_type           TEXT    NOT NULL,
            availability_zone       TEXT    NOT NULL,
            region                  TEXT    NOT NULL,
            market                  TEXT    NOT NULL,
            max_usd_per_hour        TEXT,
            on_demand_usd_per_hour  TEXT    NOT NULL,
            state                   TEXT    NOT NULL,
            requested_at            TEXT    NOT NULL,
            launched_at             TEXT,
            started_at              TEXT,
            ended_at                TEXT,
            end_reason              TEXT,
            trainer_exit_code       INTEGER,
            start_step              INTEGER NOT NULL CHECK (start_step >= 0),
            last_step               INTEGER NOT NULL CHECK (last_step >= start_step),
            last_durable_step       INTEGER,
            PRIMARY KEY (job_id, attempt)
        ) STRICT
        """,
        "CREATE INDEX attempts_by_state ON attempts (state)",
        "CREATE UNIQUE INDEX attempts_by_instance ON attempts (instance_id) WHERE instance_id IS NOT NULL",
        """
        CREATE TABLE price_segments (
            job_id        INTEGER NOT NULL,
            attempt       INTEGER NOT NULL,
            seq           INTEGER NOT NULL CHECK (seq >= 0),
            from_at       TEXT    NOT NULL,
            usd_per_hour  TEXT    NOT NULL,
            PRIMARY KEY (job_id, attempt, seq),
            FOREIGN KEY (job_id, attempt) REFERENCES attempts (job_id, attempt) ON DELETE CASCADE
        ) STRICT
        """,
        """
        CREATE TABLE job_events (
            id       INTEGER PRIMARY KEY AUTOINCREMENT,
            job_id   INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
            attempt  INTEGER,
            at       TEXT    NOT NULL,
            level    TEXT    NOT NULL,
            message  TEXT    NOT NULL
        ) STRICT
        """,
        "CREATE INDEX job_events_by_job ON job_events (job_id, id)",
    ]);
}
