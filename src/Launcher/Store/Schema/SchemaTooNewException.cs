namespace Spot.Launcher.Store.Schema;

/// <summary>Thrown when the database was written by a newer build of Spot: this build would misread it, so it
/// refuses to touch it rather than guess.</summary>
public sealed class SchemaTooNewException : InvalidOperationException
{
    public SchemaTooNewException(string database, int databaseVersion, int supportedVersion)
        : base($"The job store {database} has schema version {databaseVersion}, but this build of spot only knows " +
               $"versions up to {supportedVersion}. Upgrade spot, or point it at another store file.")
    {
        Database = database;
        DatabaseVersion = databaseVersion;
        SupportedVersion = supportedVersion;
    }

    public string Database { get; }

    public int DatabaseVersion { get; }

    public int SupportedVersion { get; }
}
