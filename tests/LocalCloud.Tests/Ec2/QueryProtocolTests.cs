using System.Net;
using System.Xml.Linq;
using Spot.LocalCloud.Tests.Hosting;

namespace Spot.LocalCloud.Tests.Ec2;

/// <summary>Raw HTTP, for requests the SDK would never send: they must still get AWS-shaped errors.</summary>
public sealed class QueryProtocolTests
{
    private static async Task<(HttpStatusCode Status, string Code, string Message, string RequestId)> PostAsync(TestCloud cloud, string form, bool signed = true)
    {
        using var http = new HttpClient { BaseAddress = cloud.Host.Ec2Endpoint };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded") };
        if (signed)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=test/20260302/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=00");
        }

        using var response = await http.SendAsync(request);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = xml.Root!.Element("Errors")!.Element("Error")!;
        return (response.StatusCode, error.Element("Code")!.Value, error.Element("Message")!.Value, xml.Root.Element("RequestID")!.Value);
    }

    [Fact]
    public async Task An_unknown_action_is_InvalidAction_with_status_400_in_AWS_error_XML()
    {
        await using var cloud = await TestCloud.StartAsync();

        var (status, code, message, requestId) = await PostAsync(cloud, "Action=LaunchRocket&Version=2016-11-15");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("InvalidAction", code);
        Assert.Contains("LaunchRocket", message);
        Assert.True(Guid.TryParse(requestId, out _));
    }

    [Fact]
    public async Task A_malformed_count_is_InvalidParameterValue_naming_the_parameter()
    {
        await using var cloud = await TestCloud.StartAsync();

        var (status, code, message, _) = await PostAsync(cloud, "Action=RunInstances&Version=2016-11-15&ImageId=ami-1&InstanceType=g5.xlarge&MinCount=one&MaxCount=1");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("InvalidParameterValue", code);
        Assert.Contains("MinCount", message);
    }

    [Fact]
    public async Task Malformed_user_data_and_a_bad_spot_price_are_InvalidParameterValue()
    {
        await using var cloud = await TestCloud.StartAsync();

        var userData = await PostAsync(cloud, "Action=RunInstances&Version=2016-11-15&ImageId=ami-1&InstanceType=g5.xlarge&MinCount=1&MaxCount=1&UserData=%%%");
        var price = await PostAsync(cloud, "Action=RunInstances&Version=2016-11-15&ImageId=ami-1&InstanceType=g5.xlarge&MinCount=1&MaxCount=1&InstanceMarketOptions.MarketType=spot&InstanceMarketOptions.SpotOptions.MaxPrice=-1");

        Assert.Equal("InvalidParameterValue", userData.Code);
        Assert.Contains("UserData", userData.Message);
        Assert.Equal("InvalidParameterValue", price.Code);
        Assert.Contains("InstanceMarketOptions.SpotOptions.MaxPrice", price.Message);
    }

    [Fact]
    public async Task A_request_without_Action_or_Version_is_MissingParameter()
    {
        await using var cloud = await TestCloud.StartAsync();

        var noAction = await PostAsync(cloud, "Version=2016-11-15");
        var noVersion = await PostAsync(cloud, "Action=DescribeInstances");

        Assert.Equal(("MissingParameter", HttpStatusCode.BadRequest), (noAction.Code, noAction.Status));
        Assert.Contains("Action", noAction.Message);
        Assert.Equal("MissingParameter", noVersion.Code);
        Assert.Contains("Version", noVersion.Message);
    }

    [Fact]
    public async Task An_unsigned_request_is_refused_with_401()
    {
        await using var cloud = await TestCloud.StartAsync();

        var (status, code, _, _) = await PostAsync(cloud, "Action=DescribeInstances&Version=2016-11-15", signed: false);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("MissingAuthenticationToken", code);
    }
}
