using System.Globalization;
using System.Text;

namespace Spot.LocalCloud.Ec2;

/// <summary>MaxResults/NextToken paging over an ordered result; the token is an opaque position.</summary>
public static class Pagination
{
    private const string Marker = "lc1:";

    public static (IReadOnlyList<T> Page, string? NextToken) Page<T>(IReadOnlyList<T> items, QueryParameters query, int minResults, int maxResults)
    {
        var size = query.Int("MaxResults", minResults, maxResults) ?? maxResults;
        var start = Decode(query.String("NextToken"));
        if (start > items.Count)
        {
            throw Ec2Errors.InvalidParameterValue("NextToken", query.String("NextToken")!, "The token points past the end of the results.");
        }

        var page = items.Skip(start).Take(size).ToList();
        var next = start + page.Count < items.Count ? Encode(start + page.Count) : null;
        return (page, next);
    }

    private static string Encode(int position) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(Marker + position.ToString(CultureInfo.InvariantCulture)));

    private static int Decode(string? token)
    {
        if (token is null)
        {
            return 0;
        }

        try
        {
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(token));
            if (text.StartsWith(Marker, StringComparison.Ordinal) && int.TryParse(text.AsSpan(Marker.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            {
                return position;
            }
        }
        catch (FormatException)
        {
            // Falls through to the error below.
        }

        throw Ec2Errors.InvalidParameterValue("NextToken", token, "It is not a token this service issued.");
    }
}
