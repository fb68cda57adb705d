using System.Xml.Linq;
using Spot.LocalCloud.S3.Protocol;

namespace Spot.LocalCloud.S3.Operations;

/// <summary>LocalCloud has one account; listings name it wherever S3 names an owner.</summary>
internal static class S3Owner
{
    public const string Id = "75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a";
    public const string DisplayName = "localcloud";
    public const string Region = "us-east-1";

    public static XElement Element(string name = "Owner") => S3Xml.E(name, S3Xml.E("ID", Id), S3Xml.E("DisplayName", DisplayName));
}
