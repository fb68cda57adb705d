using Spot.LocalCloud.Tests.S3.Fixtures;

namespace Spot.LocalCloud.Tests.S3.Parity;

/// <summary>The parity cases against LocalCloud with AWSSDK.S3's defaults: flexible checksums and aws-chunked bodies.</summary>
public sealed class LocalCloudS3SdkDefaultsTests(LocalCloudS3Fixture server)
    : S3ParityTests(server, S3ClientProfile.SdkDefaults), IClassFixture<LocalCloudS3Fixture>;

/// <summary>The parity cases against LocalCloud with Spot's settings for non-AWS servers (WHEN_REQUIRED, no chunk encoding).</summary>
public sealed class LocalCloudS3PlainPayloadTests(LocalCloudS3Fixture server)
    : S3ParityTests(server, S3ClientProfile.PlainPayload), IClassFixture<LocalCloudS3Fixture>;
