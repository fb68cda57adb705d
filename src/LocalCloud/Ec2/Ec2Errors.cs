using System.Globalization;
using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Ec2;

/// <summary>The EC2 errors LocalCloud returns, with AWS's codes and HTTP statuses and messages that name the culprit.</summary>
public static class Ec2Errors
{
    public static Ec2Exception MissingParameter(string name) =>
        new("MissingParameter", $"The request must contain the parameter {name}.");

    public static Ec2Exception InvalidParameterValue(string name, string value, string rule) =>
        new("InvalidParameterValue", $"Value ({value}) for parameter {name} is invalid. {rule}");

    public static Ec2Exception InvalidParameterCombination(string message) => new("InvalidParameterCombination", message);

    public static Ec2Exception InvalidAction(string action) =>
        new("InvalidAction", $"The action {action} is not valid for this web service.");

    public static Ec2Exception NoSuchVersion(string version) =>
        new("NoSuchVersion", $"The requested version ({version}) is not valid for this web service; use 2016-11-15.");

    public static Ec2Exception MissingAuthenticationToken() =>
        new("MissingAuthenticationToken", "The request must be signed: the Authorization header is missing.", 401);

    public static Ec2Exception InstanceNotFound(IEnumerable<string> ids) =>
        new("InvalidInstanceID.NotFound", $"The instance ID(s) '{string.Join("', '", ids)}' do not exist.");

    public static Ec2Exception InstanceIdMalformed(string id) =>
        new("InvalidInstanceID.Malformed", $"Invalid id: \"{id}\" (expecting \"i-...\").");

    public static Ec2Exception SpotRequestNotFound(IEnumerable<string> ids) =>
        new("InvalidSpotInstanceRequestID.NotFound", $"The spot instance request ID(s) '{string.Join("', '", ids)}' do not exist.");

    public static Ec2Exception InsufficientCapacity(PoolKey pool, bool spot) =>
        new("InsufficientInstanceCapacity",
            $"There is not enough {(spot ? "spot" : "on-demand")} {pool.InstanceType} capacity in {pool.AvailabilityZone} to satisfy the request. Try another Availability Zone or instance type, or try again later.",
            500);

    public static Ec2Exception SpotMaxPriceTooLow(decimal maxPrice, decimal price) =>
        new("SpotMaxPriceTooLow",
            $"Your Spot request price of {Format(maxPrice)} is lower than the current Spot price of {Format(price)} required to fulfil it.");

    public static Ec2Exception MaxSpotInstanceCountExceeded(int limit) =>
        new("MaxSpotInstanceCountExceeded", $"The request would exceed this account's limit of {limit} concurrent spot instances.");

    public static Ec2Exception RequestLimitExceeded() => new("RequestLimitExceeded", "Request limit exceeded.", 503);

    public static Ec2Exception Unsupported(string message) => new("Unsupported", message);

    public static Ec2Exception UnsupportedOperation(string message) => new("UnsupportedOperation", message);

    public static Ec2Exception IncorrectInstanceState(string id, string state) =>
        new("IncorrectInstanceState", $"The instance '{id}' is not in a state from which it can be stopped (it is {state}).");

    public static Ec2Exception IdempotentParameterMismatch(string token) =>
        new("IdempotentParameterMismatch", $"The client token '{token}' was already used with different parameters.");

    public static Ec2Exception LaunchTemplateNotFound(string name) =>
        new("InvalidLaunchTemplateName.NotFoundException", $"The specified launch template, with template name {name}, does not exist.");

    public static Ec2Exception LaunchTemplateIdNotFound(string id) =>
        new("InvalidLaunchTemplateId.NotFound", $"The specified launch template, with template ID {id}, does not exist.");

    public static Ec2Exception LaunchTemplateExists(string name) =>
        new("InvalidLaunchTemplateName.AlreadyExistsException", $"Launch template name already in use: {name}.");

    public static Ec2Exception InvalidId(string id) => new("InvalidID", $"The ID '{id}' is not valid.");

    public static Ec2Exception InternalError() => new();

    public static string Format(decimal price) => price.ToString("0.000000", CultureInfo.InvariantCulture);
}
