"""Tags on a group (and refused on a version) and the group's resource policy, through boto3."""
import json

from registry_client import client, emit, error_of, caught_as

sm = client()
result = {}

group_arn = sm.create_model_package_group(
    ModelPackageGroupName='tagged',
    Tags=[{'Key': 'team', 'Value': 'risk'}])['ModelPackageGroupArn']
version_arn = sm.create_model_package(
    ModelPackageGroupName='tagged',
    InferenceSpecification={'Containers': [{'Image': 'serve:1'}],
                            'SupportedContentTypes': ['text/csv'],
                            'SupportedResponseMIMETypes': ['text/csv']})['ModelPackageArn']

result['addTags'] = sm.add_tags(ResourceArn=group_arn, Tags=[
    {'Key': 'cost-center', 'Value': '42'},
    {'Key': 'team', 'Value': 'fraud'}])['Tags']
sm.delete_tags(ResourceArn=group_arn, TagKeys=['cost-center'])
result['listTags'] = [tag for page in sm.get_paginator('list_tags').paginate(
    ResourceArn=group_arn, PaginationConfig={'PageSize': 50}) for tag in page['Tags']]

result['tagVersion'] = error_of(
    sm.add_tags, ResourceArn=version_arn, Tags=[{'Key': 'stage', 'Value': 'prod'}])
result['createVersionWithTags'] = error_of(
    sm.create_model_package, ModelPackageGroupName='tagged',
    Tags=[{'Key': 'stage', 'Value': 'prod'}])
result['tooManyTagsCaughtAs'] = caught_as(
    sm.exceptions.ResourceLimitExceeded, sm.add_tags, ResourceArn=group_arn,
    Tags=[{'Key': 'k%d' % i, 'Value': 'v'} for i in range(50)])

policy = json.dumps({'Version': '2012-10-17', 'Statement': [{
    'Sid': 'ShareWithProd', 'Effect': 'Allow',
    'Principal': {'AWS': 'arn:aws:iam::210987654321:root'},
    'Action': ['sagemaker:DescribeModelPackageGroup'], 'Resource': group_arn}]})
result['putPolicy'] = sm.put_model_package_group_policy(
    ModelPackageGroupName='tagged', ResourcePolicy=policy)['ModelPackageGroupArn']
result['policyRoundTrips'] = sm.get_model_package_group_policy(
    ModelPackageGroupName='tagged')['ResourcePolicy'] == policy
sm.delete_model_package_group_policy(ModelPackageGroupName='tagged')
result['deletedPolicyCaughtAs'] = caught_as(
    sm.exceptions.ResourceNotFound, sm.get_model_package_group_policy,
    ModelPackageGroupName='tagged')

emit(result)
