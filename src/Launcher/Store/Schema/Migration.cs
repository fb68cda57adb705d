namespace Spot.Launcher.Store.Schema;

/// <summary>One numbered step of the store's schema. Migrations are append-only: once released, a migration's SQL
/// never changes; a change to the schema is a new migration with the next number.</summary>
/// <param name="Version">The schema version this migration brings the database to, from 1, with no gaps.</param>
/// <param name="Name">A short description, kept in schema_version for people reading the file.</param>
/// <param name="Statements">The statements to run in order, inside the migration transaction, one command each:
/// in one multi-statement command, Microsoft.Data.Sqlite was seen to drop the error of a statement that followed a
/// schema change, which would record a half-applied migration as done.</param>
public sealed record Migration(int Version, string Name, IReadOnlyList<string> Statements);
