"""Every kind of registry error, as the exception a boto3 user catches."""
from registry_client import client, emit, error_of, caught_as

sm = client()
result = {}

sm.create_model_package_group(ModelPackageGroupName='Errors')
spec = {'Containers': [{'Image': 'serve:1'}],
        'SupportedContentTypes': ['text/csv'], 'SupportedResponseMIMETypes': ['text/csv']}
version_arn = sm.create_model_package(
    ModelPackageGroupName='Errors', InferenceSpecification=spec,
    ClientToken='run-1')['ModelPackageArn']

result['missingGroupCaughtAs'] = caught_as(
    sm.exceptions.ResourceNotFound, sm.describe_model_package_group,
    ModelPackageGroupName='no-such-group')
result['missingVersionCaughtAs'] = caught_as(
    sm.exceptions.ResourceNotFound, sm.describe_model_package,
    ModelPackageName=version_arn.rsplit('/', 1)[0] + '/42')
result['duplicateGroup'] = error_of(
    sm.create_model_package_group, ModelPackageGroupName='errors')
result['groupNotEmptyCaughtAs'] = caught_as(
    sm.exceptions.ConflictException, sm.delete_model_package_group,
    ModelPackageGroupName='Errors')
result['tokenReusedCaughtAs'] = caught_as(
    sm.exceptions.ConflictException, sm.create_model_package,
    ModelPackageGroupName='Errors', InferenceSpecification=spec,
    ModelPackageDescription='another request', ClientToken='run-1')
result['invalidName'] = error_of(
    sm.create_model_package_group, ModelPackageGroupName='not_valid')
result['invalidStatus'] = error_of(
    sm.update_model_package, ModelPackageArn=version_arn, ModelApprovalStatus='Maybe')
result['garbageToken'] = error_of(sm.list_model_packages, NextToken='garbage')

emit(result)
