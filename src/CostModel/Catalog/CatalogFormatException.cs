namespace Spot.CostModel.Catalog;

/// <summary>A catalog file that cannot be used, with a message naming the entry and the field at fault.</summary>
public sealed class CatalogFormatException : Exception
{
    public CatalogFormatException(string message)
        : base(message)
    {
    }

    public CatalogFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CatalogFormatException()
    {
    }
}
