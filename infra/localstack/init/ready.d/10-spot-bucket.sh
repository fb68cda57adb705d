#!/bin/bash
# LocalStack runs this once its APIs answer (ready.d hook). It makes the job bucket Spot's `localstack` profile uses,
# so the first `spot run --profile localstack` finds it (the daemon would also create it, but drills start faster and
# a typo in the name shows here first). awslocal is the AWS CLI wrapper inside the LocalStack image.
set -euo pipefail

bucket="${SPOT_BUCKET:-spot-jobs}"
region="${AWS_DEFAULT_REGION:-us-east-1}"

if awslocal s3api head-bucket --bucket "$bucket" >/dev/null 2>&1; then
  echo "spot: bucket $bucket already exists"
else
  # us-east-1 takes no LocationConstraint; every other region needs one.
  if [ "$region" = "us-east-1" ]; then
    awslocal s3api create-bucket --bucket "$bucket" >/dev/null
  else
    awslocal s3api create-bucket --bucket "$bucket" --create-bucket-configuration "LocationConstraint=$region" >/dev/null
  fi
  echo "spot: created bucket $bucket in $region"
fi

# Spot tags every instance and bills by the second; no other resource is needed. The default VPC, subnets and the
# `default` security group exist in LocalStack's EC2 from the start.
awslocal ec2 describe-availability-zones --query 'AvailabilityZones[].ZoneName' --output text |
  sed 's/^/spot: availability zones: /'
