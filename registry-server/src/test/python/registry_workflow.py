"""A team's workflow through boto3: a group, versions, paging, approval, batch describe, delete."""
import datetime

from registry_client import client, emit, caught_as

sm = client()
result = {}
a_minute_ago = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=1)

group_arn = sm.create_model_package_group(
    ModelPackageGroupName='churn',
    ModelPackageGroupDescription='Customer churn classifier')['ModelPackageGroupArn']
sm.create_model_package_group(ModelPackageGroupName='fraud')
result['groupArn'] = group_arn
group = sm.describe_model_package_group(ModelPackageGroupName='churn')
group.pop('ResponseMetadata')
result['group'] = group

spec = {
    'Containers': [{
        'Image': '123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1.7',
        'ModelDataUrl': 's3://models/churn/model.tar.gz',
        'Environment': {'THREADS': '4'},
    }],
    'SupportedContentTypes': ['text/csv'],
    'SupportedResponseMIMETypes': ['application/json'],
}
arns = []
for week in range(1, 6):
    arns.append(sm.create_model_package(
        ModelPackageGroupName='churn',
        ModelPackageDescription='week %d' % week,
        InferenceSpecification=spec,
        MetadataProperties={'CommitId': 'c0ffee%d' % week},
        CustomerMetadataProperties={'auc': '0.9%d' % week},
        ClientToken='train-run-%d' % week)['ModelPackageArn'])
result['registeredArns'] = arns
result['retriedArn'] = sm.create_model_package(
    ModelPackageGroupName='churn',
    ModelPackageDescription='week 3',
    InferenceSpecification=spec,
    MetadataProperties={'CommitId': 'c0ffee3'},
    CustomerMetadataProperties={'auc': '0.93'},
    ClientToken='train-run-3')['ModelPackageArn']

described = sm.describe_model_package(ModelPackageName=arns[2])
described.pop('ResponseMetadata')
result['version3'] = described

pages = sm.get_paginator('list_model_packages').paginate(
    ModelPackageGroupName='churn', PaginationConfig={'PageSize': 2})
result['packagePages'] = [
    [summary['ModelPackageVersion'] for summary in page['ModelPackageSummaryList']]
    for page in pages]
group_pages = sm.get_paginator('list_model_package_groups').paginate(
    SortBy='Name', PaginationConfig={'PageSize': 1})
result['groupPages'] = [
    [summary['ModelPackageGroupName'] for summary in page['ModelPackageGroupSummaryList']]
    for page in group_pages]

result['createdAfterAMinuteAgo'] = len(sm.list_model_packages(
    ModelPackageGroupName='churn', CreationTimeAfter=a_minute_ago)['ModelPackageSummaryList'])
result['createdBeforeAMinuteAgo'] = len(sm.list_model_packages(
    ModelPackageGroupName='churn', CreationTimeBefore=a_minute_ago)['ModelPackageSummaryList'])

sm.update_model_package(
    ModelPackageArn=arns[1],
    ModelApprovalStatus='Approved',
    ApprovalDescription='AUC above the bar',
    CustomerMetadataProperties={'f1': '0.8'},
    CustomerMetadataPropertiesToRemove=['auc'])
approved = sm.describe_model_package(ModelPackageName=arns[1])
result['approved'] = {key: approved.get(key) for key in (
    'ModelApprovalStatus', 'ApprovalDescription', 'CustomerMetadataProperties',
    'LastModifiedTime', 'LastModifiedBy')}
result['approvedVersions'] = [
    summary['ModelPackageVersion'] for summary in sm.list_model_packages(
        ModelPackageGroupName='churn', ModelApprovalStatus='Approved')['ModelPackageSummaryList']]

missing_arn = arns[0].rsplit('/', 1)[0] + '/99'
batch = sm.batch_describe_model_package(ModelPackageArnList=[arns[0], missing_arn])
result['batchFound'] = {arn: summary['ModelPackageVersion']
                        for arn, summary in batch['ModelPackageSummaries'].items()}
result['batchErrors'] = {arn: error['ErrorCode']
                         for arn, error in batch['BatchDescribeModelPackageErrorMap'].items()}

sm.delete_model_package(ModelPackageName=arns[4])
result['deletedDescribeCaughtAs'] = caught_as(
    sm.exceptions.ResourceNotFound, sm.describe_model_package, ModelPackageName=arns[4])
result['afterDeleteArn'] = sm.create_model_package(
    ModelPackageGroupName='churn', InferenceSpecification=spec)['ModelPackageArn']

emit(result)
