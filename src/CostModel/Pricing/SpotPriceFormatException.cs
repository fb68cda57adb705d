namespace Spot.CostModel.Pricing;

/// <summary>Spot price input that cannot be read, with a message naming the record (or line) and the field.</summary>
public sealed class SpotPriceFormatException : Exception
{
    public SpotPriceFormatException(string message)
        : base(message)
    {
    }

    public SpotPriceFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SpotPriceFormatException()
    {
    }
}
