namespace Spot.CostModel.Catalog;

/// <summary>One availability zone: its account-independent ID (use1-az1) and the name this account sees (us-east-1a).</summary>
public sealed record ZoneInfo(string Region, string ZoneId, string ZoneName);
